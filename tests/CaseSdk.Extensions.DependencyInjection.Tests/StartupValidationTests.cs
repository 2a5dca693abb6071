using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static CaseSdk.Extensions.DependencyInjection.Tests.ConfigurationTests;
using CaseSdk.Testing;

namespace CaseSdk.Extensions.DependencyInjection.Tests;

public sealed class StartupValidationTests
{
    private static OptionsValidationException StartupFailure(IConfiguration section, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var provider = Provider(section, new StubHandler(), environment);
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate())!;
    }

    private static void AssertNoSecret(Exception error, params string[] secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.That(error.Message, Does.Not.Contain(secret));
            Assert.That(error.ToString(), Does.Not.Contain(secret));
        }
    }

    [Test]
    public void Missing_application_key_fails_at_startup_naming_the_key_and_its_variable()
    {
        var error = StartupFailure(Section(("ApiKey", ApiKey)));

        Assert.That(error.Failures, Has.Exactly(1).Items);
        Assert.That(error.Message, Does.Contain("Datadog:ApplicationKey is missing").And.Contain("DD_APP_KEY"));
        Assert.That(error.OptionsType, Is.EqualTo(typeof(DatadogClientOptions)));
        AssertNoSecret(error, ApiKey);
    }

    [Test]
    public void Missing_keys_are_both_named()
    {
        var error = StartupFailure(Section(("Site", "datadoghq.eu")));

        Assert.That(error.Message, Does.Contain("Datadog:ApiKey is missing").And.Contain("Datadog:ApplicationKey is missing"));
    }

    [Test]
    public void Bad_site_fails_listing_the_valid_sites_without_the_keys()
    {
        var error = StartupFailure(Section(("Site", "datadoghq.moon"), ("ApiKey", ApiKey), ("ApplicationKey", AppKey)));

        Assert.That(error.Message, Does.Contain("Datadog:Site").And.Contain("datadoghq.moon"));
        foreach (var site in DatadogSite.All)
        {
            Assert.That(error.Message, Does.Contain(site.Domain));
        }

        AssertNoSecret(error, ApiKey, AppKey);
    }

    [Test]
    public void Bad_DD_SITE_is_named_when_the_section_has_no_site()
    {
        var error = StartupFailure(Section(("ApiKey", ApiKey), ("ApplicationKey", AppKey)), new Dictionary<string, string> { ["DD_SITE"] = "eu2" });

        Assert.That(error.Message, Does.Contain("DD_SITE").And.Contain("datadoghq.eu"));
    }

    [TestCase("ApiKey", "leaky-api-secret\r\nX-Injected: 1")]
    [TestCase("ApplicationKey", " leaky-app-secret")]
    [TestCase("AccessToken", "leaky-token\n")]
    public void Malformed_secret_is_named_and_never_echoed(string key, string value)
    {
        var values = new Dictionary<string, string?> { ["ApiKey"] = ApiKey, ["ApplicationKey"] = AppKey };
        if (key == "AccessToken")
        {
            values.Clear();
        }

        values[key] = value;
        var error = StartupFailure(Section(values.Select(v => (v.Key, v.Value)).ToArray()));

        Assert.That(error.Message, Does.Contain($"Datadog:{key}").And.Contain("control character"));
        AssertNoSecret(error, "leaky", ApiKey, AppKey);
    }

    [Test]
    public void Access_token_together_with_keys_is_refused()
    {
        var error = StartupFailure(Section(("AccessToken", "token-abc-123"), ("ApiKey", ApiKey), ("ApplicationKey", AppKey)));

        Assert.That(error.Message, Does.Contain("Datadog:AccessToken").And.Contain("both set"));
        AssertNoSecret(error, "token-abc-123", ApiKey, AppKey);
    }

    [TestCase("Timeout", "soon", "time span")]
    [TestCase("Retry:BaseDelay", "1s", "time span")]
    [TestCase("Retry:MaxRetries", "many", "whole number")]
    [TestCase("MaxResponseBytes", "64MB", "whole number")]
    [TestCase("Paging:MaxPages", "lots", "whole number")]
    [TestCase("Retry:RetryNonIdempotentRequests", "maybe", "true or false")]
    [TestCase("BaseAddress", "proxy.example.com", "absolute URL")]
    public void Unparsable_value_is_named_with_the_expected_form(string key, string value, string expected)
    {
        var error = StartupFailure(Section(("ApiKey", ApiKey), ("ApplicationKey", AppKey), (key, value)));

        Assert.That(error.Message, Does.Contain($"Datadog:{key}").And.Contain(expected));
        AssertNoSecret(error, ApiKey, AppKey);
    }

    [TestCase("BaseAddress", "http://10.1.2.3/", "HTTPS")]
    [TestCase("Retry:MaxRetries", "11", "between 0 and 10")]
    [TestCase("Timeout", "-00:00:01", "Timeout must be positive")]
    [TestCase("MaxResponseBytes", "0", "MaxResponseBytes must be positive")]
    [TestCase("Paging:MaxPages", "0", "MaxPages")]
    [TestCase("Paging:MaxPages", "99999999999", "MaxPages")]
    public void Values_the_client_refuses_fail_at_startup(string key, string value, string expected)
    {
        var error = StartupFailure(Section(("ApiKey", ApiKey), ("ApplicationKey", AppKey), (key, value)));

        Assert.That(error.Message, Does.Contain(expected));
        AssertNoSecret(error, ApiKey, AppKey);
    }

    [Test]
    public void Resolving_the_client_without_startup_validation_fails_the_same_way()
    {
        using var provider = Provider(Section(("ApiKey", ApiKey)), new StubHandler());

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<DatadogClient>());

        Assert.That(error!.Message, Does.Contain("Datadog:ApplicationKey"));
        AssertNoSecret(error, ApiKey);
    }

    [Test]
    public void Action_overload_without_credentials_fails_at_startup()
    {
        var services = new ServiceCollection();
        services.AddCaseSdk(options => options.Site = DatadogSite.EU1);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.Message, Does.Contain("Credentials is not set"));
    }

    [Test]
    public void Action_overload_refuses_an_options_transport_in_favour_of_the_factorys()
    {
        using var handler = new StubHandler();
        var services = new ServiceCollection();
        services.AddCaseSdk(options =>
        {
            options.Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey);
            options.HttpMessageHandler = handler;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(error!.Message, Does.Contain("ConfigurePrimaryHttpMessageHandler"));
        AssertNoSecret(error, ApiKey, AppKey);
    }

    [Test]
    public async Task A_host_with_a_bad_site_does_not_start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Datadog:Site"] = "datadoghq.moon",
            ["Datadog:ApiKey"] = ApiKey,
            ["Datadog:ApplicationKey"] = AppKey,
        });
        builder.Services.AddCaseSdk(builder.Configuration.GetSection("Datadog"));
        await using var app = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.That(error!.Message, Does.Contain("Datadog:Site").And.Contain("Valid sites"));
        AssertNoSecret(error, ApiKey, AppKey);
    }

    [Test]
    public async Task A_host_with_valid_settings_starts()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Datadog:Site"] = "datadoghq.eu",
            ["Datadog:ApiKey"] = ApiKey,
            ["Datadog:ApplicationKey"] = AppKey,
        });
        builder.Services.AddCaseSdk(builder.Configuration.GetSection("Datadog"));
        await using var app = builder.Build();

        await app.StartAsync();
        var client = app.Services.GetRequiredService<DatadogClient>();
        await app.StopAsync();

        Assert.That(client.BaseAddress, Is.EqualTo(DatadogSite.EU1.ApiBaseAddress));
    }
}
