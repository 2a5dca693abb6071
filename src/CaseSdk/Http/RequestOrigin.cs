namespace CaseSdk.Http;

/// <summary>Origin comparison (scheme, host, port): the unit credentials are bound to.</summary>
internal static class RequestOrigin
{
    /// <summary>True when both addresses are absolute and share scheme, host and port (default ports made explicit).</summary>
    public static bool Same(Uri? a, Uri? b) =>
        a is not null && b is not null && a.IsAbsoluteUri && b.IsAbsoluteUri
        && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
