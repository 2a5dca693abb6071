using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace CaseSdk.Benchmarks;

/// <summary>
/// The job of <see cref="LongPagingBenchmarks"/>, whose invocations take seconds (100,000 cases: about 2 s for the
/// baseline and the SDK, about 10 s for the Kiota loop): one invocation per iteration, 2 warm-up and 8 measured
/// iterations, in one process per benchmark. One warm-up invocation already calls every method on the path 100,000
/// times, far past tiered compilation's 30 calls, so the measured iterations run tier-1 code. A default job: a
/// <c>--job</c> on the command line replaces it.
/// </summary>
public sealed class LongListingJobConfig : ManualConfig
{
    public LongListingJobConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(8)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("LongListing")
            .AsDefault());
    }
}
