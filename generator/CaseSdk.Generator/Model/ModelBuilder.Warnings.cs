using CaseSdk.Generator.Read;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Warnings: constructs generated with a safe type rather than refused (an unknown format, a header parameter
/// left to the caller). Each is located like an error, so nothing is dropped silently.
/// </summary>
public sealed partial class ModelBuilder
{
    private readonly List<SpecDiagnostic> _warnings = [];

    private void Warn(string pointer, string message) => _warnings.Add(new SpecDiagnostic(_file, pointer, message));

    /// <summary>The warnings, without repeats, in the order they were found.</summary>
    private List<SpecDiagnostic> Warnings() => _warnings.Distinct().ToList();

    /// <summary>
    /// A format this generator does not know keeps the value's JSON type: a string stays a string (binary content in
    /// a JSON member is text on the wire), an integer a long, a number a double.
    /// </summary>
    private PrimitiveRef UnknownFormat(string pointer, string type, string format, PrimitiveKind kind)
    {
        Warn(pointer + "/format", $"format '{format}' of type '{type}' is not known; the value is read as {kind switch { PrimitiveKind.String => "string", PrimitiveKind.Int64 => "long", PrimitiveKind.Double => "double", _ => "bool" }}");
        return new PrimitiveRef(kind);
    }
}
