// The CaseStatus helpers are deprecated with status; they keep working while callers move to status_name.
#pragma warning disable CS0618
using CaseSdk.Models;

namespace CaseSdk.Tests;

public sealed class EnumHelperTests
{
    [Test]
    public void Priorities_sort_most_urgent_first_with_not_defined_then_unknown_then_missing_last()
    {
        CasePriority?[] shuffled = [CasePriority.P3, null, new CasePriority("P0"), CasePriority.NotDefined, CasePriority.P1, new CasePriority("URGENT"), CasePriority.P5, CasePriority.P2, CasePriority.P4];

        var sorted = shuffled.OrderBy(p => p, CasePriorityComparer.MostUrgentFirst).Select(p => p?.ToString()).ToArray();

        Assert.That(sorted, Is.EqualTo(new[] { "P1", "P2", "P3", "P4", "P5", "NOT_DEFINED", "P0", "URGENT", null }));
    }

    [Test]
    public void Cases_sort_by_priority_through_the_nullable_comparer()
    {
        var cases = new[] { Case("a", CasePriority.P4), Case("b", null), Case("c", CasePriority.P1) };

        var ordered = cases.OrderBy(c => c.Attributes!.Priority, CasePriorityComparer.MostUrgentFirst).Select(c => c.Id);

        Assert.That(ordered, Is.EqualTo(new[] { "c", "a", "b" }));
    }

    [Test]
    public void Comparer_is_zero_only_for_equal_priorities()
    {
        var comparer = CasePriorityComparer.MostUrgentFirst;

        Assert.That(comparer.Compare(CasePriority.P2, new CasePriority("P2")), Is.Zero);
        Assert.That(comparer.Compare(new CasePriority("P0"), new CasePriority("P9")), Is.Negative);
        Assert.That(comparer.Compare(new CasePriority("P9"), new CasePriority("P0")), Is.Positive);
        Assert.That(comparer.Compare((CasePriority?)null, null), Is.Zero);
    }

    [TestCase("P1", 1)]
    [TestCase("P2", 2)]
    [TestCase("P3", 3)]
    [TestCase("P4", 4)]
    [TestCase("P5", 5)]
    [TestCase("NOT_DEFINED", CasePriorityExtensions.NotDefinedRank)]
    [TestCase("P0", CasePriorityExtensions.UnknownRank)]
    [TestCase("p1", CasePriorityExtensions.UnknownRank)]
    [TestCase("", CasePriorityExtensions.UnknownRank)]
    public void Urgency_rank_follows_the_P_level(string wire, int rank)
    {
        Assert.That(new CasePriority(wire).UrgencyRank(), Is.EqualTo(rank));
    }

    [Test]
    public void Is_more_urgent_than_is_strict_and_puts_defined_levels_first()
    {
        Assert.That(CasePriority.P1.IsMoreUrgentThan(CasePriority.P2), Is.True);
        Assert.That(CasePriority.P2.IsMoreUrgentThan(CasePriority.P1), Is.False);
        Assert.That(CasePriority.P3.IsMoreUrgentThan(CasePriority.P3), Is.False);
        Assert.That(CasePriority.P5.IsMoreUrgentThan(CasePriority.NotDefined), Is.True);
        Assert.That(CasePriority.NotDefined.IsMoreUrgentThan(new CasePriority("P0")), Is.True);
        Assert.That(new CasePriority("P0").IsMoreUrgentThan(CasePriority.P5), Is.False);
    }

    [TestCase("OPEN", true, false)]
    [TestCase("IN_PROGRESS", true, false)]
    [TestCase("CLOSED", false, true)]
    [TestCase("ON_HOLD", false, false)]
    [TestCase("open", false, false)]
    public void Open_and_closed_states(string wire, bool open, bool closed)
    {
        var status = new CaseStatus(wire);

        Assert.That(status.IsOpen(), Is.EqualTo(open));
        Assert.That(status.IsClosed(), Is.EqualTo(closed));
    }

