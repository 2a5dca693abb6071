using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Benchmarks.Data;
using CaseSdk.Models;
using KiotaModels = KiotaGenerated.Models;

namespace CaseSdk.Benchmarks;

/// <summary>
/// Whole calls over loopback HTTP to the Kestrel stub: <c>GetCase</c> (one live-shaped case, about 3 KB with its
/// <c>included</c> users), <c>CreateCase</c> (a POST with a JSON body, answered with the same body) and
/// <c>SearchCases</c> (100 cases, about 197 KB); one caller, and 16 and 64 concurrent callers for the two reads. The
/// SDK goes through its full pipeline (telemetry, Polly retry, authentication, redirect guard, deadline, logging at
/// Information); the Kiota-generated client through Kiota's default middleware; the baseline is a bare
/// <see cref="HttpClient"/>. Concurrent rows are per call (OperationsPerInvoke = callers).
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[Config(typeof(LoopbackJobConfig))]
[CategoriesColumn]
public class RoundTripBenchmarks
{
    private const int Callers = 16;
    private const int ManyCallers = 64;
    private const string GetCase = "GetCase";
    private const string CreateCase = "CreateCase";
    private const string SearchCases = "SearchCases (100 cases)";
    private const string GetCaseConcurrent = "GetCase, 16 callers";
    private const string SearchCasesConcurrent = "SearchCases (100 cases), 16 callers";
    private const string GetCaseManyCallers = "GetCase, 64 callers";
    private const string SearchCasesManyCallers = "SearchCases (100 cases), 64 callers";

    private static readonly string CaseId = CaseBodies.CaseId(0, 7);

