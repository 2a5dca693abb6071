namespace CaseSdk.Http;

/// <summary>
/// What may go into an HTTP header: names are RFC 9110 tokens, values printable ASCII. Anything else (CR/LF, other
/// control characters, non-ASCII such as <c>é</c>, NBSP or U+2028) would either split the header on the wire or be
/// re-encoded differently by each transport, so it is refused before any request is sent.
/// </summary>
internal static class HeaderText
{
    /// <summary>True when <paramref name="name"/> is a non-empty RFC 9110 token.</summary>
    public static bool IsToken(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var c in name!)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Describes what is wrong with <paramref name="value"/> as a header value — never quoting it — or returns null
    /// when it is printable ASCII. <paramref name="allowSpaces"/> admits inner spaces (never leading or trailing).
    /// </summary>
    public static string? Problem(string value, bool allowSpaces)
    {
        if (value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' '))
        {
            return "leading or trailing white space";
        }

        foreach (var c in value)
        {
            if (c is '\r' or '\n')
            {
                return "a line break (CR or LF)";
            }

            if (c < 0x20 || c == 0x7F)
            {
                return "a control character";
            }

            if (c > 0x7E)
            {
                return "a non-ASCII character (an accented letter, a non-breaking space, U+2028 …)";
            }

            if (c == ' ' && !allowSpaces)
            {
                return "a space";
            }
        }

        return null;
    }

    private static bool IsTokenChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
