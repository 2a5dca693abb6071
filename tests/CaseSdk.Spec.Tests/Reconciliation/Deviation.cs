using System.Text.RegularExpressions;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>A deliberate disagreement with the reference: which disagreements it covers, and why we keep it.</summary>
/// <param name="Pattern">Matched against the whole text of a disagreement (<see cref="Disagreement.ToString"/>).</param>
/// <param name="Reason">Why our spec says something else than the reference.</param>
internal sealed record Deviation(string Pattern, string Reason)
{
    private readonly Regex regex = new("^(?:" + Pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public bool Covers(Disagreement disagreement) => regex.IsMatch(disagreement.ToString());

    public override string ToString() => $"/{Pattern}/ ({Reason})";
}
