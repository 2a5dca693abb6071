using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CaseSdk.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace CaseSdk.Extensions.DependencyInjection.Tests;

public sealed class ConfigurationTests
{
    internal const string ApiKey = "di-api-key-5f0c2a77e1";
    internal const string AppKey = "di-app-key-9e7d41b3c8";
    private const string RolesJson = """{"data":[]}""";

    internal static IConfigurationSection Section(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Datadog:" + v.Key, v.Value)))
            .Build()
            .GetSection("Datadog");

    /// <summary>A container with the client registered from <paramref name="section"/>, answering from <paramref name="stub"/>; no environment unless given.</summary>
    internal static ServiceProvider Provider(IConfiguration section, StubHandler stub, IReadOnlyDictionary<string, string>? environment = null, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        CaseSdkServiceCollectionExtensions.AddCaseSdk(services, section, name => environment?.GetValueOrDefault(name))
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider();
    }

    [Test]
    public async Task Client_from_configuration_sends_the_configured_keys_to_the_configured_base_address()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, RolesJson);
        var section = Section(("BaseAddress", "https://proxy.example.test/datadog/"), ("ApiKey", ApiKey), ("ApplicationKey", AppKey), ("UserAgentSuffix", "billing-service/2.1"));
        await using var provider = Provider(section, stub);

        var client = provider.GetRequiredService<DatadogClient>();
        await client.Api.V2.Roles.GetAsync();

