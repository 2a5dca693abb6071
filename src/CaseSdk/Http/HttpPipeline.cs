using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseSdk.Http;

/// <summary>
/// Assembles the handler chain: telemetry → retry → authentication → redirect guard → transport.
/// Retries sit above authentication so each attempt gets fresh credentials (a refreshed token); authentication and the
/// redirect guard both bind credentials to the configured origin, and the redirect guard never changes the request
/// a retry resends.
/// </summary>
internal static class HttpPipeline
{
    /// <summary>Builds the chain over <paramref name="transport"/> (or a new pooled transport when null).</summary>
    public static HttpMessageHandler Create(DatadogClientOptions options, HttpMessageHandler? transport, bool disposeTransport)
    {
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("CaseSdk");
        // Credentials are bound to this origin on every attempt and every redirect hop.
        var origin = new RequestOrigin(options.EffectiveBaseAddress);
        var inner = transport is null ? CreateTransport() : disposeTransport ? transport : new NonDisposingHandler(transport);
        return Chain(
            inner,
            new TelemetryHandler(logger),
            new RetryHandler(options.Retry, options.TimeProvider, logger),
            new AuthenticationHandler(options.Credentials!, origin),
            new RedirectHandler(origin));
    }

    /// <summary>The default transport: pooled connections, decompression, no automatic redirects.</summary>
    public static HttpMessageHandler CreateTransport()
    {
#if NETSTANDARD2_0
        return new HttpClientHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        };
#else
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
#endif
    }

    private static HttpMessageHandler Chain(HttpMessageHandler transport, params DelegatingHandler[] outermostFirst)
    {
        HttpMessageHandler inner = transport;
        for (var i = outermostFirst.Length - 1; i >= 0; i--)
        {
            outermostFirst[i].InnerHandler = inner;
            inner = outermostFirst[i];
        }

        return inner;
    }

    /// <summary>Wraps a caller-owned handler so disposing the client leaves it alive.</summary>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        // Dispose(false) marks this handler disposed without disposing the caller's handler.
        protected override void Dispose(bool disposing) => base.Dispose(false);
    }
}
