using System.Net;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

/// <summary>The parameterless path reads DD_API_KEY, DD_APP_KEY and DD_SITE, as Datadog's official clients do.</summary>
[NonParallelizable]
public sealed class EnvironmentTests
{
    private static readonly string[] Variables = ["DD_API_KEY", "DD_APP_KEY", "DD_SITE"];
    private Dictionary<string, string?> _saved = [];

    [SetUp]
    public void SaveEnvironment() => _saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);

    [TearDown]
    public void RestoreEnvironment()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    [Test]
    public void Client_from_the_environment_uses_the_site_from_DD_SITE()
    {
        Set("env-api-key-1234", "env-app-key-5678", "datadoghq.eu");

        using var client = new DatadogClient(DatadogClientOptions.FromEnvironment());

        Assert.That(client.BaseAddress, Is.EqualTo(new Uri("https://api.datadoghq.eu/")));
    }

    [Test]
    public void Without_DD_SITE_the_site_is_US1()
    {
        Set("env-api-key-1234", "env-app-key-5678", null);

        using var client = new DatadogClient(DatadogClientOptions.FromEnvironment());

        Assert.That(client.BaseAddress, Is.EqualTo(new Uri("https://api.datadoghq.com/")));
    }

    [Test]
    public async Task Keys_from_the_environment_are_sent()
    {
        Set("env-api-key-1234", "env-app-key-5678", "us5.datadoghq.com");
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[]}""");
        var options = DatadogClientOptions.FromEnvironment();
        options.HttpMessageHandler = stub;
        using var client = new DatadogClient(options);

        await client.Api.V2.Permissions.GetAsync();

        var sent = stub.Requests.Single();
        Assert.That(sent.Uri.Host, Is.EqualTo("api.us5.datadoghq.com"));
        Assert.That(sent.Headers["DD-API-KEY"], Is.EqualTo("env-api-key-1234"));
        Assert.That(sent.Headers["DD-APPLICATION-KEY"], Is.EqualTo("env-app-key-5678"));
    }

    [Test]
    public void Missing_DD_APP_KEY_is_named_at_construction()
    {
        Set("env-api-key-1234", null, null);

        var error = Assert.Throws<ArgumentException>(() => new DatadogClient(DatadogClientOptions.FromEnvironment()));

        Assert.That(error!.Message, Does.Contain("DD_APP_KEY").And.Not.Contain("env-api-key-1234"));
    }

    [TestCase("env-clé-s3cr3t", "DD_API_KEY")]
    [TestCase("env-s3cr3t\u2028", "DD_API_KEY")]
    [TestCase("env-s3cr3t\u00A0x", "DD_APP_KEY")]
    [TestCase("env-s3cr3t\r\n", "DD_APP_KEY")]
    public void A_non_ASCII_or_control_character_in_a_key_variable_is_named_at_construction(string value, string variable)
    {
        Set(variable == "DD_API_KEY" ? value : "env-api-key-1234", variable == "DD_APP_KEY" ? value : "env-app-key-5678", null);

        var error = Assert.Throws<ArgumentException>(() => new DatadogClient(DatadogClientOptions.FromEnvironment()));

        Assert.That(error!.ParamName, Is.EqualTo(variable));
        Assert.That(error.Message, Does.Contain(variable).And.Not.Contain("s3cr3t"));
    }

    [Test]
    public void Unknown_DD_SITE_fails_listing_the_valid_sites()
    {
        Set("env-api-key-1234", "env-app-key-5678", "datadoghq.org");

        var error = Assert.Throws<ArgumentException>(() => new DatadogClient(DatadogClientOptions.FromEnvironment()));

        Assert.That(error!.Message, Does.Contain("datadoghq.org").And.Contain("datadoghq.eu (EU1)"));
    }

    private static void Set(string? apiKey, string? appKey, string? site)
    {
        Environment.SetEnvironmentVariable("DD_API_KEY", apiKey);
        Environment.SetEnvironmentVariable("DD_APP_KEY", appKey);
        Environment.SetEnvironmentVariable("DD_SITE", site);
    }
}
