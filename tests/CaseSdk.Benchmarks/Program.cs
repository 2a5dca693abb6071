using BenchmarkDotNet.Running;
using CaseSdk.Benchmarks;
using CaseSdk.Benchmarks.Stub;

if (args is [StubProcess.ServeArgument])
{
    await StubProcess.ServeAsync();
    return;
}

// The stub runs in a process of its own; the benchmark processes BenchmarkDotNet starts find it through the
// environment they inherit.
using var stub = StubProcess.Start();
Environment.SetEnvironmentVariable(StubServer.AddressVariable, stub.BaseAddress.ToString());
Console.WriteLine($"// Stub listening on {stub.BaseAddress}");

// Without arguments, run everything instead of asking interactively.
var arguments = args.Length == 0 ? ["--filter", "*"] : args;
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(arguments, new BenchmarkConfig());
