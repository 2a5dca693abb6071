using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CaseSdk.Benchmarks;

/// <summary>
/// The job of the benchmarks that go over loopback, sized for a 2-core machine: one process per benchmark, 5
/// warm-up and 20 measured iterations of one second.
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
            .WithId("Bench"));
    }
}
