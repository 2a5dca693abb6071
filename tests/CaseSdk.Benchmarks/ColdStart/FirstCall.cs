using System.Diagnostics;
using System.Globalization;
using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Benchmarks.Data;
using CaseSdk.Benchmarks.KiotaColumn;

namespace CaseSdk.Benchmarks.ColdStart;

/// <summary>
/// What a cold-start process does: create one client as an application would, make one <c>GetCase</c> call to the
/// stub, check the case it got, print how long after process start and after <c>Main</c> the response came, and
/// exit 0. Run as <c>--first-call sdk|baseline|kiota &lt;stub url&gt;</c>, before BenchmarkDotNet is touched.
/// </summary>
public static class FirstCall
{
    /// <summary>The argument that makes this program make its first call instead of running benchmarks.</summary>
    public const string Argument = "--first-call";

    /// <summary>The start of the line the process prints: milliseconds from process start, then from Main, to the response.</summary>
    public const string ReportPrefix = "// first response (ms since process start, since Main): ";

    /// <summary>The clients a cold start can be measured for.</summary>
    public static readonly string[] ClientNames = ["baseline", "sdk", "kiota"];

    private static readonly string CaseId = CaseBodies.CaseId(0, 7);

    /// <summary>Runs the first call; <paramref name="mainEntered"/> is the <see cref="Stopwatch"/> timestamp at Main's first line.</summary>
    public static async Task<int> RunAsync(string[] arguments, long mainEntered)
    {
        if (arguments is not [Argument, var client, var url] || !ClientNames.Contains(client)
            || !Uri.TryCreate(url, UriKind.Absolute, out var stub))
        {
            await Console.Error.WriteLineAsync($"Usage: {Argument} {string.Join('|', ClientNames)} <stub url>").ConfigureAwait(false);
            return 2;
        }

        var (id, key) = client switch
        {
            "sdk" => await SdkAsync(stub).ConfigureAwait(false),
            "kiota" => await KiotaAsync(stub).ConfigureAwait(false),
            _ => await BaselineAsync(stub).ConfigureAwait(false),
        };
        var responded = Stopwatch.GetTimestamp();
        var respondedAt = DateTime.Now;

        // A light check, the same for every client (the round-trip benchmarks check every member): the call must
        // have read the case it asked for.
        if (id != CaseId || key is null || !key.StartsWith("SEC-", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"The {client} client read case '{id}' ({key}) instead of {CaseId}.").ConfigureAwait(false);
            return 1;
        }

        // Process start time has the kernel's clock-tick resolution (10 ms on Linux); the Main figure is exact.
        using var self = Process.GetCurrentProcess();
        var sinceStart = (respondedAt - self.StartTime).TotalMilliseconds;
        var sinceMain = Stopwatch.GetElapsedTime(mainEntered, responded).TotalMilliseconds;
        Console.WriteLine(ReportPrefix + string.Create(CultureInfo.InvariantCulture, $"{sinceStart:F1} {sinceMain:F1}"));
        return 0;
    }

    // The SDK as an application creates it: default transport, retries and timeout, no logger.
    private static async Task<(string? Id, string? Key)> SdkAsync(Uri stub)
    {
        using var client = new DatadogClient(new DatadogClientOptions
        {
            BaseAddress = stub,
            Credentials = DatadogCredentials.FromApiKeys(Clients.ApiKey, Clients.ApplicationKey),
        });
        var response = await client.Api.V2.Cases[CaseId].GetAsync().ConfigureAwait(false);
        return (response.Data?.Id, response.Data?.Attributes?.Key);
    }

    private static async Task<(string? Id, string? Key)> BaselineAsync(Uri stub)
    {
        using var client = new BaselineClient(stub, Clients.ApiKey, Clients.ApplicationKey);
        var response = await client.GetCaseAsync(CaseId).ConfigureAwait(false);
        return (response.Data?.Id, response.Data?.Attributes?.Key);
    }

    private static async Task<(string? Id, string? Key)> KiotaAsync(Uri stub)
    {
        using var client = new KiotaClient(stub, Clients.ApiKey, Clients.ApplicationKey);
        var response = await client.Client.Api.V2.Cases[CaseId].GetAsync().ConfigureAwait(false);
        return (response?.Data?.Id, response?.Data?.Attributes?.Key);
    }
}
