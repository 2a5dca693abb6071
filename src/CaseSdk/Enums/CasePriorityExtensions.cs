namespace CaseSdk.Models;

/// <summary>Urgency and display text for <see cref="CasePriority"/>.</summary>
public static class CasePriorityExtensions
{
    /// <summary>The rank of <c>NOT_DEFINED</c>: after every <c>P</c> level.</summary>
    public const int NotDefinedRank = 6;

    /// <summary>The rank of a value this SDK does not know: after <c>NOT_DEFINED</c>.</summary>
    public const int UnknownRank = 7;

    /// <summary>
    /// The priority's urgency rank, lower is more urgent: 1 for <c>P1</c> … 5 for <c>P5</c>,
    /// <see cref="NotDefinedRank"/> (6) for <c>NOT_DEFINED</c>, <see cref="UnknownRank"/> (7) for any other value.
    /// </summary>
    /// <param name="priority">The priority.</param>
    /// <returns>1 to 7.</returns>
    public static int UrgencyRank(this CasePriority priority)
    {
        if (priority == CasePriority.P1)
        {
            return 1;
        }

        if (priority == CasePriority.P2)
        {
            return 2;
        }

        if (priority == CasePriority.P3)
        {
            return 3;
        }

        if (priority == CasePriority.P4)
        {
            return 4;
        }

        if (priority == CasePriority.P5)
        {
            return 5;
        }

        return priority == CasePriority.NotDefined ? NotDefinedRank : UnknownRank;
    }

    /// <summary>
    /// Whether <paramref name="priority"/> sorts before <paramref name="other"/> in
    /// <see cref="CasePriorityComparer.MostUrgentFirst"/>: <c>P1</c> is more urgent than <c>P2</c>, any
    /// <c>P</c> level than <c>NOT_DEFINED</c>, and <c>NOT_DEFINED</c> than a value this SDK does not know.
    /// </summary>
    /// <param name="priority">The priority.</param>
    /// <param name="other">The priority to compare with.</param>
    /// <returns>True when strictly more urgent; false for equal priorities.</returns>
    public static bool IsMoreUrgentThan(this CasePriority priority, CasePriority other) =>
        CasePriorityComparer.MostUrgentFirst.Compare(priority, other) < 0;

    /// <summary>Text for people: <c>P1</c> … <c>P5</c>, <c>Not defined</c>; other values in sentence case with spaces.</summary>
    /// <param name="priority">The priority.</param>
    /// <returns>The display name; empty for a default (empty) value.</returns>
    public static string DisplayName(this CasePriority priority) => EnumValueText.Humanize(priority.ToString());
}
