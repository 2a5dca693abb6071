namespace CaseSdk.Generator.Read;

/// <summary>The spec cannot be turned into code; carries every problem found.</summary>
public sealed class SpecException : Exception
{
    /// <summary>Creates the exception from one or more diagnostics.</summary>
    public SpecException(params IReadOnlyList<SpecDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>The problems, in the order they were found.</summary>
    public IReadOnlyList<SpecDiagnostic> Diagnostics { get; }
}
