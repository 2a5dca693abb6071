using System.Text;

namespace CaseSdk.Models;

/// <summary>Turns extensible-enum wire values (<c>IN_PROGRESS</c>) into display text and back from what users type.</summary>
internal static class EnumValueText
{
    /// <summary>Sentence case with spaces: <c>IN_PROGRESS</c> → <c>In progress</c>, <c>P1</c> → <c>P1</c>.</summary>
    public static string Humanize(string wireValue)
    {
        if (wireValue.Length == 0)
        {
            return wireValue;
        }

        var words = wireValue.Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words.Substring(1);
    }

    /// <summary>
    /// Finds the known value <paramref name="text"/> names, ignoring case, surrounding white space and the
    /// separators people use in its place (space, <c>-</c>, <c>_</c>), so <c>in progress</c>, <c>in-progress</c>,
    /// <c>InProgress</c> and <c>IN_PROGRESS</c> all match <c>IN_PROGRESS</c>.
    /// </summary>
    public static bool TryMatch<T>(string? text, IEnumerable<T> knownValues, out T result)
        where T : struct
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var key = Key(text);
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var known in knownValues)
        {
            if (string.Equals(key, Key(known.ToString()!), StringComparison.Ordinal))
            {
                result = known;
                return true;
            }
        }

        return false;
    }

    /// <summary>The valid inputs for an error message: <c>Open (OPEN), In progress (IN_PROGRESS)</c>, <c>P1</c>, ….</summary>
    public static string DescribeValid<T>(IEnumerable<T> knownValues)
        where T : struct
    {
        return string.Join(", ", knownValues.Select(v =>
        {
            var wire = v.ToString()!;
            var display = Humanize(wire);
            return display == wire ? wire : $"{display} ({wire})";
        }));
    }

    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c != '_' && c != '-' && !char.IsWhiteSpace(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
        }

        return key.ToString();
    }
}
