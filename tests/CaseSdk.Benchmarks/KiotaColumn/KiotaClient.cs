using System.Net;
using KiotaGenerated;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace CaseSdk.Benchmarks.KiotaColumn;

/// <summary>
/// The Kiota-generated client of spec/openapi.yaml as a Kiota user creates it: Kiota's default middleware handlers
/// (retry and redirect among them) from <see cref="KiotaClientFactory"/>, over a <see cref="SocketsHttpHandler"/>
/// with the SDK's transport settings, and the API key headers.
/// </summary>
public sealed class KiotaClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly HttpClientRequestAdapter _adapter;

    public KiotaClient(Uri baseAddress, string apiKey, string applicationKey)
    {
        // The SDK's default transport (HttpPipeline): no automatic redirects, every decompression, pooled connections.
        var transport = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _http = KiotaClientFactory.Create(transport);
        _adapter = new HttpClientRequestAdapter(new ApiKeyHeadersAuthenticationProvider(apiKey, applicationKey), httpClient: _http)
        {
            // Generated paths start with "/api"; the stub's address ends with "/".
            BaseUrl = baseAddress.ToString().TrimEnd('/'),
        };
        Client = new KiotaCaseClient(_adapter);
    }

    /// <summary>The generated root.</summary>
    public KiotaCaseClient Client { get; }

    public void Dispose()
    {
        _adapter.Dispose();
        _http.Dispose();
    }
}