    [Test]
    public void Display_names_are_sentence_case_with_spaces()
    {
        Assert.That(CaseStatus.Open.DisplayName(), Is.EqualTo("Open"));
        Assert.That(CaseStatus.InProgress.DisplayName(), Is.EqualTo("In progress"));
        Assert.That(CaseStatus.Closed.DisplayName(), Is.EqualTo("Closed"));
        Assert.That(new CaseStatus("ON_HOLD").DisplayName(), Is.EqualTo("On hold"));
        Assert.That(CasePriority.P1.DisplayName(), Is.EqualTo("P1"));
        Assert.That(CasePriority.NotDefined.DisplayName(), Is.EqualTo("Not defined"));
        Assert.That(default(CasePriority).DisplayName(), Is.Empty);
    }

    [TestCase("in progress")]
    [TestCase("in-progress")]
    [TestCase("IN_PROGRESS")]
    [TestCase("In Progress")]
    [TestCase("InProgress")]
    [TestCase("  in_progress ")]
    public void Status_parses_what_people_type(string text)
    {
        Assert.That(CaseStatusText.Parse(text), Is.EqualTo(CaseStatus.InProgress));
    }

    [TestCase("P1", "P1")]
    [TestCase("p1", "P1")]
    [TestCase(" p5 ", "P5")]
    [TestCase("not defined", "NOT_DEFINED")]
    [TestCase("Not-Defined", "NOT_DEFINED")]
    [TestCase("NOT_DEFINED", "NOT_DEFINED")]
    public void Priority_parses_what_people_type(string text, string wire)
    {
        Assert.That(CasePriorityText.Parse(text), Is.EqualTo(new CasePriority(wire)));
    }

    [Test]
    public void Unknown_status_text_fails_listing_the_valid_values()
    {
        var error = Assert.Throws<ArgumentException>(() => CaseStatusText.Parse("resolved"));

        Assert.That(error!.ParamName, Is.EqualTo("text"));
        Assert.That(error.Message, Does.Contain("'resolved'").And.Contain("Open (OPEN), In progress (IN_PROGRESS), Closed (CLOSED)"));
    }

    [Test]
    public void Unknown_priority_text_fails_listing_the_valid_values_most_urgent_first()
    {
        var error = Assert.Throws<ArgumentException>(() => CasePriorityText.Parse("P0"));

        Assert.That(error!.Message, Does.Contain("'P0'").And.Contain("P1, P2, P3, P4, P5, Not defined (NOT_DEFINED)"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("-_")]
    [TestCase("open closed")]
    public void Blank_or_mixed_text_is_not_a_status(string text)
    {
        Assert.That(CaseStatusText.TryParse(text, out _), Is.False);
        Assert.Throws<ArgumentException>(() => CaseStatusText.Parse(text));
    }

    [Test]
    public void Null_text()
    {
        Assert.That(CasePriorityText.TryParse(null, out var priority), Is.False);
        Assert.That(priority, Is.EqualTo(default(CasePriority)));
        Assert.Throws<ArgumentNullException>(() => CaseStatusText.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => CasePriorityText.Parse(null!));
    }

    private static Case Case(string id, CasePriority? priority) => new() { Id = id, Attributes = new CaseAttributes { Priority = priority } };

    [Test]
    public void Status_names_replace_the_deprecated_status_values()
    {
        Assert.That(CaseStatusNames.Defaults, Is.EqualTo(new[] { "Open", "In Progress", "Closed" }));
        Assert.That(CaseStatusNames.FromStatus(CaseStatus.InProgress), Is.EqualTo(CaseStatusNames.InProgress));
        Assert.That(CaseStatusNames.FromStatus(CaseStatus.Closed), Is.EqualTo("Closed"));
        Assert.That(CaseStatusNames.FromStatus(new CaseStatus("ON_HOLD")), Is.EqualTo("ON_HOLD"));
        Assert.That(() => CaseStatusNames.FromStatus(default), Throws.ArgumentException.With.Message.Contains("empty"));
    }
}
