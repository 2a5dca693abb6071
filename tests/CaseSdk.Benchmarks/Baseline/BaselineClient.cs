using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.Benchmarks.Baseline;

/// <summary>
/// The hand-written client the SDK is measured against: one <see cref="HttpClient"/> over a
/// <see cref="SocketsHttpHandler"/> with the SDK's transport settings (decompression, pooled connections),
/// credentials as default headers, and source-generated System.Text.Json over a response stream.
/// No retries, no logging, no tracing, no deadline.
/// </summary>
public sealed class BaselineClient : IDisposable
{
    private readonly HttpClient _http;

    public BaselineClient(Uri baseAddress, string apiKey, string applicationKey)
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress };
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.TryAddWithoutValidation("DD-API-KEY", apiKey);
        _http.DefaultRequestHeaders.TryAddWithoutValidation("DD-APPLICATION-KEY", applicationKey);
        _http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "baseline/1.0");
    }

    public Task<CaseEnvelope> GetCaseAsync(string caseId, CancellationToken cancellationToken = default) =>
        GetJsonAsync("api/v2/cases/" + Uri.EscapeDataString(caseId), BaselineJsonContext.Default.CaseEnvelope, cancellationToken);

    public Task<CasesPage> SearchCasesAsync(long pageSize, long pageNumber, string? filter = null, CancellationToken cancellationToken = default)
    {
        var path = "api/v2/cases?page%5Bsize%5D=" + pageSize.ToString(CultureInfo.InvariantCulture)
            + "&page%5Bnumber%5D=" + pageNumber.ToString(CultureInfo.InvariantCulture);
        if (filter is not null)
        {
            path += "&filter=" + Uri.EscapeDataString(filter);
        }

        return GetJsonAsync(path, BaselineJsonContext.Default.CasesPage, cancellationToken);
    }

    public async Task<CaseEnvelope> CreateCaseAsync(NewCaseRequest body, CancellationToken cancellationToken = default)
    {
        // JsonContent serializes straight into the request stream: no intermediate byte[].
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v2/cases")
        {
            Content = JsonContent.Create(body, BaselineJsonContext.Default.NewCaseRequest),
        };
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.CaseEnvelope, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The body was JSON null.");
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> GetJsonAsync<T>(string relativeUrl, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(relativeUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new JsonException("The body was JSON null.");
    }
}
