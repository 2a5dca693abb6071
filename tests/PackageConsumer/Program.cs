using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using CaseSdk;
using Quickstart;

// Runs the README's quickstart against the address given as the first argument (a mock of the API), with the keys
// in DD_API_KEY and DD_APP_KEY, and exits 0 when every call succeeded. The last lines say which CaseSdk build ran,
// on which runtime, and how long the process took from its start to the first completed API call.
if (args.Length < 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseAddress))
{
    Console.Error.WriteLine("Usage: PackageConsumer <base address of a mock of the API> [assignee user id]");
    return 2;
}

// The SDK starts one activity per call on its "CaseSdk" ActivitySource and stops it when the call has completed.
long firstCallCompletedTicks = 0;
using var listener = new ActivityListener
{
    ShouldListenTo = source => source.Name == "CaseSdk",
    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
    ActivityStopped = _ => Interlocked.CompareExchange(ref firstCallCompletedTicks, DateTime.UtcNow.Ticks, 0),
};
ActivitySource.AddActivityListener(listener);

var options = DatadogClientOptions.FromEnvironment();
options.BaseAddress = baseAddress;
using (var client = new DatadogClient(options))
{
    await QuickstartExample.RunAsync(client, "3b010bde-09ce-4449-b745-71dd5f861963", args.Length > 1 ? args[1] : "00000000-0000-0000-0000-000000000000", Console.Out);
}

var sdk = typeof(DatadogClient).Assembly;
Console.WriteLine($"casesdk: {sdk.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion} for {sdk.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName}");
// No method is ever JIT-compiled in a NativeAOT binary.
Console.WriteLine($"runtime: {RuntimeInformation.FrameworkDescription}; jit-compiled-methods: {System.Runtime.JitInfo.GetCompiledMethodCount()}");
if (Interlocked.Read(ref firstCallCompletedTicks) is var completed and > 0)
{
    var startedUtc = Process.GetCurrentProcess().StartTime.ToUniversalTime();
    Console.WriteLine($"first-response-ms: {(new DateTime(completed, DateTimeKind.Utc) - startedUtc).TotalMilliseconds:F0}");
}

return 0;
