namespace CaseSdk;

/// <summary>Per-request options: query parameters and extra headers.</summary>
/// <typeparam name="TQueryParameters">The operation's query-parameter class.</typeparam>
public sealed class RequestConfiguration<TQueryParameters>
    where TQueryParameters : class, new()
{
    /// <summary>The query parameters to send; unset (null) members are left out of the URL.</summary>
    public TQueryParameters QueryParameters { get; set; } = new();

    /// <summary>
    /// Extra request headers (case-insensitive names; values printable ASCII). Credentials are set by the client:
    /// <c>DD-API-KEY</c>, <c>DD-APPLICATION-KEY</c> and <c>Authorization</c> are refused here.
    /// </summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
