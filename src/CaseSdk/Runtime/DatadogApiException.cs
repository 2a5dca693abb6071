using System.Net;

namespace CaseSdk;

/// <summary>The Datadog API answered with a non-success status.</summary>
public class DatadogApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operationId">The operation that failed, e.g. <c>GetCase</c>.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errors">The <c>errors</c> list from the response body (empty when the body had none).</param>
    /// <param name="isDocumentedStatus">Whether the spec documents this status for the operation.</param>
    /// <param name="rawBodyExcerpt">The start of the raw body, bounded in size.</param>
    /// <param name="rateLimit">The response's rate-limit headers, if it had any.</param>
    public DatadogApiException(string operationId, HttpStatusCode statusCode, IReadOnlyList<string> errors, bool isDocumentedStatus, string? rawBodyExcerpt, RateLimitInfo? rateLimit = null)
        : base(FormatMessage(operationId, statusCode, errors, isDocumentedStatus))
    {
        RateLimit = rateLimit;
        OperationId = operationId;
        StatusCode = statusCode;
        Errors = errors;
        IsDocumentedStatus = isDocumentedStatus;
        RawBodyExcerpt = rawBodyExcerpt;
    }

    /// <summary>The operation that failed, e.g. <c>GetCase</c>.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status the server answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The server's <c>errors</c> list; empty when the body carried none.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Whether the spec documents this status for the operation (an undocumented one hints at a proxy or an API change).</summary>
    public bool IsDocumentedStatus { get; }

    /// <summary>The rate-limit headers of the response (<c>X-RateLimit-*</c>), or null when it had none.</summary>
    public RateLimitInfo? RateLimit { get; }

    /// <summary>The beginning of the raw response body, bounded in size, for bodies that are not the documented error JSON.</summary>
    public string? RawBodyExcerpt { get; }

    private static string FormatMessage(string operationId, HttpStatusCode statusCode, IReadOnlyList<string> errors, bool isDocumentedStatus)
    {
        var status = $"{(int)statusCode} {statusCode}";
        var detail = errors.Count > 0 ? ": " + string.Join("; ", errors) : string.Empty;
        var undocumented = isDocumentedStatus ? string.Empty : " (a status the API reference does not document for this operation)";
        return $"{operationId} failed with {status}{undocumented}{detail}";
    }
}
