using CaseSdk.Testing;
namespace CaseSdk.Tests.Support;

/// <summary>Clients wired to a stub transport and an instant clock.</summary>
internal static class TestClients
{
    public const string ApiKey = "test-api-key-0123456789";
    public const string AppKey = "test-app-key-9876543210";

    public static DatadogClient Over(StubHandler stub, Action<DatadogClientOptions>? configure = null)
    {
        var options = new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey),
            HttpMessageHandler = stub,
            TimeProvider = new RecordingTimeProvider(),
        };
        configure?.Invoke(options);
        return new DatadogClient(options);
    }
}
