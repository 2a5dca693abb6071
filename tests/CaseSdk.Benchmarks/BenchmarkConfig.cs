using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

namespace CaseSdk.Benchmarks;

/// <summary>
/// One job for the whole suite, sized for a 2-core machine (the full run takes about 8 minutes): one process per
/// benchmark, 5 warm-up and 20 measured iterations of one second, allocations from the memory diagnoser, ratios to
/// the baseline of each category.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        // One-second iterations: over loopback on a 2-vCPU VM the latency of a call jumps between two levels every few
        // seconds (where the scheduler puts client and server), so a longer iteration averages over both.
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(5)
            .WithIterationCount(20)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromSeconds(1))
            .WithId("Bench"));
        AddDiagnoser(MemoryDiagnoser.Default);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
