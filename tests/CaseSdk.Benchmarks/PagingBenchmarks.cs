using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CaseSdk.Benchmarks.Data;

namespace CaseSdk.Benchmarks;

/// <summary>
/// Every case of a listing through <c>client.Api.V2.Cases.ListAllAsync</c>: 1,000 cases (10 pages of 100) and
/// 10,000 cases (100 pages of 100), and the same page loop over the Kiota-generated client (Kiota has no paging
/// helper), against a hand-written page loop over the same stub. Each row is per case
/// (OperationsPerInvoke = number of cases), so a per-case cost that grows with the number of pages shows up
/// directly as a difference between the 10- and 100-page rows.
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
        ResultChecks.Require(SdkListAll(TenPages).GetAwaiter().GetResult() == TenPages * CaseBodies.PageSize, "SDK listing of 10 pages");
        ResultChecks.Require(BaselineListAll(TenPages).GetAwaiter().GetResult() == TenPages * CaseBodies.PageSize, "baseline listing of 10 pages");
        ResultChecks.Require(SdkListAll(HundredPages).GetAwaiter().GetResult() == HundredPages * CaseBodies.PageSize, "SDK listing of 100 pages");
        ResultChecks.Require(BaselineListAll(HundredPages).GetAwaiter().GetResult() == HundredPages * CaseBodies.PageSize, "baseline listing of 100 pages");
        ResultChecks.Require(KiotaListAll(TenPages).GetAwaiter().GetResult() == TenPages * CaseBodies.PageSize, "Kiota listing of 10 pages");
        ResultChecks.Require(KiotaListAll(HundredPages).GetAwaiter().GetResult() == HundredPages * CaseBodies.PageSize, "Kiota listing of 100 pages");
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

    private async Task<int> SdkListAll(int pages)
    {
        var filter = "pages:" + pages;
        var count = 0;
        await foreach (var item in _clients.Sdk.Api.V2.Cases.ListAllAsync(q => q.Filter = filter).ConfigureAwait(false))
        {
            count += item.Id is null ? 0 : 1;
        }

        return count;
    }

    // What a careful hand-written loop does: ask page after page until meta.page.total says it was the last one.
    private async Task<int> BaselineListAll(int pages)
    {
        var filter = "pages:" + pages;
        var count = 0;
        for (var number = 1; ; number++)
        {
            var page = await _clients.Baseline.SearchCasesAsync(CaseBodies.PageSize, number, filter).ConfigureAwait(false);
            foreach (var item in page.Data ?? [])
            {
                count += item.Id is null ? 0 : 1;
            }

            if (page.Data is null || page.Data.Count < CaseBodies.PageSize || number >= page.Meta?.Page?.Total)
            {
                return count;
            }
        }
    }

    // The baseline's loop, over Kiota's request builders and models.
    private async Task<int> KiotaListAll(int pages)
    {
        var filter = "pages:" + pages;
        var count = 0;
        for (var number = 1; ; number++)
        {
            var page = await _clients.Kiota.Client.Api.V2.Cases.GetAsync(c =>
            {
                c.QueryParameters.Pagesize = CaseBodies.PageSize;
                c.QueryParameters.Pagenumber = number;
                c.QueryParameters.Filter = filter;
            }).ConfigureAwait(false);
            foreach (var item in page?.Data ?? [])
            {
                count += item.Id is null ? 0 : 1;
            }

            if (page?.Data is null || page.Data.Count < CaseBodies.PageSize || number >= page.Meta?.Page?.Total)
            {
                return count;
            }
        }
    }
}
