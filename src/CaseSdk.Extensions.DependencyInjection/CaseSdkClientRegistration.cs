namespace CaseSdk.Extensions.DependencyInjection;

/// <summary>
/// Records one registered client: the name of its options (the service key of a keyed client, empty for the
/// unkeyed one), the registration method and the name of its <see cref="System.Net.Http.IHttpClientFactory"/> pipeline.
/// </summary>
internal sealed class CaseSdkClientRegistration(string optionsName, string httpClientName)
{
    /// <summary>The options name: the service key, or empty for the client <c>AddCaseSdk</c> registers.</summary>
    public string OptionsName { get; } = optionsName;

    /// <summary>The name of the client's handler chain in the factory.</summary>
    public string HttpClientName { get; } = httpClientName;

    /// <summary>True for a client registered with <c>AddKeyedCaseSdk</c>.</summary>
    public bool IsKeyed => OptionsName.Length > 0;

    /// <summary>How messages name this client: <c>DatadogClient 'eu' (AddKeyedCaseSdk)</c>.</summary>
    public string Description => IsKeyed ? $"DatadogClient '{OptionsName}' (AddKeyedCaseSdk)" : "DatadogClient (AddCaseSdk)";
}