    private Clients _clients = null!;
    private CaseCreateRequest _sdkCreate = null!;
    private NewCaseRequest _baselineCreate = null!;
    private KiotaModels.CaseCreateRequest _kiotaCreate = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clients = Clients.Connect();
        _sdkCreate = CreateCaseBodies.Sdk();
        _baselineCreate = CreateCaseBodies.Baseline();
        _kiotaCreate = CreateCaseBodies.Kiota();
        ResultChecks.Require(
            ResultChecks.SameRequestBody(ResultChecks.KiotaRequestBody(_kiotaCreate), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(_baselineCreate, BaselineJsonContext.Default.NewCaseRequest)),
            "CaseCreateRequest body (Kiota and baseline differ)");
        ResultChecks.KiotaCaseResponse(KiotaCreateCase().GetAwaiter().GetResult());
        ResultChecks.KiotaCaseResponse(KiotaGetCase().GetAwaiter().GetResult());
        ResultChecks.KiotaPage(KiotaSearchCases().GetAwaiter().GetResult(), CaseBodies.PageSize);
        ResultChecks.SdkCaseResponse(SdkCreateCase().GetAwaiter().GetResult());
        ResultChecks.BaselineCaseResponse(BaselineCreateCase().GetAwaiter().GetResult());
        ResultChecks.SdkCaseResponse(SdkGetCase().GetAwaiter().GetResult());
        ResultChecks.BaselineCaseResponse(BaselineGetCase().GetAwaiter().GetResult());
        ResultChecks.SdkPage(SdkSearchCases().GetAwaiter().GetResult(), CaseBodies.PageSize);
        ResultChecks.BaselinePage(BaselineSearchCases().GetAwaiter().GetResult(), CaseBodies.PageSize);
        Console.WriteLine("// Setup checks passed: baseline, SDK and Kiota read every member of GetCase, CreateCase and SearchCases; Kiota's create body equals the baseline's.");
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, Description = "Baseline")]
    [BenchmarkCategory(GetCase)]
    public Task<CaseEnvelope> BaselineGetCase() => _clients.Baseline.GetCaseAsync(CaseId);

    [Benchmark(Description = "SDK")]
    [BenchmarkCategory(GetCase)]
    public Task<CaseResponse> SdkGetCase() => _clients.Sdk.Api.V2.Cases[CaseId].GetAsync();

    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory(GetCase)]
    public Task<KiotaModels.CaseResponse?> KiotaGetCase() => _clients.Kiota.Client.Api.V2.Cases[CaseId].GetAsync();

    [Benchmark(Baseline = true, Description = "Baseline")]
    [BenchmarkCategory(CreateCase)]
    public Task<CaseEnvelope> BaselineCreateCase() => _clients.Baseline.CreateCaseAsync(_baselineCreate);

    [Benchmark(Description = "SDK")]
    [BenchmarkCategory(CreateCase)]
    public Task<CaseResponse> SdkCreateCase() => _clients.Sdk.Api.V2.Cases.PostAsync(_sdkCreate);

    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory(CreateCase)]
    public Task<KiotaModels.CaseResponse?> KiotaCreateCase() => _clients.Kiota.Client.Api.V2.Cases.PostAsync(_kiotaCreate);

    [Benchmark(Baseline = true, Description = "Baseline")]
    [BenchmarkCategory(SearchCases)]
    public Task<CasesPage> BaselineSearchCases() => _clients.Baseline.SearchCasesAsync(CaseBodies.PageSize, 1);

    [Benchmark(Description = "SDK")]
    [BenchmarkCategory(SearchCases)]
    public Task<CasesResponse> SdkSearchCases() => _clients.Sdk.Api.V2.Cases.GetAsync(c =>
    {
        c.QueryParameters.PageSize = CaseBodies.PageSize;
        c.QueryParameters.PageNumber = 1;
    });

    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory(SearchCases)]
    public Task<KiotaModels.CasesResponse?> KiotaSearchCases() => _clients.Kiota.Client.Api.V2.Cases.GetAsync(c =>
    {
        c.QueryParameters.Pagesize = CaseBodies.PageSize;
        c.QueryParameters.Pagenumber = 1;
    });

    [Benchmark(Baseline = true, Description = "Baseline", OperationsPerInvoke = Callers)]
    [BenchmarkCategory(GetCaseConcurrent)]
    public Task BaselineGetCaseConcurrent() => Concurrently(Callers, () => BaselineGetCase());

    [Benchmark(Description = "SDK", OperationsPerInvoke = Callers)]
    [BenchmarkCategory(GetCaseConcurrent)]
    public Task SdkGetCaseConcurrent() => Concurrently(Callers, () => SdkGetCase());

    [Benchmark(Description = "Kiota", OperationsPerInvoke = Callers)]
    [BenchmarkCategory(GetCaseConcurrent)]
    public Task KiotaGetCaseConcurrent() => Concurrently(Callers, () => KiotaGetCase());

    [Benchmark(Baseline = true, Description = "Baseline", OperationsPerInvoke = Callers)]
    [BenchmarkCategory(SearchCasesConcurrent)]
    public Task BaselineSearchCasesConcurrent() => Concurrently(Callers, () => BaselineSearchCases());

    [Benchmark(Description = "SDK", OperationsPerInvoke = Callers)]
    [BenchmarkCategory(SearchCasesConcurrent)]
    public Task SdkSearchCasesConcurrent() => Concurrently(Callers, () => SdkSearchCases());

    [Benchmark(Description = "Kiota", OperationsPerInvoke = Callers)]
    [BenchmarkCategory(SearchCasesConcurrent)]
    public Task KiotaSearchCasesConcurrent() => Concurrently(Callers, () => KiotaSearchCases());

    [Benchmark(Baseline = true, Description = "Baseline", OperationsPerInvoke = ManyCallers)]
    [BenchmarkCategory(GetCaseManyCallers)]
    public Task BaselineGetCaseManyCallers() => Concurrently(ManyCallers, () => BaselineGetCase());

    [Benchmark(Description = "SDK", OperationsPerInvoke = ManyCallers)]
    [BenchmarkCategory(GetCaseManyCallers)]
    public Task SdkGetCaseManyCallers() => Concurrently(ManyCallers, () => SdkGetCase());

    [Benchmark(Description = "Kiota", OperationsPerInvoke = ManyCallers)]
    [BenchmarkCategory(GetCaseManyCallers)]
    public Task KiotaGetCaseManyCallers() => Concurrently(ManyCallers, () => KiotaGetCase());

    [Benchmark(Baseline = true, Description = "Baseline", OperationsPerInvoke = ManyCallers)]
    [BenchmarkCategory(SearchCasesManyCallers)]
    public Task BaselineSearchCasesManyCallers() => Concurrently(ManyCallers, () => BaselineSearchCases());

    [Benchmark(Description = "SDK", OperationsPerInvoke = ManyCallers)]
    [BenchmarkCategory(SearchCasesManyCallers)]
    public Task SdkSearchCasesManyCallers() => Concurrently(ManyCallers, () => SdkSearchCases());

    [Benchmark(Description = "Kiota", OperationsPerInvoke = ManyCallers)]
    [BenchmarkCategory(SearchCasesManyCallers)]
    public Task KiotaSearchCasesManyCallers() => Concurrently(ManyCallers, () => KiotaSearchCases());

    private static Task Concurrently(int callers, Func<Task> call)
    {
        var calls = new Task[callers];
        for (var i = 0; i < calls.Length; i++)
        {
            calls[i] = Task.Run(call);
        }

        return Task.WhenAll(calls);
    }
}
