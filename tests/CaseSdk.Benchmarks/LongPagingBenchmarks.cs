using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CaseSdk.Benchmarks.Data;

namespace CaseSdk.Benchmarks;

/// <summary>
/// The long listing beside <see cref="PagingBenchmarks"/>: 100,000 cases (1,000 pages of 100) through the SDK's
/// <c>ListAllAsync</c>, the hand-written page loop and the same loop over the Kiota-generated client, per case
/// (OperationsPerInvoke = 100,000), so its rows compare directly with the 10- and 100-page rows: constant
/// allocation per case means the same figure on all three. The stub serves these pages from a few kept bodies
/// (<see cref="Stub.LongListingPages"/>). Each benchmark process first checks that its client read every case of
/// the listing and stopped at <c>meta.page.total</c>.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[Config(typeof(LongListingJobConfig))]
[CategoriesColumn]
public class LongPagingBenchmarks
{
    private const int ThousandPages = 1_000;
    private const int Cases = ThousandPages * CaseBodies.PageSize;
    private const string ThousandPagesCategory = "1,000 pages (100,000 cases), per case";

    private Clients _clients = null!;

    // One setup per row: a 1,000-page listing takes seconds (about 10 s through Kiota), so each process checks the
    // client it measures.
    [GlobalSetup(Target = nameof(BaselineThousandPages))]
    public void SetupBaseline() => Connect(Listings.BaselineListAll, "baseline");

    [GlobalSetup(Target = nameof(SdkThousandPages))]
    public void SetupSdk() => Connect(Listings.SdkListAll, "SDK");

    [GlobalSetup(Target = nameof(KiotaThousandPages))]
    public void SetupKiota() => Connect(Listings.KiotaListAll, "Kiota");

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, Description = "Baseline", OperationsPerInvoke = Cases)]
    [BenchmarkCategory(ThousandPagesCategory)]
    public Task<int> BaselineThousandPages() => Listings.BaselineListAll(_clients, ThousandPages);

    [Benchmark(Description = "SDK ListAllAsync", OperationsPerInvoke = Cases)]
    [BenchmarkCategory(ThousandPagesCategory)]
    public Task<int> SdkThousandPages() => Listings.SdkListAll(_clients, ThousandPages);

    [Benchmark(Description = "Kiota page loop", OperationsPerInvoke = Cases)]
    [BenchmarkCategory(ThousandPagesCategory)]
    public Task<int> KiotaThousandPages() => Listings.KiotaListAll(_clients, ThousandPages);

    private void Connect(Func<Clients, int, Task<int>> listAll, string who)
    {
        _clients = Clients.Connect();
        Listings.RequireComplete(listAll, _clients, ThousandPages, who);
        Console.WriteLine($"// Setup check passed: the {who} listing read all {Cases:N0} cases of {ThousandPages:N0} pages.");
    }
}
