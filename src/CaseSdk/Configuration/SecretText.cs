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

        if (!IsWellFormed(value))
        {
            throw new ArgumentException($"The {what} contains a line break, a control character or surrounding white space; check how it was copied.", parameterName);
        }

        return value!;
    }

    /// <summary>True when the value is non-empty, has no control characters and no surrounding white space.</summary>
    public static bool IsWellFormed(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && value!.Trim().Length == value.Length
        && value.All(c => !char.IsControl(c));
}