        var request = stub.Requests.Single();
        Assert.That(request.Uri, Is.EqualTo(new Uri("https://proxy.example.test/datadog/api/v2/roles")));
        Assert.That(request.Headers["DD-API-KEY"], Is.EqualTo(ApiKey));
        Assert.That(request.Headers["DD-APPLICATION-KEY"], Is.EqualTo(AppKey));
        Assert.That(request.Headers["User-Agent"], Does.EndWith("billing-service/2.1"));
    }

    [Test]
    public async Task Site_selects_the_api_host()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, RolesJson);
        await using var provider = Provider(Section(("Site", "EU1"), ("ApiKey", ApiKey), ("ApplicationKey", AppKey)), stub);

        await provider.GetRequiredService<DatadogClient>().Api.V2.Roles.GetAsync();

        Assert.That(stub.Requests.Single().Uri, Is.EqualTo(new Uri("https://api.datadoghq.eu/api/v2/roles")));
    }

    [Test]
    public async Task Access_token_is_sent_as_a_bearer_token()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, RolesJson);
        await using var provider = Provider(Section(("AccessToken", "di-oauth-token-31415")), stub);

        await provider.GetRequiredService<DatadogClient>().Api.V2.Roles.GetAsync();

        var headers = stub.Requests.Single().Headers;
        Assert.That(headers["Authorization"], Is.EqualTo("Bearer di-oauth-token-31415"));
        Assert.That(headers.ContainsKey("DD-API-KEY"), Is.False);
    }

    [Test]
    public async Task Every_documented_key_is_read()
    {
        var section = Section(
            ("Site", "us5.datadoghq.com"),
            ("BaseAddress", "http://127.0.0.1:4010/"),
            ("ApiKey", ApiKey),
            ("ApplicationKey", AppKey),
            ("Timeout", "00:00:42"),
            ("UserAgentSuffix", "svc/1"),
            ("MaxResponseBytes", "1048576"),
            ("Paging:MaxPages", "25"),
            ("Retry:MaxRetries", "7"),
            ("Retry:BaseDelay", "00:00:00.250"),
            ("Retry:MaxDelay", "00:00:09"),
            ("Retry:RetryNonIdempotentRequests", "true"));
        await using var provider = Provider(section, new StubHandler());

        var options = provider.GetRequiredService<IOptions<DatadogClientOptions>>().Value;

        Assert.That(options.Site, Is.EqualTo(DatadogSite.US5));
        Assert.That(options.BaseAddress, Is.EqualTo(new Uri("http://127.0.0.1:4010/")));
        Assert.That(options.Credentials!.ToString(), Does.Contain("API key"));
        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(42)));
        Assert.That(options.UserAgentSuffix, Is.EqualTo("svc/1"));
        Assert.That(options.MaxResponseBytes, Is.EqualTo(1_048_576));
        Assert.That(options.Paging.MaxPages, Is.EqualTo(25));
        Assert.That(options.Retry.MaxRetries, Is.EqualTo(7));
        Assert.That(options.Retry.BaseDelay, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
        Assert.That(options.Retry.MaxDelay, Is.EqualTo(TimeSpan.FromSeconds(9)));
        Assert.That(options.Retry.RetryNonIdempotentRequests, Is.True);
    }

    [Test]
    public async Task Retry_settings_from_configuration_drive_the_client()
    {
        // One retry, POST included, no wait: exactly two attempts where the defaults would make one.
        var stub = new StubHandler().Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.ServiceUnavailable);
        var section = Section(
            ("ApiKey", ApiKey), ("ApplicationKey", AppKey),
            ("Retry:MaxRetries", "1"), ("Retry:BaseDelay", "00:00:00"), ("Retry:MaxDelay", "00:00:00"), ("Retry:RetryNonIdempotentRequests", "true"));
        await using var provider = Provider(section, stub);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => provider.GetRequiredService<DatadogClient>().Api.V2.Roles.PostAsync(new Models.RoleCreateRequest { Data = new Models.RoleCreateData { Attributes = new Models.RoleCreateAttributes { Name = "auditors" } } }));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Environment_fills_keys_the_section_lacks_and_the_section_wins_where_both_are_set()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, RolesJson);
        var environment = new Dictionary<string, string> { ["DD_API_KEY"] = "env-api-key-000", ["DD_APP_KEY"] = "env-app-key-111", ["DD_SITE"] = "datadoghq.eu" };
        await using var provider = Provider(Section(("ApiKey", ApiKey)), stub, environment);

        var client = provider.GetRequiredService<DatadogClient>();
        await client.Api.V2.Roles.GetAsync();

        Assert.That(client.BaseAddress, Is.EqualTo(DatadogSite.EU1.ApiBaseAddress));
        Assert.That(stub.Requests.Single().Headers["DD-API-KEY"], Is.EqualTo(ApiKey));
        Assert.That(stub.Requests.Single().Headers["DD-APPLICATION-KEY"], Is.EqualTo("env-app-key-111"));
    }

    [Test]
    public async Task Action_overload_configures_the_client()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, RolesJson);
        var services = new ServiceCollection();
        services.AddCaseSdk(options =>
            {
                options.Site = DatadogSite.AP1;
                options.Credentials = DatadogCredentials.FromAccessToken("action-token-27182");
                options.UserAgentSuffix = "action/1";
            })
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<DatadogClient>();
        await client.Api.V2.Roles.GetAsync();

        var request = stub.Requests.Single();
        Assert.That(request.Uri, Is.EqualTo(new Uri("https://api.ap1.datadoghq.com/api/v2/roles")));
        Assert.That(request.Headers["Authorization"], Is.EqualTo("Bearer action-token-27182"));
        Assert.That(request.Headers["User-Agent"], Does.EndWith("action/1"));
    }

    [Test]
    public async Task The_client_is_one_shared_instance()
    {
        await using var provider = Provider(Section(("ApiKey", ApiKey), ("ApplicationKey", AppKey)), new StubHandler());

        var first = provider.GetRequiredService<DatadogClient>();
        var second = provider.GetRequiredService<DatadogClient>();

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public async Task The_containers_logger_factory_receives_the_clients_logs_and_no_secret()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = logs.CreateLoggerFactory();
        var stub = new StubHandler()
            .Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "0"))
            .Respond(HttpStatusCode.OK, RolesJson);
        await using var provider = Provider(
            Section(("ApiKey", ApiKey), ("ApplicationKey", AppKey)),
            stub,
            before: services => services.AddSingleton(loggerFactory));

        await provider.GetRequiredService<DatadogClient>().Api.V2.Roles.GetAsync();

        var all = logs.Text();
        Assert.That(all, Does.Contain("Retrying GET /api/v2/roles after 429"), "the client's retry log");
        Assert.That(all, Does.Contain("ListRoles GET /api/v2/roles answered 200"), "the client's call log");

        // The factory's own loggers (whose header events keep raw values in their state) are off for the client's chain.
        Assert.That(logs.HttpClientFactoryRecords(CaseSdkServiceCollectionExtensions.HttpClientName), Is.Empty);
        Assert.That(all, Does.Not.Contain(ApiKey).And.Not.Contain(AppKey));
    }

    [Test]
    public async Task Factory_logging_configured_for_every_client_stays_off_the_clients_chain()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = logs.CreateLoggerFactory();
        var stub = new StubHandler().Respond(HttpStatusCode.OK, RolesJson);
        var other = new StubHandler().Respond(HttpStatusCode.OK);
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);

        CaseSdkServiceCollectionExtensions.AddCaseSdk(services, Section(("ApiKey", ApiKey), ("ApplicationKey", AppKey)), _ => null)
            .ConfigurePrimaryHttpMessageHandler(() => stub);
        services.AddHttpClient("other").ConfigurePrimaryHttpMessageHandler(() => other);

        // Logging for every client, registered last, with a redaction list of the app's own that lets other headers through.
        services.ConfigureHttpClientDefaults(builder => builder.AddDefaultLogger().RedactLoggedHeaders(["X-Correlation-Secret"]));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<DatadogClient>().Api.V2.Roles.GetAsync();
        using (var otherClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient("other"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://other.example.test/");
            request.Headers.Add("X-Visible", "shown");
            (await otherClient.SendAsync(request)).Dispose();
        }

        Assert.That(logs.HttpClientFactoryRecords("other").Select(r => r.Message), Has.Some.Contain("X-Visible: shown"), "the factory's logging is in force for other clients");
        Assert.That(logs.HttpClientFactoryRecords(CaseSdkServiceCollectionExtensions.HttpClientName), Is.Empty);
        Assert.That(logs.Text(), Does.Contain("ListRoles GET /api/v2/roles answered 200").And.Not.Contain(ApiKey).And.Not.Contain(AppKey));
    }

    [Test]
    public async Task Factory_loggers_the_app_adds_back_still_redact_the_keys_in_their_messages()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = logs.CreateLoggerFactory();
        var stub = new StubHandler().Respond(HttpStatusCode.OK, RolesJson);
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);

        // The app's explicit choice: the factory's loggers back on the client's chain, with a redaction list of its own.
        CaseSdkServiceCollectionExtensions.AddCaseSdk(services, Section(("ApiKey", ApiKey), ("ApplicationKey", AppKey)), _ => null)
            .ConfigurePrimaryHttpMessageHandler(() => stub)
            .AddDefaultLogger()
            .RedactLoggedHeaders(["X-Correlation-Secret"]);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<DatadogClient>().Api.V2.Roles.GetAsync();

        // Messages only: the state of these events holds raw header values, which is why the loggers are off by default.
        var messages = string.Join("\n", logs.HttpClientFactoryRecords(CaseSdkServiceCollectionExtensions.HttpClientName).Select(r => r.Message));
        Assert.That(messages, Does.Contain("Accept: application/json"), "other headers are logged in clear, so the app's list is in force");
        Assert.That(messages, Does.Contain("DD-API-KEY: *").And.Contain("DD-APPLICATION-KEY: *"));
        Assert.That(messages, Does.Not.Contain(ApiKey).And.Not.Contain(AppKey));
    }
}
