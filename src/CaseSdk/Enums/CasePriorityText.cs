namespace CaseSdk.Models;

/// <summary>Reads a <see cref="CasePriority"/> from what people type: <c>P1</c>, <c>p1</c>, <c>not defined</c>, <c>NOT_DEFINED</c>.</summary>
public static class CasePriorityText
{
    /// <summary>
    /// Parses a known priority, ignoring case, surrounding white space and the separators used in place of
    /// <c>_</c> (space, <c>-</c>): <c>p1</c> → <see cref="CasePriority.P1"/>, <c>not defined</c> and
    /// <c>Not-Defined</c> → <see cref="CasePriority.NotDefined"/>.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>One of <see cref="CasePriority.KnownValues"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> names no known priority; the message lists the valid ones.</exception>
    public static CasePriority Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (TryParse(text, out var priority))
        {
            return priority;
        }

        var valid = EnumValueText.DescribeValid(CasePriority.KnownValues.OrderBy(p => p, CasePriorityComparer.MostUrgentFirst));
        throw new ArgumentException($"'{text}' is not a case priority. Valid values: {valid}.", nameof(text));
    }

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    /// <param name="text">The text to parse, or null.</param>
    /// <param name="priority">The known priority, or default when the text names none.</param>
    /// <returns>True when <paramref name="text"/> names a known priority.</returns>
    public static bool TryParse(string? text, out CasePriority priority) =>
        EnumValueText.TryMatch(text, CasePriority.KnownValues, out priority);
}
