using System.Diagnostics;
using CaseSdk.Benchmarks;
using CaseSdk.Benchmarks.ColdStart;
using CaseSdk.Benchmarks.Stub;

// Taken first: a cold-start process reports its time from here to its first response.
var mainEntered = Stopwatch.GetTimestamp();

// The other modes dispatch before anything touches BenchmarkDotNet or Kestrel, so a cold-start process loads only
// what its client needs.
if (args is [FirstCall.Argument, ..])
{
    return await FirstCall.RunAsync(args, mainEntered);
}

if (args is [StubProcess.ServeArgument])
{
    await StubProcess.ServeAsync();
    return 0;
}

SuiteLauncher.Run(args);
return 0;
