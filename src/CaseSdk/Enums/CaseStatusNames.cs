namespace CaseSdk.Models;

/// <summary>
/// The status names a case type starts with, for <c>status_name</c> (which replaces the deprecated <c>status</c>).
/// A case type can define its own statuses: any name the API accepts for the case's type is valid, so these are
/// conveniences, not a closed list. Each status belongs to a group (<c>status_group</c>: open, in progress, closed),
/// which is what to test when a case type uses its own names.
/// </summary>
public static class CaseStatusNames
{
    /// <summary>The default open status.</summary>
    public const string Open = "Open";

    /// <summary>The default in-progress status.</summary>
    public const string InProgress = "In Progress";

    /// <summary>The default closed status.</summary>
    public const string Closed = "Closed";

    /// <summary>The default status names, in workflow order.</summary>
    public static IReadOnlyList<string> Defaults { get; } = [Open, InProgress, Closed];

    /// <summary>The <c>status_name</c> that stands for a deprecated <c>status</c> value in a case type with the default statuses.</summary>
    /// <param name="status">The deprecated status.</param>
    /// <returns>The default status name; an unknown value is returned as its wire text.</returns>
    /// <exception cref="ArgumentException"><paramref name="status"/> is the empty default.</exception>
    [Obsolete("CaseStatus is deprecated: use status_name instead; this maps old values while migrating.")]
    public static string FromStatus(CaseStatus status)
    {
        if (status == default)
        {
            throw new ArgumentException("The status is empty (default); it names no status.", nameof(status));
        }

        return status == CaseStatus.Open ? Open
            : status == CaseStatus.InProgress ? InProgress
            : status == CaseStatus.Closed ? Closed
            : status.ToString();
    }
}
