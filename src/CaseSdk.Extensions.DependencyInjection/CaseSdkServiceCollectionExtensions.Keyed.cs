using CaseSdk;
using CaseSdk.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keyed clients: several <see cref="DatadogClient"/>s in one container, one per organisation or site.</summary>
/// <remarks>
/// Follows what Microsoft.Extensions does for keyed <see cref="System.Net.Http.HttpClient"/>s: the service key is
/// also the name of the client's options (<c>IOptionsMonitor&lt;DatadogClientOptions&gt;.Get(key)</c>) and names its
/// own <see cref="System.Net.Http.IHttpClientFactory"/> handler chain (<see cref="KeyedHttpClientName"/>). Resolve a
/// client with <c>[FromKeyedServices("eu")] DatadogClient client</c> or
/// <c>provider.GetRequiredKeyedService&lt;DatadogClient&gt;("eu")</c>.
/// </remarks>
public static partial class CaseSdkServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="System.Net.Http.IHttpClientFactory"/> configuration of the keyed client <paramref name="serviceKey"/>.</summary>
    /// <param name="serviceKey">The key the client was registered with.</param>
    /// <returns><c>CaseSdk.DatadogClient:</c> followed by the key, e.g. <c>CaseSdk.DatadogClient:eu</c>.</returns>
    public static string KeyedHttpClientName(string serviceKey) => $"{HttpClientName}:{serviceKey}";

    /// <summary>
    /// Registers a singleton <see cref="DatadogClient"/> under <paramref name="serviceKey"/>, configured from its own
    /// section, e.g. <c>services.AddKeyedCaseSdk("eu", configuration.GetSection("Datadog:Eu"))</c>.
    /// </summary>
    /// <remarks>
    /// The keys of the section are those of <c>AddCaseSdk(IConfiguration)</c>. Unlike the unkeyed client, a keyed one
    /// reads nothing but its section: <c>DD_API_KEY</c>, <c>DD_APP_KEY</c> and <c>DD_SITE</c> would hand one
    /// organisation's keys to every client. Set the keys from the environment through configuration instead
    /// (the host's environment provider reads <c>Datadog__Eu__ApiKey</c> as <c>Datadog:Eu:ApiKey</c>). The options are
    /// validated when the host starts; failures name the client, its key and the configuration key, never a value.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The client's key: not empty, and not registered before.</param>
    /// <param name="configuration">The client's section.</param>
    /// <returns>
    /// The builder of this client's own handler chain (<see cref="KeyedHttpClientName"/>): handlers added there run
    /// for this client only, under its retry and authentication handlers, once per attempt, and see the credential
    /// headers. As for <c>AddCaseSdk</c>, the factory's own loggers are removed from the chain.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or already registered.</exception>
    public static IHttpClientBuilder AddKeyedCaseSdk(this IServiceCollection services, string serviceKey, IConfiguration configuration)
    {
        CheckKey(services, serviceKey);
        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        AddConfiguration(services, configuration, new DatadogClientConfigurationReader(configuration, environment: null, serviceKey));
        return AddClient(services, serviceKey);
    }

    /// <summary>Registers a singleton <see cref="DatadogClient"/> under <paramref name="serviceKey"/>, configured by <paramref name="configure"/>.</summary>
    /// <remarks>
    /// Nothing is read from the environment: set <see cref="DatadogClientOptions.Credentials"/> in the delegate.
    /// <see cref="DatadogClientOptions.LoggerFactory"/> defaults to the container's logger factory.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The client's key: not empty, and not registered before.</param>
    /// <param name="configure">Sets this client's options.</param>
    /// <returns>The builder of this client's own handler chain (see the other overload).</returns>
    /// <exception cref="ArgumentException"><paramref name="serviceKey"/> is empty or already registered.</exception>
    public static IHttpClientBuilder AddKeyedCaseSdk(this IServiceCollection services, string serviceKey, Action<DatadogClientOptions> configure)
    {
        CheckKey(services, serviceKey);
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.Configure(serviceKey, configure);
        return AddClient(services, serviceKey);
    }

    private static void CheckKey(IServiceCollection services, string serviceKey)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (serviceKey is null)
        {
            throw new ArgumentNullException(nameof(serviceKey));
        }

        if (string.IsNullOrWhiteSpace(serviceKey))
        {
            throw new ArgumentException("The service key of a keyed DatadogClient must not be empty or white space; use AddCaseSdk for the unkeyed client.", nameof(serviceKey));
        }

        // A second registration under the same key would silently merge two sections' settings into one client.
        if (services.Any(d => d.ServiceType == typeof(CaseSdkClientRegistration) && d.ImplementationInstance is CaseSdkClientRegistration r && r.OptionsName == serviceKey))
        {
            throw new ArgumentException($"A DatadogClient with the service key '{serviceKey}' is already registered (AddKeyedCaseSdk); each keyed client needs its own key.", nameof(serviceKey));
        }
    }
}
