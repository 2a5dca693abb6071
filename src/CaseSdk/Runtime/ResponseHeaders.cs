using System.Net.Http.Headers;

namespace CaseSdk.Runtime;

/// <summary>Reads response headers for <see cref="DatadogResponse"/> and <see cref="DatadogApiException"/>.</summary>
internal static class ResponseHeaders
{
    /// <summary>
    /// The headers a request id is read from, in order. Datadog's API reference documents no response header for
    /// it (the reference document declares no response headers; the rate-limit page only <c>X-RateLimit-*</c>);
    /// <c>X-Datadog-Request-Id</c> is the one clients of the API read, and <c>X-Request-Id</c> the common name
    /// gateways use.
    /// </summary>
    internal static readonly string[] RequestIdHeaderNames = ["X-Datadog-Request-Id", "X-Request-Id"];

    /// <summary>A request id longer than this is cut: it is server input, shown in messages.</summary>
    private const int MaxRequestIdLength = 128;

    /// <summary>The request id of a response, or null when it has none (or only an empty one).</summary>
    public static string? RequestId(HttpResponseHeaders headers)
    {
        foreach (var name in RequestIdHeaderNames)
        {
            if (headers.TryGetValues(name, out var values) && values.FirstOrDefault()?.Trim() is { Length: > 0 } id)
            {
                return id.Length <= MaxRequestIdLength ? id : id.Substring(0, MaxRequestIdLength);
            }
        }

        return null;
    }

    /// <summary>Copies the response and content headers into a dictionary whose names are looked up ignoring case.</summary>
    public static Dictionary<string, IReadOnlyList<string>> Copy(HttpResponseMessage response)
    {
        var copy = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        Add(copy, response.Headers);
        if (response.Content is not null)
        {
            Add(copy, response.Content.Headers);
        }

        return copy;
    }

    private static void Add(Dictionary<string, IReadOnlyList<string>> copy, HttpHeaders headers)
    {
        foreach (var header in headers)
        {
            copy[header.Key] = header.Value.ToArray();
        }
    }
}
