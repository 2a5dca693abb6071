using System.Net;
using CaseSdk.ContractTests.Spec;

namespace CaseSdk.ContractTests.Support;

/// <summary>SDK clients for the contract tests, each with a <see cref="RecordingHandler"/> over its transport.</summary>
internal static class ContractClients
{
    // Fake keys: Prism checks only that both headers are present.
    private const string ApiKey = "contract-api-key-00000000";
    private const string AppKey = "contract-app-key-00000000";

    /// <summary>A client sending over real HTTP to <paramref name="baseAddress"/>.</summary>
    public static DatadogClient OverHttp(Uri baseAddress, RecordingHandler recorder) => Create(recorder, baseAddress);

    /// <summary>A client whose every request is answered in process with <paramref name="status"/> and <paramref name="json"/>.</summary>
    public static DatadogClient Answering(HttpStatusCode status, string? json, out RecordingHandler recorder)
    {
        recorder = new RecordingHandler(new CannedTransport(status, json));
        return Create(recorder, baseAddress: null);
    }

    /// <summary>A client answered in process with the operation's documented success status and example.</summary>
    public static DatadogClient AnsweringWithExample(SpecOperation operation, out RecordingHandler recorder) =>
        Answering((HttpStatusCode)operation.SuccessStatus, operation.ResponseExample?.ToJsonString(), out recorder);

    private static DatadogClient Create(RecordingHandler recorder, Uri? baseAddress) => new(new DatadogClientOptions
    {
        BaseAddress = baseAddress,
        Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey),
        HttpMessageHandler = recorder,
        Timeout = TimeSpan.FromSeconds(30),
        // One request per call: a retried 429 or 5xx would hide the status under test.
        Retry = new DatadogRetryOptions { MaxRetries = 0 },
    });
}
