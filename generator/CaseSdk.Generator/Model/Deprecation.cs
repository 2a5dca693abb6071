using System.Text.RegularExpressions;

namespace CaseSdk.Generator.Model;

/// <summary>The text of <c>[Obsolete]</c>: what is deprecated and, when the description says so, what replaces it.</summary>
public static partial class Deprecation
{
    /// <summary>
    /// <c>"status is deprecated: use status_name instead."</c> when a description says "Use `status_name` instead"
    /// (or "use status_name instead"); <c>"status is deprecated."</c> otherwise.
    /// </summary>
    /// <param name="subject">What is deprecated (a wire name or a type name).</param>
    /// <param name="descriptions">The descriptions to look in, most specific first.</param>
    public static string Message(string subject, params string?[] descriptions)
    {
        foreach (var description in descriptions)
        {
            if (description is not null && Replacement().Match(description) is { Success: true } match)
            {
                return $"{subject} is deprecated: use {match.Groups["name"].Value} instead.";
            }
        }

        return $"{subject} is deprecated.";
    }

    [GeneratedRegex(@"\b[Uu]se\s+(?:the\s+)?`?(?<name>[A-Za-z_][\w.\[\]/-]*)`?(?:\s+\w+)?\s+instead\b")]
    private static partial Regex Replacement();
}
