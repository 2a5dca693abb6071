using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace CaseSdk.Benchmarks;

/// <summary>
/// The job of <see cref="ColdStartBenchmarks"/>: each invocation is one process from start to exit, so no pilot or
/// overhead stages (<see cref="RunStrategy.Monitoring"/>), one invocation per iteration, 1 warm-up and 15 measured
/// iterations. A default job: a <c>--job</c> on the command line replaces it.
/// </summary>
public sealed class ColdStartJobConfig : ManualConfig
{
    public ColdStartJobConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(15)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("ColdStart")
            .AsDefault());
    }
}
