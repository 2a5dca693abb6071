namespace CaseSdk.Models;

/// <summary>
/// Orders case priorities by urgency: <c>P1</c>, <c>P2</c>, <c>P3</c>, <c>P4</c>, <c>P5</c>, then
/// <c>NOT_DEFINED</c>, then values this SDK does not know (ordinal order among themselves), then a missing
/// (null) priority.
/// </summary>
/// <remarks>
/// Unknown values go after <c>NOT_DEFINED</c> because nothing says how urgent they are; a future value may be
/// more urgent than <c>P1</c>, but this comparer will not guess. Two priorities compare equal only when they are
/// equal (<see cref="CasePriority.Equals(CasePriority)"/>), so sorting is deterministic.
/// </remarks>
public sealed class CasePriorityComparer : IComparer<CasePriority>, IComparer<CasePriority?>
{
    private CasePriorityComparer()
    {
    }

    /// <summary>Most urgent first: <c>P1</c> … <c>P5</c>, <c>NOT_DEFINED</c>, unknown values, null.</summary>
    public static CasePriorityComparer MostUrgentFirst { get; } = new();

    /// <summary>Compares two priorities by urgency.</summary>
    /// <param name="x">The first priority.</param>
    /// <param name="y">The second priority.</param>
    /// <returns>Negative when <paramref name="x"/> is more urgent, positive when less urgent, 0 when equal.</returns>
    public int Compare(CasePriority x, CasePriority y)
    {
        var byRank = x.UrgencyRank().CompareTo(y.UrgencyRank());
        return byRank != 0 ? byRank : string.CompareOrdinal(x.ToString(), y.ToString());
    }

    /// <summary>Compares two optional priorities by urgency; a missing priority sorts last.</summary>
    /// <param name="x">The first priority, or null.</param>
    /// <param name="y">The second priority, or null.</param>
    /// <returns>Negative when <paramref name="x"/> is more urgent, positive when less urgent, 0 when equal.</returns>
    public int Compare(CasePriority? x, CasePriority? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => Compare(x.Value, y.Value),
    };
}
