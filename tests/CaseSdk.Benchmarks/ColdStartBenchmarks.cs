using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using CaseSdk.Benchmarks.ColdStart;
using CaseSdk.Benchmarks.Stub;

namespace CaseSdk.Benchmarks;

/// <summary>
/// Cold start: the time from starting a process to its exit, where the process (this program in
/// <see cref="FirstCall"/> mode) creates one client as an application would, makes one <c>GetCase</c> call to the
/// stub and checks the case. Runtime start, assembly loading and JIT are what this measures; the DLLs are the same
/// files for every row, so the disk cache is warm for all of them (the setup's launch warms it, and the stub). Each
/// process also reports when its response came, from process start and from Main; the cleanup prints their medians.
/// The memory diagnoser's columns are hidden: they would count the launching process, not the one measured.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[Config(typeof(ColdStartJobConfig))]
[CategoriesColumn]
[HideColumns(Column.Gen0, Column.Gen1, Column.Gen2, Column.Allocated, Column.AllocRatio)]
public class ColdStartBenchmarks
{
    private const string Category = "Cold start: process start to exit after one GetCase";

    private readonly List<(double SinceStart, double SinceMain)> _reports = [];
    private Uri _stub = null!;
    private StubServer? _ownStub;
    private string _client = null!;

    [GlobalSetup(Target = nameof(Baseline))]
    public void SetupBaseline() => Setup("baseline");

    [GlobalSetup(Target = nameof(Sdk))]
    public void SetupSdk() => Setup("sdk");

    [GlobalSetup(Target = nameof(Kiota))]
    public void SetupKiota() => Setup("kiota");

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_reports.Count > 0)
        {
            Console.WriteLine(
                $"// {_client} first response, median of {_reports.Count} processes: {Median(r => r.SinceStart):F1} ms after process start "
                + $"(min {_reports.Min(r => r.SinceStart):F1}, max {_reports.Max(r => r.SinceStart):F1}), {Median(r => r.SinceMain):F1} ms after Main "
                + $"(min {_reports.Min(r => r.SinceMain):F1}, max {_reports.Max(r => r.SinceMain):F1})");
        }

        _ownStub?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Baseline")]
    [BenchmarkCategory(Category)]
    public double Baseline() => Launch();

    [Benchmark(Description = "SDK")]
    [BenchmarkCategory(Category)]
    public double Sdk() => Launch();

    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory(Category)]
    public double Kiota() => Launch();

    private void Setup(string client)
    {
        _client = client;
        if (StubServer.PublishedAddress() is { } published)
        {
            _stub = published;
        }
        else
        {
            _ownStub = StubServer.StartAsync().GetAwaiter().GetResult();
            _stub = _ownStub.BaseAddress;
        }

        var first = FirstCallProcess.Run(client, _stub);
        Console.WriteLine($"// Setup check passed: the {client} first-call process read the case and exited 0 ({first.SinceStart:F1} ms from process start to response).");
    }

    private double Launch()
    {
        var report = FirstCallProcess.Run(_client, _stub);
        _reports.Add(report);
        return report.SinceMain;
    }

    private double Median(Func<(double SinceStart, double SinceMain), double> figure)
    {
        var sorted = _reports.Select(figure).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
