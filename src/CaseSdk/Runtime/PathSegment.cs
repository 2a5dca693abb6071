namespace CaseSdk.Runtime;

/// <summary>Escapes path-parameter values so that no value can change the request path.</summary>
internal static class PathSegment
{
    /// <summary>
    /// Returns <paramref name="value"/> percent-encoded as one path segment: <c>/</c>, <c>?</c>, <c>#</c> and
    /// <c>%</c> are encoded. The dot segments <c>.</c> and <c>..</c> are refused: <see cref="Uri"/> decodes
    /// and resolves them even when percent-encoded, so they would move the request to another path.
    /// </summary>
    /// <exception cref="ArgumentException">The value is null, empty, white space, <c>.</c> or <c>..</c>.</exception>
    public static string Escape(string? value, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The path parameter '{parameterName}' must not be null, empty or white space.", parameterName);
        }

        if (value is "." or "..")
        {
            throw new ArgumentException($"The path parameter '{parameterName}' must not be '{value}': it would change the request path.", parameterName);
        }

        return Uri.EscapeDataString(value!);
    }
}
