using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

namespace CaseSdk.Benchmarks;

/// <summary>
/// What the whole suite shares: allocations from the memory diagnoser, ratios to the baseline of each category,
/// rows in declared order. No job: the loopback benchmarks take <see cref="LoopbackJobConfig"/>, the in-process
/// serialization benchmarks BenchmarkDotNet's default job.
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Value));
        // BenchmarkDotNet rebuilds the project graph (generator, SDK, Kiota client) for its job with the compiler server
        // off; on a shared 2-core machine that takes longer than its default two minutes.
        WithBuildTimeout(TimeSpan.FromMinutes(10));
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
