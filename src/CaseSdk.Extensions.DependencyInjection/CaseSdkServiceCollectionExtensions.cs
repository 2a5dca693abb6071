using CaseSdk;
using CaseSdk.Extensions.DependencyInjection;
using CaseSdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

// The conventional namespace for registration methods, so AddCaseSdk shows up wherever services are configured.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="DatadogClient"/> in a service collection: one client, or several keyed ones.</summary>
/// <remarks>
/// The client is a singleton: it is thread-safe, builds its retry pipeline once and is disposed with the container.
/// Its transport is the <see cref="IHttpClientFactory"/> handler chain named <see cref="HttpClientName"/>, whose
/// primary handler is the client's default transport (no automatic redirects, automatic decompression): on .NET 8
/// and later a pooled <c>SocketsHttpHandler</c> that recycles its connections every 5 minutes, so DNS changes are
/// picked up without the factory rotating the handler under the long-lived client.
/// Options are validated when the host starts (hosts of Microsoft.Extensions.Hosting 8 or later run
/// <see cref="IStartupValidator"/>), else when the client is first resolved. <c>AddCaseSdk</c> registers one unkeyed
/// client; <c>AddKeyedCaseSdk</c> registers further ones, each under its own service key.
/// <para>
/// The factory's own loggers are removed from these chains (<c>RemoveAllLoggers</c>), loggers configured for every
/// client with <c>ConfigureHttpClientDefaults</c> included: they run under the client's authentication handler, and
/// their Trace-level header events carry every header's raw value in their structured state (only the formatted
/// message is redacted), so a backend that writes state values (OpenTelemetry logs, JSON console) would write the
/// credentials. The client logs each call itself instead (<see cref="DatadogClientOptions.LoggerFactory"/>:
/// operation, method, path, status and elapsed time at Debug, each retry at Warning); what these chains no longer
/// write are the factory's request start and end events and its header events. Calling <c>AddDefaultLogger</c> on
/// the returned builder brings the factory's default logging back, the raw credential values in its header events'
/// state included (the credential headers stay redacted from its messages); a logger added with <c>AddLogger</c>
/// sees the credential headers.
/// </para>
/// </remarks>
public static partial class CaseSdkServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> configuration that carries the client's transport.</summary>
    public const string HttpClientName = "CaseSdk.DatadogClient";

    /// <summary>
    /// Registers a singleton <see cref="DatadogClient"/> configured from <paramref name="configuration"/>, e.g.
    /// <c>builder.Configuration.GetSection("Datadog")</c>.
    /// </summary>
    /// <remarks>
    /// Keys: <c>Site</c> (<c>datadoghq.eu</c>, <c>EU1</c>, …), <c>BaseAddress</c>, <c>ApiKey</c> and
    /// <c>ApplicationKey</c> or <c>AccessToken</c>, <c>Timeout</c> (<c>00:00:30</c>), <c>UserAgentSuffix</c>,
    /// <c>Retry:MaxRetries</c>, <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c>, <c>Retry:RetryNonIdempotentRequests</c>.
    /// A missing <c>ApiKey</c>, <c>ApplicationKey</c> or <c>Site</c> is read from <c>DD_API_KEY</c>, <c>DD_APP_KEY</c>
    /// or <c>DD_SITE</c>. Further settings can be made with <c>services.Configure&lt;DatadogClientOptions&gt;(…)</c>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the keys.</param>
    /// <returns>
    /// The builder of the client's <see cref="HttpClientName"/> handler chain: replace the primary handler or add
    /// handlers. Handlers added there run under the client's retry and authentication handlers, once per attempt,
    /// and see the credential headers: a handler that logs requests must leave those headers out. The factory's own
    /// loggers are removed from the chain (see the class remarks).
    /// </returns>
    public static IHttpClientBuilder AddCaseSdk(this IServiceCollection services, IConfiguration configuration) =>
        AddCaseSdk(services, configuration, Environment.GetEnvironmentVariable);

    /// <summary>Registers a singleton <see cref="DatadogClient"/> configured by <paramref name="configure"/>.</summary>
    /// <remarks>
    /// Nothing is read from the environment: set <see cref="DatadogClientOptions.Credentials"/> in the delegate.
    /// <see cref="DatadogClientOptions.LoggerFactory"/> defaults to the container's <see cref="ILoggerFactory"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's <see cref="HttpClientName"/> handler chain (see the other overload).</returns>
    public static IHttpClientBuilder AddCaseSdk(this IServiceCollection services, Action<DatadogClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.Configure(configure);
        return AddClient(services, Options.Options.DefaultName);
    }

    /// <summary>The configuration overload with the environment lookup replaced (tests).</summary>
    internal static IHttpClientBuilder AddCaseSdk(IServiceCollection services, IConfiguration configuration, Func<string, string?> environment)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        AddConfiguration(services, configuration, new DatadogClientConfigurationReader(configuration, environment));
        return AddClient(services, Options.Options.DefaultName);
    }

    private static void AddConfiguration(IServiceCollection services, IConfiguration configuration, DatadogClientConfigurationReader reader)
    {
        services.AddSingleton(reader);
        services.Configure<DatadogClientOptions>(reader.OptionsName, options => reader.ApplyTo(options));

        // IOptionsMonitor<DatadogClientOptions> follows reloads of the section; the client keeps the options it was created with.
        services.AddSingleton<IOptionsChangeTokenSource<DatadogClientOptions>>(new ConfigurationChangeTokenSource<DatadogClientOptions>(reader.OptionsName, configuration));
    }

    /// <summary>Registers the client whose options are named <paramref name="optionsName"/> (empty: the unkeyed one).</summary>
    private static IHttpClientBuilder AddClient(IServiceCollection services, string optionsName)
    {
        var registration = new CaseSdkClientRegistration(optionsName, optionsName.Length == 0 ? HttpClientName : KeyedHttpClientName(optionsName));
        services.AddSingleton(registration);
        services.AddOptions<DatadogClientOptions>(optionsName)
            .PostConfigure<ILoggerFactory>((options, loggerFactory) => options.LoggerFactory ??= loggerFactory)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatadogClientOptions>, DatadogClientOptionsValidator>());
        if (registration.IsKeyed)
        {
            services.AddKeyedSingleton<DatadogClient>(optionsName, (provider, _) => CreateClient(provider, registration));
        }
        else
        {
            services.TryAddSingleton<DatadogClient>(provider => CreateClient(provider, registration));
        }

        // Should the app add the factory's loggers back, their formatted messages still never print the credential headers.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<HttpClientFactoryOptions>, SecretHeaderRedaction>());

        // The singleton client holds its handler for good, so the factory never expires it; the transport recycles connections itself.
        // The factory's loggers sit under the authentication handler and keep header values in their state: removed.
        return services.AddHttpClient(registration.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(HttpPipeline.CreateTransport)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
    }

    private static DatadogClient CreateClient(IServiceProvider services, CaseSdkClientRegistration registration)
    {
        // Get validates the named options (and caches them): a bad section fails here too when no host start ran.
        var options = services.GetRequiredService<IOptionsMonitor<DatadogClientOptions>>().Get(registration.OptionsName);
        var transport = services.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(registration.HttpClientName);

        // The factory owns the handler chain.
        return new DatadogClient(options, transport, disposeTransport: false);
    }

    private sealed class SecretHeaderRedaction(IEnumerable<CaseSdkClientRegistration> registrations) : IPostConfigureOptions<HttpClientFactoryOptions>
    {
        public void PostConfigure(string? name, HttpClientFactoryOptions options)
        {
            if (!registrations.Any(r => r.HttpClientName == name))
            {
                return;
            }

            var configured = options.ShouldRedactHeaderValue;
            options.ShouldRedactHeaderValue = header =>
                CredentialHeaders.Contains(header) || configured?.Invoke(header) == true;
        }
    }
}
