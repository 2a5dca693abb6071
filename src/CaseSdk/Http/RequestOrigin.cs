namespace CaseSdk.Http;

/// <summary>An origin (scheme, host, port): the unit credentials are bound to.</summary>
internal sealed class RequestOrigin
{
    private readonly Uri _address;

    // "scheme://host[:port]" as Uri normalizes it, without the trailing slash.
    private readonly string _prefix;

    public RequestOrigin(Uri address)
    {
        _address = address;
        _prefix = address.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>True when <paramref name="uri"/> is on this origin.</summary>
    public bool Contains(Uri? uri) => uri is not null && (StartsWithPrefix(uri.OriginalString) || Same(uri, _address));

    /// <summary>True when both addresses are absolute and share scheme, host and port (default ports made explicit).</summary>
    public static bool Same(Uri? a, Uri? b) =>
        a is not null && b is not null && a.IsAbsoluteUri && b.IsAbsoluteUri
        && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    // The request builders write addresses from the same normalized base, so a plain prefix test (the authority
    // must end right there) answers the common case without making the Uri compute its host; anything else gets
    // the full comparison.
    private bool StartsWithPrefix(string text) =>
        text.Length > _prefix.Length
        && text[_prefix.Length] == '/'
        && text.StartsWith(_prefix, StringComparison.Ordinal);
}
