using CaseSdk.Testing;
using CaseSdk.Testing.Hostile;

namespace CaseSdk.Tests.Support;

/// <summary>Clients for hostile-server tests: configured origin = the given server, instant retry waits unless a real clock is asked for.</summary>
internal static class HostileClients
{
    public const string ApiKey = "hostile-api-key-0123456789";
    public const string AppKey = "hostile-app-key-9876543210";

    public const string CaseJson = """{"data":{"id":"CASE-1","type":"case","attributes":{"title":"Disk full","priority":"P2"}}}""";

    public const string RolesJson = """{"data":[],"meta":{"page":{"total_count":0}}}""";

    public static DatadogClient For(Uri origin, Action<DatadogClientOptions>? configure = null, TimeProvider? clock = null)
    {
        var options = new DatadogClientOptions
        {
            BaseAddress = origin,
            Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey),
            TimeProvider = clock ?? new RecordingTimeProvider(),
            Timeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        return new DatadogClient(options);
    }

    public static DatadogClient For(HostileServer server, Action<DatadogClientOptions>? configure = null, TimeProvider? clock = null) =>
        For(server.BaseAddress, configure, clock);

    public static Models.CaseCreateRequest NewCase() =>
        new() { Data = new Models.CaseCreate { Attributes = new Models.CaseCreateAttributes { Title = "Disk full", TypeId = "3b010bde-09ce-4449-b745-71dd5f861963" } } };
}
