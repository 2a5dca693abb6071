namespace CaseSdk;

/// <summary>Where a JSON:API error object says the problem is (its <c>source</c> member).</summary>
public sealed class DatadogApiErrorSource
{
    /// <summary>Creates the source.</summary>
    /// <param name="pointer">A JSON pointer into the request body, e.g. <c>/data/attributes/title</c>.</param>
    /// <param name="parameter">The query parameter that caused the error.</param>
    /// <param name="header">The request header that caused the error.</param>
    public DatadogApiErrorSource(string? pointer, string? parameter, string? header)
    {
        Pointer = pointer;
        Parameter = parameter;
        Header = header;
    }

    /// <summary>A JSON pointer into the request body, e.g. <c>/data/attributes/title</c>; null when absent.</summary>
    public string? Pointer { get; }

    /// <summary>The query parameter that caused the error; null when absent.</summary>
    public string? Parameter { get; }

    /// <summary>The request header that caused the error; null when absent.</summary>
    public string? Header { get; }
}
