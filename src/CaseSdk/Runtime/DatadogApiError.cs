namespace CaseSdk;

/// <summary>
/// One item of an error response's <c>errors</c> list. Case Management answers JSON:API error objects
/// (<c>{"status":"400","title":"Bad Request","detail":"..."}</c>); Roles and Incident Teams answer plain strings
/// (<c>"Bad Request"</c>). Both arrive here: a string fills <see cref="Message"/> only.
/// </summary>
/// <remarks>Every text is bounded in length (the server's text is cut, ending in <c>…</c>).</remarks>
public sealed class DatadogApiError
{
    /// <summary>Creates an error that is a plain message, as the Roles and Incident Teams operations send them.</summary>
    /// <param name="message">The message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public DatadogApiError(string message)
        : this(message ?? throw new ArgumentNullException(nameof(message)), null, null, null, null, null, null, rawJson: null)
    {
    }

    /// <summary>Creates an error with the members of a JSON:API error object.</summary>
    /// <param name="message">The text to show for the error: the detail, else the title, else the raw JSON.</param>
    /// <param name="status">The HTTP status as the object states it (<c>"400"</c>).</param>
    /// <param name="title">A short summary of the problem.</param>
    /// <param name="detail">This occurrence's explanation.</param>
    /// <param name="code">An application-specific error code.</param>
    /// <param name="source">Where the problem is in the request.</param>
    /// <param name="meta">The <c>meta</c> member as raw JSON.</param>
    /// <param name="rawJson">The item as the server sent it (raw JSON); null to write <paramref name="message"/> as a JSON string.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public DatadogApiError(string message, string? status, string? title, string? detail, string? code, DatadogApiErrorSource? source, string? meta, string? rawJson)
    {
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Status = status;
        Title = title;
        Detail = detail;
        Code = code;
        Source = source;
        Meta = meta;
        RawJson = rawJson ?? "\"" + System.Text.Json.JsonEncodedText.Encode(message).Value + "\"";
    }

    /// <summary>The text of the error: the string itself, or the object's <c>detail</c>, else its <c>title</c>, else its raw JSON.</summary>
    public string Message { get; }

    /// <summary>The object's <c>status</c> (the HTTP status as text, e.g. <c>"400"</c>); null for a plain message.</summary>
    public string? Status { get; }

    /// <summary>The object's <c>title</c>, a short summary of the problem; null when absent.</summary>
    public string? Title { get; }

    /// <summary>The object's <c>detail</c>, this occurrence's explanation; null when absent.</summary>
    public string? Detail { get; }

    /// <summary>The object's <c>code</c>, an application-specific error code; null when absent.</summary>
    public string? Code { get; }

    /// <summary>The object's <c>source</c>: what in the request caused the error; null when absent.</summary>
    public DatadogApiErrorSource? Source { get; }

    /// <summary>The object's <c>meta</c> member as raw JSON; null when absent. Cut (and then no longer valid JSON) past 4,096 characters.</summary>
    public string? Meta { get; }

    /// <summary>The item as the server sent it, as raw JSON (a JSON string for a plain message). Cut (and then no longer valid JSON) past 4,096 characters.</summary>
    public string RawJson { get; }

    /// <summary>Whether the server sent a JSON object (a JSON:API error object) rather than a string or another value.</summary>
    public bool IsObject => RawJson.Length > 0 && RawJson[0] == '{';

    /// <inheritdoc />
    public override string ToString() => Message;
}
