using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Benchmarks.KiotaColumn;
using CaseSdk.Benchmarks.Stub;
using Microsoft.Extensions.Logging;

namespace CaseSdk.Benchmarks;

/// <summary>The three clients under comparison, all pointed at the loopback stub with the same API keys.</summary>
public sealed class Clients : IDisposable
{
    internal const string ApiKey = "bench-api-key-0123456789abcdef";
    internal const string ApplicationKey = "bench-app-key-0123456789abcdef0123456789";

    private readonly StubServer? _ownStub;
    private readonly ILoggerFactory _loggerFactory;

    private Clients(Uri stubAddress, StubServer? ownStub)
    {
        _ownStub = ownStub;
        _loggerFactory = DiscardingLoggerProvider.CreateFactory();
        // The SDK as an application would create it: default transport, retries and timeout; logging at Information.
        Sdk = new DatadogClient(new DatadogClientOptions
        {
            BaseAddress = stubAddress,
            Credentials = DatadogCredentials.FromApiKeys(ApiKey, ApplicationKey),
            LoggerFactory = _loggerFactory,
        });
        Baseline = new BaselineClient(stubAddress, ApiKey, ApplicationKey);
        Kiota = new KiotaClient(stubAddress, ApiKey, ApplicationKey);
    }

    public DatadogClient Sdk { get; }

    public BaselineClient Baseline { get; }

    public KiotaClient Kiota { get; }

    /// <summary>
    /// Connects to the stub the launcher started (so the server's allocations stay out of this process's
    /// numbers), or starts one here when the process was launched some other way.
    /// </summary>
    public static Clients Connect()
    {
        if (StubServer.PublishedAddress() is { } published)
        {
            return new Clients(published, ownStub: null);
        }

        Console.WriteLine($"// {StubServer.AddressVariable} is not set: starting the stub in this process; its allocations are counted too.");
        var stub = StubServer.StartAsync().GetAwaiter().GetResult();
        return new Clients(stub.BaseAddress, stub);
    }

    public void Dispose()
    {
        Sdk.Dispose();
        Baseline.Dispose();
        Kiota.Dispose();
        _loggerFactory.Dispose();
        _ownStub?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
