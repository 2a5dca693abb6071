namespace CaseSdk.Models;

/// <summary>State checks and display text for <see cref="CaseStatus"/>.</summary>
[Obsolete("CaseStatus is deprecated: use status_name instead; CaseStatusNames lists the default status names.")]
public static class CaseStatusExtensions
{
    /// <summary>Whether the case is still being worked on: <c>OPEN</c> or <c>IN_PROGRESS</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for <c>OPEN</c> and <c>IN_PROGRESS</c>; false for <c>CLOSED</c> and for values this SDK does not know.</returns>
    public static bool IsOpen(this CaseStatus status) => status == CaseStatus.Open || status == CaseStatus.InProgress;

    /// <summary>Whether the case is closed.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for <c>CLOSED</c> only; a value this SDK does not know is neither open nor closed.</returns>
    public static bool IsClosed(this CaseStatus status) => status == CaseStatus.Closed;

    /// <summary>Text for people: <c>Open</c>, <c>In progress</c>, <c>Closed</c>; other values in sentence case with spaces.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The display name; empty for a default (empty) value.</returns>
    public static string DisplayName(this CaseStatus status) => EnumValueText.Humanize(status.ToString());
}
