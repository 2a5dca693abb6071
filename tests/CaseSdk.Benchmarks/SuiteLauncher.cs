using BenchmarkDotNet.Running;
using CaseSdk.Benchmarks.ColdStart;
using CaseSdk.Benchmarks.Stub;

namespace CaseSdk.Benchmarks;

/// <summary>
/// The program's normal mode: starts the stub in a process of its own, publishes its address and this program's DLL
/// to the benchmark processes BenchmarkDotNet starts (they inherit the environment), and runs the benchmarks.
/// </summary>
public static class SuiteLauncher
{
    public static void Run(string[] args)
    {
        using var stub = StubProcess.Start();
        Environment.SetEnvironmentVariable(StubServer.AddressVariable, stub.BaseAddress.ToString());
        Environment.SetEnvironmentVariable(FirstCallProcess.ProgramVariable, typeof(SuiteLauncher).Assembly.Location);
        Console.WriteLine($"// Stub listening on {stub.BaseAddress}");

        // Without arguments, run everything instead of asking interactively.
        var arguments = args.Length == 0 ? ["--filter", "*"] : args;
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(arguments, new BenchmarkConfig());
    }
}
