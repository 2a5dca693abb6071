using CaseSdk.Http;

namespace CaseSdk;

/// <summary>Checks secret values without ever putting them in a message.</summary>
internal static class SecretText
{
    /// <summary>Returns <paramref name="value"/> when it is usable as a header value; otherwise throws naming <paramref name="what"/> only.</summary>
    public static string Require(string? value, string what, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"The {what} is missing (null, empty or white space).", parameterName);
        }

        if (HeaderText.Problem(value!, allowSpaces: false) is { } problem)
        {
            throw new ArgumentException($"The {what} contains {problem}; check how it was copied.", parameterName);
        }

        return value!;
    }

    /// <summary>True when the value is non-empty printable ASCII without spaces: usable as a secret header value.</summary>
    public static bool IsWellFormed(string? value) =>
        !string.IsNullOrEmpty(value) && HeaderText.Problem(value!, allowSpaces: false) is null;
}
