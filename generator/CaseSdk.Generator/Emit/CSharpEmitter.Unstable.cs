using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// <c>x-unstable</c> operations carry <c>[Experimental]</c>: calling one is a compile error the caller opts out of
/// with <c>#pragma warning disable DDUNSTABLE</c> (or <c>NoWarn</c>), so a preview is never used unknowingly.
/// .NET Standard 2.0 lacks the attribute; the compiler honours an internal copy of it.
/// </summary>
public sealed partial class CSharpEmitter
{
    /// <summary>The diagnostic id of every unstable operation.</summary>
    public const string UnstableDiagnosticId = "DDUNSTABLE";

    private static void EmitExperimental(CodeWriter writer, OperationModel operation)
    {
        if (operation.UnstableNote is not null)
        {
            writer.Line($"[global::System.Diagnostics.CodeAnalysis.Experimental({Naming.Literal(UnstableDiagnosticId)})]");
        }
    }

    private static string UnstableRemark(OperationModel operation) => operation.UnstableNote is null
        ? string.Empty
        : $"\nUnstable: {Naming.XmlEscape(operation.UnstableNote)} Calling it reports <c>{UnstableDiagnosticId}</c> until the caller opts in.";

    private GeneratedFile? EmitExperimentalPolyfill()
    {
        if (!_model.Operations.Any(o => o.UnstableNote is not null))
        {
            return null;
        }

        var writer = new CodeWriter();
        foreach (var line in _header.TrimEnd('\n').Split('\n'))
        {
            writer.Line(line);
        }

        writer.Line("#nullable enable");
        writer.Line("#if !NET8_0_OR_GREATER");
        writer.Line();
        writer.Line("namespace System.Diagnostics.CodeAnalysis;");
        writer.Line();
        writer.Doc("summary", "Marks an API as experimental; the compiler reports its use under <see cref=\"DiagnosticId\"/> (a copy of .NET 8's attribute).");
        writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.All, Inherited = false)]");
        writer.Open("internal sealed class ExperimentalAttribute : global::System.Attribute");
        writer.Doc("summary", "Creates the attribute.");
        writer.Doc("param", "The diagnostic id the compiler reports.", " name=\"diagnosticId\"");
        writer.Line("public ExperimentalAttribute(string diagnosticId) => DiagnosticId = diagnosticId;");
        writer.Line();
        writer.Doc("summary", "The diagnostic id the compiler reports.");
        writer.Line("public string DiagnosticId { get; }");
        writer.Line();
        writer.Doc("summary", "A URL for documentation, with <c>{0}</c> for the id.");
        writer.Line("public string? UrlFormat { get; set; }");
        writer.Close();
        writer.Line("#endif");
        return File("ExperimentalAttribute.cs", writer);
    }
}
