using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Benchmarks.Data;
using CaseSdk.Models;
using Microsoft.Kiota.Serialization.Json;
using KiotaModels = KiotaGenerated.Models;

namespace CaseSdk.Benchmarks;

/// <summary>
/// JSON alone, no HTTP: a live-shaped <c>SearchCases</c> page of 100 cases (see <see cref="CaseBodies"/>) read from
/// a stream, and a <c>CaseCreateRequest</c> written to UTF-8 bytes (what the request body is made of), by the
/// baseline, the SDK and the Kiota-generated models (Kiota's <see cref="JsonParseNodeFactory"/> and
/// <see cref="JsonSerializationWriter"/>, as its request adapter uses them). In process, so it runs on
/// BenchmarkDotNet's default job rather than the suite's loopback job. The setup checks are the loopback rows'.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SerializationBenchmarks
{
    private MemoryStream _page = null!;
    private CaseCreateRequest _sdkRequest = null!;
    private NewCaseRequest _baselineRequest = null!;
    private NewCaseRequestWithExtensionData _extensionDataRequest = null!;
    private KiotaModels.CaseCreateRequest _kiotaRequest = null!;
    private readonly JsonParseNodeFactory _kiotaParseNodes = new();

    // The type information the SDK's own calls read and write with (CaseSdkJsonOptions), resolved once as they are.
    private readonly JsonTypeInfo<CasesResponse> _sdkPageType = (JsonTypeInfo<CasesResponse>)CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CasesResponse));
    private readonly JsonTypeInfo<CaseCreateRequest> _sdkCreateType = (JsonTypeInfo<CaseCreateRequest>)CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CaseCreateRequest));

    [GlobalSetup]
    public void Setup()
    {
        var body = CaseBodies.SearchPage(0, 100);
        _page = new MemoryStream(body, writable: false);
        Console.WriteLine($"// SearchCases page: {body.Length:N0} bytes, {CaseBodies.PageSize} cases");

        _sdkRequest = CreateCaseBodies.Sdk();
        _baselineRequest = CreateCaseBodies.Baseline();
        _extensionDataRequest = CreateCaseBodies.BaselineWithExtensionData();
        _kiotaRequest = CreateCaseBodies.Kiota();

        // Same input, same output: both sides must do the same work.
        ResultChecks.SdkPage(DeserializeSdk().AsTask().GetAwaiter().GetResult(), CaseBodies.PageSize);
        ResultChecks.BaselinePage(DeserializeBaseline().AsTask().GetAwaiter().GetResult(), CaseBodies.PageSize);
        ResultChecks.KiotaPage(DeserializeKiota().GetAwaiter().GetResult(), CaseBodies.PageSize);
        using (var kiotaBody = SerializeKiota())
        {
            var bytes = ((MemoryStream)kiotaBody).ToArray();
            ResultChecks.Require(bytes.AsSpan().SequenceEqual(ResultChecks.KiotaRequestBody(_kiotaRequest)), "CaseCreateRequest body (Kiota's writer differs from its adapter's)");
            ResultChecks.Require(ResultChecks.SameRequestBody(bytes, SerializeBaseline()), "CaseCreateRequest body (Kiota and baseline differ)");
        }

        Console.WriteLine("// Setup checks passed: baseline, SDK and Kiota read every member of the page and write the same create body.");
        ResultChecks.Require(ResultChecks.SameRequestBody(SerializeSdk(), SerializeBaseline()), "CaseCreateRequest body (SDK and baseline differ)");
        ResultChecks.Require(SerializeBaselineWithExtensionData().AsSpan().SequenceEqual(SerializeBaseline()), "CaseCreateRequest body (extension-data baseline differs)");
    }

    [GlobalCleanup]
    public void Cleanup() => _page.Dispose();

    [Benchmark(Baseline = true, Description = "Baseline")]
    [BenchmarkCategory("Deserialize SearchCases page (100 cases)")]
    public ValueTask<CasesPage?> DeserializeBaseline()
    {
        _page.Position = 0;
        return JsonSerializer.DeserializeAsync(_page, BaselineJsonContext.Default.CasesPage);
    }

    [Benchmark(Description = "SDK")]
    [BenchmarkCategory("Deserialize SearchCases page (100 cases)")]
    public ValueTask<CasesResponse?> DeserializeSdk()
    {
        _page.Position = 0;
        return JsonSerializer.DeserializeAsync(_page, _sdkPageType);
    }

    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory("Deserialize SearchCases page (100 cases)")]
    public async Task<KiotaModels.CasesResponse?> DeserializeKiota()
    {
        _page.Position = 0;
        var root = await _kiotaParseNodes.GetRootParseNodeAsync("application/json", _page).ConfigureAwait(false);
        return root.GetObjectValue(KiotaModels.CasesResponse.CreateFromDiscriminatorValue);
    }

    [Benchmark(Baseline = true, Description = "Baseline")]
    [BenchmarkCategory("Serialize CaseCreateRequest")]
    public byte[] SerializeBaseline() => JsonSerializer.SerializeToUtf8Bytes(_baselineRequest, BaselineJsonContext.Default.NewCaseRequest);

    [Benchmark(Description = "SDK")]
    [BenchmarkCategory("Serialize CaseCreateRequest")]
    public byte[] SerializeSdk() => JsonSerializer.SerializeToUtf8Bytes(_sdkRequest, _sdkCreateType);

    /// <summary>
    /// The stream Kiota's writer fills, which its request adapter sends as the body: the bytes, like the other rows'
    /// arrays, without a copy the adapter does not make.
    /// </summary>
    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory("Serialize CaseCreateRequest")]
    public Stream SerializeKiota()
    {
        using var writer = new JsonSerializationWriter();
        writer.WriteObjectValue(null, _kiotaRequest);
        return writer.GetSerializedContent();
    }

    /// <summary>
    /// Not a goal row: the baseline's types with <c>[JsonExtensionData]</c> added, which turns off System.Text.Json's
    /// source-generated fast path for writing. It shows how much of the SDK's serialization cost is that attribute.
    /// </summary>
    [Benchmark(Description = "Baseline + [JsonExtensionData]")]
    [BenchmarkCategory("Serialize CaseCreateRequest")]
    public byte[] SerializeBaselineWithExtensionData() => JsonSerializer.SerializeToUtf8Bytes(_extensionDataRequest, ExtensionDataJsonContext.Default.NewCaseRequestWithExtensionData);
}
