using System.Globalization;
using System.Net;
using CaseSdk.Runtime;

namespace CaseSdk;

/// <summary>
/// What a <c>...WithResponseAsync</c> call returns beside the body: the status, the response headers, the rate-limit
/// headers read into <see cref="RateLimitInfo"/>, and the request id to quote to Datadog support. Operations that
/// answer without a body return this type; the others return <see cref="DatadogResponse{T}"/>.
/// </summary>
/// <remarks>The public constructor is for tests that fake a call: every member is what it was given.</remarks>
public class DatadogResponse
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a response description, for example to return from a faked call.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="headers">The response headers (names are looked up ignoring case); null for none.</param>
    /// <param name="rateLimit">The rate-limit information; null when the response carries none.</param>
    /// <param name="requestId">The request id the server assigned; null when it sent none.</param>
    public DatadogResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null, RateLimitInfo? rateLimit = null, string? requestId = null)
    {
        StatusCode = statusCode;
        Headers = headers is null || headers.Count == 0 ? NoHeaders : CaseInsensitive(headers);
        RateLimit = rateLimit;
        RequestId = requestId;
    }

    /// <summary>Copies another description (what <see cref="DatadogResponse{T}"/> adds its value to).</summary>
    private protected DatadogResponse(DatadogResponse details)
    {
        StatusCode = details.StatusCode;
        Headers = details.Headers;
        RateLimit = details.RateLimit;
        RequestId = details.RequestId;
    }

    /// <summary>The HTTP status the server answered with (a success status: errors throw <see cref="DatadogApiException"/>).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The response and content headers by name (looked up ignoring case), each with its values in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>The rate-limit headers (<c>X-RateLimit-*</c>), typed; null when the response had none.</summary>
    public RateLimitInfo? RateLimit { get; }

    /// <summary>
    /// The id the server gave the request (<c>X-Datadog-Request-Id</c>, else <c>X-Request-Id</c>), to quote to
    /// Datadog support; null when the response carried neither.
    /// </summary>
    public string? RequestId { get; }

    /// <summary>The status, request id and rate limit; never headers' values.</summary>
    public override string ToString() =>
        $"{((int)StatusCode).ToString(CultureInfo.InvariantCulture)} {StatusCode}{(RequestId is null ? string.Empty : $", request id {RequestId}")}{(RateLimit is null ? string.Empty : $", rate limit: {RateLimit}")}";

    /// <summary>Reads the details of a received response; called only by the <c>...WithResponseAsync</c> path.</summary>
    internal static DatadogResponse From(HttpResponseMessage response) =>
        new(response.StatusCode, ResponseHeaders.Copy(response), RateLimitInfo.From(response.Headers), ResponseHeaders.RequestId(response.Headers));

    private static Dictionary<string, IReadOnlyList<string>> CaseInsensitive(IReadOnlyDictionary<string, IReadOnlyList<string>> headers)
    {
        var copy = new Dictionary<string, IReadOnlyList<string>>(headers.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            copy[header.Key] = header.Value ?? [];
        }

        return copy;
    }
}
