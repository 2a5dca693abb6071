using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CaseSdk.Benchmarks.Data;

namespace CaseSdk.Benchmarks;

/// <summary>
/// Every case of a listing through <c>client.Api.V2.Cases.ListAllAsync</c>: 1,000 cases (10 pages of 100) and
/// 10,000 cases (100 pages of 100), and the same page loop over the Kiota-generated client (Kiota has no paging
/// helper), against a hand-written page loop over the same stub. Each row is per case
/// (OperationsPerInvoke = number of cases), so a per-case cost that grows with the number of pages shows up
/// directly as a difference between the 10- and 100-page rows. The 1,000-page listing (100,000 cases) is
/// <see cref="LongPagingBenchmarks"/>, on a job sized to invocations of seconds.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[Config(typeof(LoopbackJobConfig))]
[CategoriesColumn]
public class PagingBenchmarks
{
    private const int TenPages = 10;
    private const int HundredPages = 100;
    private const string TenPagesCategory = "10 pages (1,000 cases), per case";
    private const string HundredPagesCategory = "100 pages (10,000 cases), per case";

    private Clients _clients = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clients = Clients.Connect();
        foreach (var pages in new[] { TenPages, HundredPages })
        {
            Listings.RequireComplete(Listings.SdkListAll, _clients, pages, "SDK");
            Listings.RequireComplete(Listings.BaselineListAll, _clients, pages, "baseline");
            Listings.RequireComplete(Listings.KiotaListAll, _clients, pages, "Kiota");
        }

        Console.WriteLine("// Setup checks passed: baseline, SDK and Kiota read every case of the 10- and 100-page listings.");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, Description = "Baseline", OperationsPerInvoke = TenPages * CaseBodies.PageSize)]
    [BenchmarkCategory(TenPagesCategory)]
    public Task<int> BaselineTenPages() => BaselineListAll(TenPages);

    [Benchmark(Description = "SDK ListAllAsync", OperationsPerInvoke = TenPages * CaseBodies.PageSize)]
    [BenchmarkCategory(TenPagesCategory)]
    public Task<int> SdkTenPages() => SdkListAll(TenPages);

    [Benchmark(Description = "Kiota page loop", OperationsPerInvoke = TenPages * CaseBodies.PageSize)]
    [BenchmarkCategory(TenPagesCategory)]
    public Task<int> KiotaTenPages() => KiotaListAll(TenPages);

    [Benchmark(Baseline = true, Description = "Baseline", OperationsPerInvoke = HundredPages * CaseBodies.PageSize)]
    [BenchmarkCategory(HundredPagesCategory)]
    public Task<int> BaselineHundredPages() => BaselineListAll(HundredPages);

    [Benchmark(Description = "SDK ListAllAsync", OperationsPerInvoke = HundredPages * CaseBodies.PageSize)]
    [BenchmarkCategory(HundredPagesCategory)]
    public Task<int> SdkHundredPages() => SdkListAll(HundredPages);

    [Benchmark(Description = "Kiota page loop", OperationsPerInvoke = HundredPages * CaseBodies.PageSize)]
    [BenchmarkCategory(HundredPagesCategory)]
    public Task<int> KiotaHundredPages() => KiotaListAll(HundredPages);

    private Task<int> SdkListAll(int pages) => Listings.SdkListAll(_clients, pages);

    private Task<int> BaselineListAll(int pages) => Listings.BaselineListAll(_clients, pages);

    private Task<int> KiotaListAll(int pages) => Listings.KiotaListAll(_clients, pages);
}
