using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CaseSdk.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace CaseSdk.Extensions.DependencyInjection.Tests;

/// <summary>Several clients in one container, each with its own section, credentials and handler chain.</summary>
public sealed class KeyedClientTests
{
    private const string EuApiKey = "eu-api-key-71c0d9a3b2";
    private const string EuAppKey = "eu-app-key-0f4e8a61c5";
    private const string UsApiKey = "us-api-key-3a9b27e4d0";
    private const string UsAppKey = "us-app-key-c8d15f0b96";
    private const string RolesJson = """{"data":[]}""";

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static Task<LoopbackServer> RolesServer() => LoopbackServer.StartAsync(context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(RolesJson);
    });

    private static OptionsValidationException StartupFailure(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate())!;
    }

    [Test]
    public async Task Two_keyed_clients_reach_their_own_origins_with_their_own_keys()
    {
        await using var eu = await RolesServer();
        await using var us = await RolesServer();
        var configuration = Configuration(
            ("Datadog:Eu:BaseAddress", eu.BaseAddress.ToString()), ("Datadog:Eu:ApiKey", EuApiKey), ("Datadog:Eu:ApplicationKey", EuAppKey),
            ("Datadog:Us:BaseAddress", us.BaseAddress.ToString()), ("Datadog:Us:ApiKey", UsApiKey), ("Datadog:Us:ApplicationKey", UsAppKey));
        var services = new ServiceCollection();
        services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"));
        services.AddKeyedCaseSdk("us", configuration.GetSection("Datadog:Us"));
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var euClient = provider.GetRequiredKeyedService<DatadogClient>("eu");
        var usClient = provider.GetRequiredKeyedService<DatadogClient>("us");
        await euClient.Api.V2.Roles.GetAsync();
        await usClient.Api.V2.Roles.GetAsync();
        await euClient.Api.V2.Roles.GetAsync();

        Assert.That(euClient, Is.Not.SameAs(usClient));
        Assert.That(provider.GetRequiredKeyedService<DatadogClient>("eu"), Is.SameAs(euClient), "each keyed client is a singleton");
        Assert.That(eu.Received, Has.Count.EqualTo(2));
        Assert.That(us.Received, Has.Count.EqualTo(1));
        Assert.That(eu.Received.Select(r => r.Headers["DD-API-KEY"]), Is.All.EqualTo(EuApiKey));
        Assert.That(eu.Received.Select(r => r.Headers["DD-APPLICATION-KEY"]), Is.All.EqualTo(EuAppKey));
        Assert.That(us.Received.Single().Headers["DD-API-KEY"], Is.EqualTo(UsApiKey));
        Assert.That(us.Received.Single().Headers["DD-APPLICATION-KEY"], Is.EqualTo(UsAppKey));
        Assert.That(provider.GetService<DatadogClient>(), Is.Null, "no unkeyed client was registered");
    }

    [Test]
    public void Keyed_clients_take_their_site_from_their_own_section()
    {
        var configuration = Configuration(
            ("Datadog:Eu:Site", "datadoghq.eu"), ("Datadog:Eu:ApiKey", EuApiKey), ("Datadog:Eu:ApplicationKey", EuAppKey),
            ("Datadog:Gov:Site", "US1Fed"), ("Datadog:Gov:AccessToken", "gov-token-5521"));
        var services = new ServiceCollection();
        services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"));
        services.AddKeyedCaseSdk("gov", configuration.GetSection("Datadog:Gov"));
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredKeyedService<DatadogClient>("eu").BaseAddress, Is.EqualTo(DatadogSite.EU1.ApiBaseAddress));
        Assert.That(provider.GetRequiredKeyedService<DatadogClient>("gov").BaseAddress, Is.EqualTo(DatadogSite.US1Fed.ApiBaseAddress));
        var monitor = provider.GetRequiredService<IOptionsMonitor<DatadogClientOptions>>();
        Assert.That(monitor.Get("eu").Site, Is.EqualTo(DatadogSite.EU1), "the key is the options name");
    }

    [Test]
    public async Task Each_keyed_client_has_its_own_handler_chain()
    {
        await using var eu = await RolesServer();
        await using var us = await RolesServer();
        var configuration = Configuration(
            ("Datadog:Eu:BaseAddress", eu.BaseAddress.ToString()), ("Datadog:Eu:ApiKey", EuApiKey), ("Datadog:Eu:ApplicationKey", EuAppKey),
            ("Datadog:Us:BaseAddress", us.BaseAddress.ToString()), ("Datadog:Us:ApiKey", UsApiKey), ("Datadog:Us:ApplicationKey", UsAppKey));
        var seenByEuHandler = new List<string>();
        var services = new ServiceCollection();
        services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"))
            .AddHttpMessageHandler(() => new RecordingHandler(seenByEuHandler));
        services.AddKeyedCaseSdk("us", configuration.GetSection("Datadog:Us"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<DatadogClient>("us").Api.V2.Roles.GetAsync();
        await provider.GetRequiredKeyedService<DatadogClient>("eu").Api.V2.Roles.GetAsync();

        Assert.That(seenByEuHandler, Is.EqualTo(new[] { new Uri(eu.BaseAddress, "api/v2/roles").ToString() }), "the handler added to the eu client's chain saw only its request");
        Assert.That(CaseSdkServiceCollectionExtensions.KeyedHttpClientName("eu"), Is.EqualTo("CaseSdk.DatadogClient:eu"));
    }

    [Test]
    public void A_bad_key_in_one_section_fails_startup_naming_that_client_its_key_and_the_setting()
    {
        var configuration = Configuration(
            ("Datadog:Eu:Site", "datadoghq.eu"), ("Datadog:Eu:ApiKey", "eu-leaky-secret\r\nX-Injected: 1"), ("Datadog:Eu:ApplicationKey", EuAppKey),
            ("Datadog:Us:ApiKey", UsApiKey), ("Datadog:Us:ApplicationKey", UsAppKey));
        var services = new ServiceCollection();
        services.AddKeyedCaseSdk("us", configuration.GetSection("Datadog:Us"));
        services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"));

        var error = StartupFailure(services);

        Assert.That(error.Failures, Has.Exactly(1).Items, "only the eu client is wrong");
        Assert.That(error.OptionsName, Is.EqualTo("eu"));
        Assert.That(error.Failures.Single(), Does.StartWith("DatadogClient 'eu' (AddKeyedCaseSdk): Datadog:Eu:ApiKey contains a line break"));
        foreach (var secret in new[] { "eu-leaky-secret", EuAppKey, UsApiKey, UsAppKey })
        {
            Assert.That(error.ToString(), Does.Not.Contain(secret));
        }
    }

    [Test]
    public void A_keyed_client_does_not_fall_back_to_the_DD_variables_and_says_which_variable_to_set()
    {
        // Were DD_API_KEY read for a keyed client, every organisation would silently get the same keys.
        var configuration = Configuration(("Datadog:Eu:Site", "datadoghq.eu"));
        var services = new ServiceCollection();
        services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"));

        var error = StartupFailure(services);

        Assert.That(error.Failures, Has.Exactly(2).Items);
        Assert.That(error.Failures, Has.Some.StartsWith("DatadogClient 'eu' (AddKeyedCaseSdk): Datadog:Eu:ApiKey is missing").And.Some.Contains("Datadog__Eu__ApiKey"));
        Assert.That(error.Failures, Has.Some.Contains("Datadog:Eu:ApplicationKey is missing"));
        Assert.That(error.Message, Does.Not.Contain("DD_API_KEY"));
    }

    [Test]
    public void The_unkeyed_and_keyed_clients_live_side_by_side_and_are_validated_apart()
    {
        var configuration = Configuration(
            ("Datadog:ApiKey", UsApiKey), ("Datadog:ApplicationKey", UsAppKey),
            ("Datadog:Eu:Site", "datadoghq.moon"), ("Datadog:Eu:ApiKey", EuApiKey), ("Datadog:Eu:ApplicationKey", EuAppKey));
        var services = new ServiceCollection();
        CaseSdkServiceCollectionExtensions.AddCaseSdk(services, configuration.GetSection("Datadog"), _ => null);
        services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate())!;

        Assert.That(error.Message, Does.Contain("DatadogClient 'eu'").And.Contain("Datadog:Eu:Site names no Datadog site"));
        Assert.That(provider.GetRequiredService<DatadogClient>().BaseAddress, Is.EqualTo(DatadogSite.US1.ApiBaseAddress), "the unkeyed client is fine on its own");
        var resolveError = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredKeyedService<DatadogClient>("eu"))!;
        Assert.That(resolveError.Message, Does.Contain("DatadogClient 'eu'"));
    }

    [Test]
    public void Action_overload_registers_a_keyed_client_and_names_it_when_credentials_are_missing()
    {
        var services = new ServiceCollection();
        services.AddKeyedCaseSdk("ap", options =>
        {
            options.Site = DatadogSite.AP1;
            options.Credentials = DatadogCredentials.FromAccessToken("ap-token-1618");
        });
        services.AddKeyedCaseSdk("broken", options => options.Site = DatadogSite.US3);
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredKeyedService<DatadogClient>("ap").BaseAddress, Is.EqualTo(DatadogSite.AP1.ApiBaseAddress));
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate())!;
        Assert.That(error.Message, Does.Contain("DatadogClient 'broken' (AddKeyedCaseSdk): DatadogClientOptions.Credentials is not set"));
    }

    [Test]
    public void Empty_or_repeated_keys_are_refused_when_registering()
    {
        var configuration = Configuration(("Datadog:Eu:ApiKey", EuApiKey), ("Datadog:Eu:ApplicationKey", EuAppKey));
        var services = new ServiceCollection();
        services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"));

        var repeated = Assert.Throws<ArgumentException>(() => services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu")))!;
        var empty = Assert.Throws<ArgumentException>(() => services.AddKeyedCaseSdk(" ", configuration.GetSection("Datadog:Eu")))!;
        Assert.Throws<ArgumentNullException>(() => services.AddKeyedCaseSdk(null!, configuration.GetSection("Datadog:Eu")));

        Assert.That(repeated.Message, Does.Contain("'eu' is already registered"));
        Assert.That(repeated.ParamName, Is.EqualTo("serviceKey"));
        Assert.That(empty.Message, Does.Contain("must not be empty"));
    }

    [Test]
    public async Task The_factorys_loggers_are_off_the_chains_of_keyed_clients_too()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = logs.CreateLoggerFactory();
        await using var eu = await RolesServer();
        var configuration = Configuration(("Datadog:Eu:BaseAddress", eu.BaseAddress.ToString()), ("Datadog:Eu:ApiKey", EuApiKey), ("Datadog:Eu:ApplicationKey", EuAppKey));
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"));
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredKeyedService<DatadogClient>("eu").Api.V2.Roles.GetAsync();

        var all = logs.Text();
        Assert.That(all, Does.Contain("ListRoles GET /api/v2/roles answered 200"), "the keyed client's call log");
        Assert.That(logs.HttpClientFactoryRecords(CaseSdkServiceCollectionExtensions.KeyedHttpClientName("eu")), Is.Empty);
        Assert.That(all, Does.Not.Contain(EuApiKey).And.Not.Contain(EuAppKey));
    }

    private sealed class RecordingHandler(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(request.RequestUri!.ToString());
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
