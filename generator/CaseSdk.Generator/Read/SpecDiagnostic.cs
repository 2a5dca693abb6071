namespace CaseSdk.Generator.Read;

/// <summary>One problem in the spec, located by file and JSON pointer.</summary>
/// <param name="File">The spec file as the user named it.</param>
/// <param name="Pointer">A JSON pointer such as <c>#/paths/~1api~1v2~1cases/get</c>, or a line reference for YAML syntax errors.</param>
/// <param name="Message">What is wrong.</param>
public sealed record SpecDiagnostic(string File, string Pointer, string Message)
{
    /// <summary>Formats as <c>file #/pointer: message</c>, the form build logs show.</summary>
    public override string ToString() => $"{File} {Pointer}: {Message}";
}
