using System.Net;

namespace CaseSdk;

/// <summary>A response body (<see cref="Value"/>) with the details of the response that carried it.</summary>
/// <typeparam name="T">The body's type.</typeparam>
/// <remarks>The public constructor is for tests that fake a call.</remarks>
public sealed class DatadogResponse<T> : DatadogResponse
{
    /// <summary>Creates a response, for example to return from a faked call.</summary>
    /// <param name="value">The body.</param>
    /// <param name="statusCode">The HTTP status; 200 when not given.</param>
    /// <param name="headers">The response headers (names are looked up ignoring case); null for none.</param>
    /// <param name="rateLimit">The rate-limit information; null when the response carries none.</param>
    /// <param name="requestId">The request id the server assigned; null when it sent none.</param>
    public DatadogResponse(T value, HttpStatusCode statusCode = HttpStatusCode.OK, IReadOnlyDictionary<string, IReadOnlyList<string>>? headers = null, RateLimitInfo? rateLimit = null, string? requestId = null)
        : base(statusCode, headers, rateLimit, requestId)
    {
        Value = value;
    }

    /// <summary>Pairs a received body with the details already read from its response.</summary>
    internal DatadogResponse(T value, DatadogResponse details)
        : base(details)
    {
        Value = value;
    }

    /// <summary>The response body.</summary>
    public T Value { get; }
}
