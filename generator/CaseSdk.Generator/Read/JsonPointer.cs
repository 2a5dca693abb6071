namespace CaseSdk.Generator.Read;

/// <summary>JSON pointer helpers (RFC 6901), used to say where in the spec something is.</summary>
public static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>.</summary>
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Builds <c>#/a/b</c> from unescaped tokens.</summary>
    public static string Of(params string[] tokens) => "#" + string.Concat(tokens.Select(t => "/" + Escape(t)));
}
