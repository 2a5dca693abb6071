using System.Net;

namespace CaseSdk;

/// <summary>The Datadog API answered with a non-success status.</summary>
public class DatadogApiException : Exception
{
    /// <summary>The most error messages the exception's <see cref="Exception.Message"/> lists; <see cref="Errors"/> keeps them all.</summary>
    private const int MaxMessagesInText = 10;

    /// <summary>Creates the exception; only the operation and the status are needed, so a test can build one in a line.</summary>
    /// <param name="operationId">The operation that failed, e.g. <c>GetCase</c>.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="errors">
    /// The <c>errors</c> list from the response body; null or empty when the body had none. A plain message is
    /// <c>new DatadogApiError("...")</c>.
    /// </param>
    /// <param name="isDocumentedStatus">Whether the spec documents this status for the operation.</param>
    /// <param name="rawBodyExcerpt">The start of the raw body, bounded in size.</param>
    /// <param name="rateLimit">The response's rate-limit headers, if it had any.</param>
    /// <param name="requestId">The request id the server gave the request, if it sent one.</param>
    /// <remarks>
    /// The one public constructor: a second one that took the messages as strings made <c>[]</c> for the list
    /// ambiguous.
    /// </remarks>
    public DatadogApiException(string operationId, HttpStatusCode statusCode, IReadOnlyList<DatadogApiError>? errors = null, bool isDocumentedStatus = true, string? rawBodyExcerpt = null, RateLimitInfo? rateLimit = null, string? requestId = null)
        : this(operationId, statusCode, errors ?? [], ToMessages(errors), isDocumentedStatus, rawBodyExcerpt, rateLimit, requestId)
    {
    }

    private DatadogApiException(string operationId, HttpStatusCode statusCode, IReadOnlyList<DatadogApiError> errors, IReadOnlyList<string> messages, bool isDocumentedStatus, string? rawBodyExcerpt, RateLimitInfo? rateLimit, string? requestId)
        : base(FormatMessage(operationId, statusCode, messages, isDocumentedStatus, requestId))
    {
        RateLimit = rateLimit;
        OperationId = operationId;
        StatusCode = statusCode;
        Errors = errors;
        ErrorMessages = messages;
        IsDocumentedStatus = isDocumentedStatus;
        RawBodyExcerpt = rawBodyExcerpt;
        RequestId = requestId;
    }

    /// <summary>The operation that failed, e.g. <c>GetCase</c>.</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status the server answered with.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>
    /// The server's <c>errors</c> list, one item per entry whatever its shape (JSON:API error object or plain string);
    /// empty when the body carried none. At most 100 items are kept.
    /// </summary>
    public IReadOnlyList<DatadogApiError> Errors { get; }

    /// <summary>The text of each of <see cref="Errors"/> (<see cref="DatadogApiError.Message"/>), in the same order.</summary>
    public IReadOnlyList<string> ErrorMessages { get; }

    /// <summary>Whether the spec documents this status for the operation (an undocumented one hints at a proxy or an API change).</summary>
    public bool IsDocumentedStatus { get; }

    /// <summary>The rate-limit headers of the response (<c>X-RateLimit-*</c>), or null when it had none.</summary>
    public RateLimitInfo? RateLimit { get; }

    /// <summary>
    /// The id the server gave the request (<c>X-Datadog-Request-Id</c>, else <c>X-Request-Id</c>), to quote to
    /// Datadog support; null when the response carried neither.
    /// </summary>
    public string? RequestId { get; }

    /// <summary>The beginning of the raw response body, bounded in size, for bodies that are not the documented error JSON.</summary>
    public string? RawBodyExcerpt { get; }

    private static IReadOnlyList<string> ToMessages(IReadOnlyList<DatadogApiError>? errors)
    {
        if (errors is null || errors.Count == 0)
        {
            return [];
        }

        var messages = new string[errors.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = errors[i]?.Message ?? string.Empty;
        }

        return messages;
    }

    private static string FormatMessage(string operationId, HttpStatusCode statusCode, IReadOnlyList<string> messages, bool isDocumentedStatus, string? requestId)
    {
        var status = $"{(int)statusCode} {statusCode}";
        var detail = string.Empty;
        if (messages.Count > 0)
        {
            detail = ": " + string.Join("; ", messages.Take(MaxMessagesInText));
            if (messages.Count > MaxMessagesInText)
            {
                detail += $" (and {messages.Count - MaxMessagesInText} more)";
            }
        }

        var undocumented = isDocumentedStatus ? string.Empty : " (a status the API reference does not document for this operation)";
        var request = requestId is null ? string.Empty : $" (request id {requestId})";
        return $"{operationId} failed with {status}{undocumented}{request}{detail}";
    }
}
