namespace CaseSdk.Models;

/// <summary>Reads a <see cref="CaseStatus"/> from what people type: <c>in progress</c>, <c>in-progress</c>, <c>IN_PROGRESS</c>.</summary>
[Obsolete("CaseStatus is deprecated: use status_name instead; CaseStatusNames lists the default status names.")]
public static class CaseStatusText
{
    /// <summary>
    /// Parses a known status, ignoring case, surrounding white space and the separators used in place of
    /// <c>_</c> (space, <c>-</c>): <c>in progress</c>, <c>In-Progress</c> and <c>IN_PROGRESS</c> →
    /// <see cref="CaseStatus.InProgress"/>.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>One of <see cref="CaseStatus.KnownValues"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> names no known status; the message lists the valid ones.</exception>
    public static CaseStatus Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (TryParse(text, out var status))
        {
            return status;
        }

        throw new ArgumentException($"'{text}' is not a case status. Valid values: {EnumValueText.DescribeValid(CaseStatus.KnownValues)}.", nameof(text));
    }

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    /// <param name="text">The text to parse, or null.</param>
    /// <param name="status">The known status, or default when the text names none.</param>
    /// <returns>True when <paramref name="text"/> names a known status.</returns>
    public static bool TryParse(string? text, out CaseStatus status) =>
        EnumValueText.TryMatch(text, CaseStatus.KnownValues, out status);
}
