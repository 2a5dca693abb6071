namespace CaseSdk;

/// <summary>
/// A success response whose body is not what the operation documents (truncated, wrong types, not JSON, not
/// decompressible) or is larger than <c>DatadogClientOptions.MaxResponseBytes</c>.
/// </summary>
public sealed class DatadogResponseFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DatadogResponseFormatException(string operationId, string problem, Exception? innerException = null)
        : base($"{operationId}: the response body could not be read: {problem}", innerException)
    {
        OperationId = operationId;
    }

    /// <summary>The operation whose response was malformed.</summary>
    public string OperationId { get; }
}
