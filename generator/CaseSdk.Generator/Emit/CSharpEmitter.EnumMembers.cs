using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>The members every extensible enum has, whatever its wire type: the known values and equality operators.</summary>
public sealed partial class CSharpEmitter
{
    private static void EmitKnownValues(CodeWriter writer, EnumType type)
    {
        writer.Doc("summary", "The values the spec documents, in spec order.");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{type.Name}> KnownValues {{ get; }} = new {type.Name}[] {{ {string.Join(", ", type.Members.Select(m => m.Name))} }};");
        writer.Line();
        writer.Doc("summary", "Whether this is one of <see cref=\"KnownValues\"/>.");
        writer.Line("public bool IsKnown");
        writer.Open();
        writer.Open("get");
        writer.Open("foreach (var known in KnownValues)");
        writer.Open("if (Equals(known))");
        writer.Line("return true;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("return false;");
        writer.Close();
        writer.Close();
    }

    private static void EmitEqualityOperators(CodeWriter writer, string name)
    {
        writer.Doc("summary", "Whether two values have the same wire value.");
        writer.Doc("param", "The left value.", " name=\"left\"");
        writer.Doc("param", "The right value.", " name=\"right\"");
        writer.Doc("returns", "<c>true</c> when equal.");
        writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        writer.Line();
        writer.Doc("summary", "Whether two values differ.");
        writer.Doc("param", "The left value.", " name=\"left\"");
        writer.Doc("param", "The right value.", " name=\"right\"");
        writer.Doc("returns", "<c>true</c> when different.");
        writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
    }
}
