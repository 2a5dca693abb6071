namespace CaseSdk.Runtime;

/// <summary>A response body crossed the client's <c>MaxResponseBytes</c>; the adapter turns it into a <see cref="DatadogResponseFormatException"/>.</summary>
internal sealed class ResponseTooLargeException(long limit) : Exception($"the body is larger than the client's MaxResponseBytes ({limit} bytes)")
{
    public long Limit { get; } = limit;
}
