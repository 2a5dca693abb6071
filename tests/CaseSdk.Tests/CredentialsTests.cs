namespace CaseSdk.Tests;

public sealed class CredentialsTests
{
    private const string ApiKey = "abcdef0123456789abcdef0123456789";
    private const string AppKey = "fedcba9876543210fedcba9876543210fedcba98";

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("s3cr3t\r\nX-Injected: 1")]
    [TestCase("s3cr3t\n")]
    [TestCase(" s3cr3t")]
    public void Malformed_api_key_fails_at_construction_without_echoing_it(string apiKey)
    {
        var error = Assert.Throws<ArgumentException>(() => DatadogCredentials.FromApiKeys(apiKey, AppKey));

        Assert.That(error!.Message, Does.Contain("API key"));
        Assert.That(error.Message, Does.Not.Contain("s3cr3t"));
    }

    [Test]
    public void Null_application_key_is_named()
    {
        var error = Assert.Throws<ArgumentException>(() => DatadogCredentials.FromApiKeys(ApiKey, null!));

        Assert.That(error!.Message, Does.Contain("application key"));
        Assert.That(error.Message, Does.Not.Contain(ApiKey));
        Assert.That(error.ParamName, Is.EqualTo("applicationKey"));
    }

    [Test]
    public void ToString_hides_the_values()
    {
        var keys = DatadogCredentials.FromApiKeys(ApiKey, AppKey).ToString();
        var token = DatadogCredentials.FromAccessToken("token-value-123").ToString();

        Assert.That(keys, Does.Not.Contain(ApiKey).And.Not.Contain(AppKey).And.Contains("hidden"));
        Assert.That(token, Does.Not.Contain("token-value-123").And.Contains("hidden"));
    }

    [Test]
    public void Client_without_credentials_fails_at_construction()
    {
        var error = Assert.Throws<ArgumentException>(() => new DatadogClient(new DatadogClientOptions()));

        Assert.That(error!.Message, Does.Contain("Credentials are missing").And.Contain("DD_API_KEY"));
    }

    [TestCase("http://api.datadoghq.eu/")]
    [TestCase("http://10.0.0.5:8080/")]
    public void Non_loopback_http_base_address_is_refused(string address)
    {
        var options = new DatadogClientOptions { Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey), BaseAddress = new Uri(address) };

        var error = Assert.Throws<ArgumentException>(() => new DatadogClient(options));

        Assert.That(error!.Message, Does.Contain("HTTPS"));
    }

    [Test]
    public void Base_address_with_user_information_is_refused_without_echoing_it()
    {
        var options = new DatadogClientOptions { Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey), BaseAddress = new Uri("https://user:hunter2@proxy.example.com/") };

        var error = Assert.Throws<ArgumentException>(() => new DatadogClient(options));

        Assert.That(error!.Message, Does.Contain("user information").And.Not.Contain("hunter2"));
    }

    [TestCase("http://127.0.0.1:4010/")]
    [TestCase("http://localhost:4010/")]
    [TestCase("https://proxy.example.com/datadog/")]
    public void Loopback_http_or_any_https_base_address_is_accepted(string address)
    {
        var options = new DatadogClientOptions { Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey), BaseAddress = new Uri(address) };

        using var client = new DatadogClient(options);

        Assert.That(client.BaseAddress, Is.EqualTo(new Uri(address)));
        Assert.That(client.ToString(), Does.Not.Contain(ApiKey));
    }
}
