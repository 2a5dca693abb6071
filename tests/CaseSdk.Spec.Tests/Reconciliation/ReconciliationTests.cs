using System.Text;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>Our 30 operations, member by member, against Datadog's reference document.</summary>
public sealed class ReconciliationTests
{
    [Test]
    [CancelAfter(60_000)]
    public void Spec_agrees_with_the_reference_except_the_listed_deviations()
    {
        var reference = ReferenceDocument.Require();
        var disagreements = OperationComparer.Compare(SpecFile.Result.Json.AsObject(), reference);

        var (unexplained, stale) = Classify(disagreements, Deviations.All);

        TestContext.Out.WriteLine(Summary(disagreements));
        var message = new StringBuilder();
        if (unexplained.Count > 0)
        {
            message.AppendLine($"{unexplained.Count} disagreement(s) with the reference that are not listed deviations:");
            unexplained.ForEach(d => message.AppendLine("  " + d));
            message.AppendLine(Summary(unexplained));
        }

        if (stale.Count > 0)
        {
            message.AppendLine($"{stale.Count} listed deviation(s) that no longer occur (remove them):");
            stale.ForEach(x => message.AppendLine("  " + x));
        }

        Assert.That(message.ToString(), Is.Empty);
    }

    [Test]
    public void Spec_operations_are_all_in_the_reference()
    {
        var reference = ReferenceDocument.Require();

        var disagreements = OperationComparer.Compare(SpecFile.Result.Json.AsObject(), reference);

        Assert.That(disagreements.Where(d => d.Kind == "operation").Select(d => d.ToString()), Is.Empty);
    }

    /// <summary>Disagreements no deviation covers, and deviations that cover no disagreement.</summary>
    internal static (List<Disagreement> Unexplained, List<Deviation> Stale) Classify(
        IReadOnlyList<Disagreement> disagreements, IReadOnlyList<Deviation> deviations) =>
        (disagreements.Where(d => !deviations.Any(x => x.Covers(d))).ToList(),
         deviations.Where(x => !disagreements.Any(x.Covers)).ToList());

    private static string Summary(IEnumerable<Disagreement> disagreements) =>
        "by kind: " + string.Join(", ", disagreements.GroupBy(d => d.Kind).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
}
