using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CaseSdk.Benchmarks;

/// <summary>
/// The job of the benchmarks that go over loopback, sized for a 2-core machine: one process per benchmark, 5
/// warm-up and 20 measured iterations of one second. The warm-up follows BenchmarkDotNet's jitting and pilot stages
/// and holds thousands of calls of the short operations and dozens of the longest (SearchCases through Kiota with 64
/// callers), so every method on the path has passed tiered compilation's 30 calls and its 100 ms back-off long
/// before the measured iterations, which run tier-1 code; a fixed count keeps the class's run time predictable where
/// BenchmarkDotNet's automatic warm-up could run up to 50 iterations on a noisy loopback. A default job: a
/// <c>--job</c> on the command line (dry, short) replaces it instead of running beside it.
/// </summary>
public sealed class LoopbackJobConfig : ManualConfig
{
    public LoopbackJobConfig()
    {
        // One-second iterations: over loopback on a 2-vCPU VM the latency of a call jumps between two levels every few
        // seconds (where the scheduler puts client and server), so a longer iteration averages over both.
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(20)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromSeconds(1))
            .WithId("Bench")
            .AsDefault());
    }
}
