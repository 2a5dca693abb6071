using System.Net;
using System.Net.Http.Headers;

namespace CaseSdk.ContractTests.Support;

/// <summary>
/// Sits between the SDK's pipeline and the transport and records every exchange as it went over the wire:
/// method, URL, request body, and the status, headers and body of the answer.
/// </summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private readonly List<RecordedExchange> _exchanges = [];

    public RecordingHandler(HttpMessageHandler transport)
        : base(transport)
    {
    }

    public IReadOnlyList<RecordedExchange> Exchanges
    {
        get
        {
            lock (_exchanges)
            {
                return [.. _exchanges];
            }
        }
    }

    /// <summary>The one exchange since the last <see cref="Clear"/>; fails when there were none or several.</summary>
    public RecordedExchange Single(string operationId)
    {
        var exchanges = Exchanges;
        Assert.That(exchanges, Has.Count.EqualTo(1), $"{operationId} should send exactly one request");
        return exchanges[0];
    }

    public void Clear()
    {
        lock (_exchanges)
        {
            _exchanges.Clear();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var requestBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);

        // Buffer the answer so it can be both recorded and handed on to the SDK.
        var responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var replacement = new ByteArrayContent(responseBody);
        foreach (var header in response.Content.Headers)
        {
            replacement.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = replacement;
        lock (_exchanges)
        {
            _exchanges.Add(new RecordedExchange(
                request.Method,
                request.RequestUri!,
                requestBody,
                request.Content?.Headers.ContentType,
                response.StatusCode,
                response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
                System.Text.Encoding.UTF8.GetString(responseBody)));
        }

        return response;
    }
}

/// <summary>One request and the answer it got.</summary>
internal sealed record RecordedExchange(
    HttpMethod Method,
    Uri Uri,
    string? RequestBody,
    MediaTypeHeaderValue? RequestContentType,
    HttpStatusCode Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    string ResponseBody);
