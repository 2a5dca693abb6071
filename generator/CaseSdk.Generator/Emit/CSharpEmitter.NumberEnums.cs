using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// Integer and number enums: an extensible struct over <c>long</c> or <c>double</c>. Values the spec does not list
/// are kept; <c>default</c> is no value at all (not 0), so a required member left unset is still caught.
/// </summary>
public sealed partial class CSharpEmitter
{
    private GeneratedFile EmitNumberEnum(EnumType type)
    {
        var name = type.Name;
        var number = type.ValueKind == EnumValueKind.Integer ? "long" : "double";
        var writer = Start(ModelsNamespace, false);
        writer.Doc("summary", Summary(type.Description, $"The <c>{Naming.XmlEscape(name)}</c> values."));
        writer.Doc("remarks", $"An extensible enum over <c>{number}</c>: values this SDK version does not know are kept as they are, not rejected.\nCompare with <c>==</c>; <see cref=\"Value\"/> gives the wire value.");
        if (type.Deprecated)
        {
            writer.Line($"[{Obsolete}({Naming.Literal(type.DeprecationMessage ?? $"{name} is deprecated.")})]");
        }

        writer.Line($"[{Serialization}.JsonConverter(typeof({type.ConverterName}))]");
        writer.Open($"public readonly struct {name} : global::System.IEquatable<{name}>");
        writer.Line($"private readonly {number} _value;");
        writer.Line("private readonly bool _hasValue;");
        writer.Line();
        writer.Doc("summary", "Creates a value from its wire form; any value is accepted, so values added to the API later still work.");
        writer.Doc("param", "The wire value.", " name=\"value\"");
        writer.Open($"public {name}({number} value)");
        writer.Line("_value = value;");
        writer.Line("_hasValue = true;");
        writer.Close();
        writer.Line();
        foreach (var member in type.Members)
        {
            writer.Doc("summary", $"The value <c>{Naming.XmlEscape(member.WireValue)}</c>.");
            writer.Line($"public static {name} {member.Name} {{ get; }} = new {name}({NumberLiteral(member.WireValue, type.ValueKind)});");
            writer.Line();
        }

        writer.Doc("summary", "The wire value; 0 for <c>default</c>.");
        writer.Line($"public {number} Value => _value;");
        writer.Line();
        EmitKnownValues(writer, type);
        writer.Line();
        writer.Doc("summary", "Creates a value from its wire form (same as the constructor).");
        writer.Doc("param", "The wire value.", " name=\"value\"");
        writer.Doc("returns", "The value.");
        writer.Line($"public static {name} From({number} value) => new {name}(value);");
        writer.Line();
        writer.Doc("summary", "Compares wire values.");
        writer.Doc("param", "The other value.", " name=\"other\"");
        writer.Doc("returns", "Whether both have the same wire value.");
        writer.Line($"public bool Equals({name} other) => _hasValue == other._hasValue && _value.Equals(other._value);");
        writer.Line();
        writer.Doc("inheritdoc", string.Empty);
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        writer.Line();
        writer.Doc("inheritdoc", string.Empty);
        writer.Line("public override int GetHashCode() => _hasValue ? _value.GetHashCode() : 0;");
        writer.Line();
        writer.Doc("summary", "The wire value in invariant culture (as sent in a URL); empty for <c>default</c>.");
        writer.Doc("returns", "The wire value.");
        writer.Line($"public override string ToString() => _hasValue ? _value.ToString({(type.ValueKind == EnumValueKind.Integer ? string.Empty : "\"R\", ")}global::System.Globalization.CultureInfo.InvariantCulture) : string.Empty;");
        writer.Line();
        EmitEqualityOperators(writer, name);
        writer.Line();
        writer.Doc("summary", "Converts a wire value.");
        writer.Doc("param", "The wire value.", " name=\"value\"");
        writer.Doc("returns", "The value.");
        writer.Line($"public static implicit operator {name}({number} value) => new {name}(value);");
        writer.Close();
        return File($"Models/{name}.cs", writer);
    }

    private GeneratedFile EmitNumberEnumConverter(EnumType type)
    {
        var name = type.Name;
        var integer = type.ValueKind == EnumValueKind.Integer;
        var writer = Start(ModelsNamespace, type.Deprecated);
        writer.Doc("summary", $"Reads any JSON {(integer ? "integer" : "number")} into <see cref=\"{name}\"/> (unknown values are kept) and writes the wire value.");
        writer.Open($"internal sealed class {type.ConverterName} : {Serialization}.JsonConverter<{name}>");
        writer.Doc("inheritdoc", string.Empty);
        writer.Open($"public override {name} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Open($"if (reader.TokenType != global::System.Text.Json.JsonTokenType.Number || !reader.{(integer ? "TryGetInt64" : "TryGetDouble")}(out var value))");
        writer.Line($"throw new global::System.Text.Json.JsonException(\"Expected {(integer ? "an integer" : "a number")} for {name}, found \" + reader.TokenType + \".\");");
        writer.Close();
        writer.Line();
        writer.Line($"return new {name}(value);");
        writer.Close();
        writer.Line();
        writer.Doc("inheritdoc", string.Empty);
        writer.Line($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {name} value, global::System.Text.Json.JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);");
        writer.Close();
        return File($"Models/{type.ConverterName}.cs", writer);
    }

    private static string NumberLiteral(string wireValue, EnumValueKind kind) =>
        kind == EnumValueKind.Integer ? wireValue + (wireValue == long.MinValue.ToString(System.Globalization.CultureInfo.InvariantCulture) ? string.Empty : "L") : (wireValue.Contains('.') || wireValue.Contains('E') ? wireValue : wireValue + ".0");
}
