namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>One place where our spec and the reference document describe an operation differently.</summary>
/// <param name="Path">Where: operation, then request/response/parameter, then the member path.</param>
/// <param name="Kind">What differs (a keyword such as <c>nullable</c>, or <c>missing in ours</c>), for the summary.</param>
/// <param name="Detail">The two sides, or which side lacks the member.</param>
internal sealed record Disagreement(string Path, string Kind, string Detail)
{
    public override string ToString() => $"{Path}: {Detail}";
}
