using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// Writers for request bodies: for every model and union a request body reaches, a static class that writes it with
/// <c>Utf8JsonWriter</c> calls and pre-encoded member names, producing exactly what the metadata path of
/// <c>CaseSdkJsonOptions</c> produces (nulls left out, unset members left out, set nulls and required nulls written,
/// extension data last). System.Text.Json's own fast path is off for these types because of
/// <c>[JsonExtensionData]</c>. The root request bodies get a converter so that the options write them this way.
/// </summary>
public sealed partial class CSharpEmitter
{
    private HashSet<string>? _writtenTypes;

    /// <summary>The models and unions that get a writer.</summary>
    private HashSet<string> WrittenTypes => _writtenTypes ??= RequestBodyWriters.Written(_model);

    private static string WriterClass(string typeName) => typeName + "JsonWriter";

    private IEnumerable<GeneratedFile> EmitWriters()
    {
        var roots = RequestBodyWriters.Roots(_model).ToHashSet(StringComparer.Ordinal);
        foreach (var model in _model.Models.Where(m => WrittenTypes.Contains(m.Name)))
        {
            yield return EmitModelWriter(model, roots.Contains(model.Name));
        }

        foreach (var union in _model.Unions.Where(u => WrittenTypes.Contains(u.Name)))
        {
            yield return EmitUnionWriter(union);
        }

        foreach (var union in _model.ValueUnions.Where(u => WrittenTypes.Contains(u.Name)))
        {
            yield return EmitValueUnionWriter(union);
        }
    }

    private GeneratedFile EmitModelWriter(ModelType model, bool isRoot)
    {
        var deprecated = model.Deprecated || UsesDeprecated(model.AdditionalPropertiesType) || model.Properties.Any(p => p.Deprecated || UsesDeprecated(p.Type));
        var writer = Start(ModelsNamespace, deprecated);
        var className = WriterClass(model.Name);
        writer.Doc("summary", $"Writes <see cref=\"{model.Name}\"/> as the SDK's options do, without the serializer's metadata path.");
        writer.Open($"internal static class {className}");
        for (var i = 0; i < model.Properties.Count; i++)
        {
            writer.Line($"private static readonly {Json}.JsonEncodedText {NameField(i)} = {Json}.JsonEncodedText.Encode({Naming.Literal(model.Properties[i].WireName)});");
        }

        if (model.Properties.Count > 0)
        {
            writer.Line();
        }

        writer.Doc("summary", "Writes <paramref name=\"value\"/> as a JSON object.");
        writer.Doc("param", "Where to write.", " name=\"writer\"");
        writer.Doc("param", "The value.", " name=\"value\"");
        writer.Open($"internal static void Write({Json}.Utf8JsonWriter writer, {model.Name} value)");
        writer.Line("writer.WriteStartObject();");
        var locals = 0;
        for (var i = 0; i < model.Properties.Count; i++)
        {
            EmitPropertyWrite(writer, model, model.Properties[i], NameField(i), ref locals);
        }

        // The extension data comes last, as the metadata path writes it; typed additional properties merge into it there.
        // Written from the store, so members read from JSON go back as their exact text.
        var extra = model.AdditionalPropertiesType is null ? $"value.{UnknownMembersProperty}" : "value.ExtraMembersToWrite()";
        writer.Open($"if ({extra} is {UnknownMembersType} {{ Count: > 0 }} extra)");
        writer.Line("extra.WriteMembers(writer);");
        writer.Close();
        writer.Line();
        writer.Line("writer.WriteEndObject();");
        writer.Close();
        if (isRoot)
        {
            writer.Line();
            writer.Doc("summary", "Writes with the writer above; reads with the serializer context's metadata, so reading is unchanged.");
            writer.Open($"internal sealed class Converter : {Serialization}.JsonConverter<{model.Name}>");
            writer.Doc("inheritdoc", string.Empty);
            writer.Line($"public override {model.Name}? Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) =>");
            writer.Line($"    {Json}.JsonSerializer.Deserialize(ref reader, global::{_options.RootNamespace}.CaseSdkJsonSerializerContext.Default.{TypeInfoName(new NamedRef(model.Name, NamedKind.Model))});");
            writer.Line();
            writer.Doc("inheritdoc", string.Empty);
            writer.Line($"public override void Write({Json}.Utf8JsonWriter writer, {model.Name} value, {Json}.JsonSerializerOptions options) => {className}.Write(writer, value);");
            writer.Close();
        }

        writer.Close();
        return File($"Models/{className}.cs", writer);
    }

    private static string NameField(int index) => "Name" + index;

    /// <summary>One member, under the rule of the SDK's options: when it is written, and null when it is.</summary>
    private void EmitPropertyWrite(CodeWriter writer, ModelType model, PropertyModel property, string name, ref int locals)
    {
        var member = $"value.{property.Name}";
        if (_model.IsNonNullable(model, property) && IsValueType(property.Type))
        {
            EmitMemberWrite(writer, property.Type, name, member, ref locals);
            writer.Line();
            return;
        }

        // A tracked member is written when set, a required nullable one always; either writes null as null. Any
        // other member is left out when null (JsonIgnoreCondition.WhenWritingNull).
        var writesNull = property.TracksPresence || (property.Nullable && property.Required);
        if (property.TracksPresence)
        {
            writer.Open($"if (value.{PresenceField(property)}IsSet)");
        }

        var local = "member" + locals++;
        writer.Open($"if ({member} is {{ }} {local})");
        EmitMemberWrite(writer, property.Type, name, local, ref locals);
        writer.Close();
        if (writesNull)
        {
            writer.Open("else");
            writer.Line($"writer.WriteNull({name});");
            writer.Close();
        }

        if (property.TracksPresence)
        {
            writer.Close();
        }

        writer.Line();
    }

    /// <summary>A member name and its non-null value, in one writer call where there is one.</summary>
    private void EmitMemberWrite(CodeWriter writer, TypeRef type, string name, string value, ref int locals)
    {
        switch (type)
        {
            case PrimitiveRef { Kind: PrimitiveKind.String or PrimitiveKind.DateTime }:
                writer.Line($"writer.WriteString({name}, {value});");
                return;
            case PrimitiveRef { Kind: PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Float or PrimitiveKind.Double }:
                writer.Line($"writer.WriteNumber({name}, {value});");
                return;
            case PrimitiveRef { Kind: PrimitiveKind.Boolean }:
                writer.Line($"writer.WriteBoolean({name}, {value});");
                return;
            case NamedRef { Kind: NamedKind.Enum } named when IsStringEnum(named):
                writer.Line($"writer.WriteString({name}, {value}.ToString());");
                return;
            default:
                writer.Line($"writer.WritePropertyName({name});");
                EmitValueWrite(writer, type, value, ref locals);
                return;
        }
    }

    /// <summary>A non-null value, as its type's converter writes it.</summary>
    private void EmitValueWrite(CodeWriter writer, TypeRef type, string value, ref int locals)
    {
        switch (type)
        {
            case PrimitiveRef { Kind: PrimitiveKind.String or PrimitiveKind.DateTime }:
                writer.Line($"writer.WriteStringValue({value});");
                return;
            case PrimitiveRef { Kind: PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Float or PrimitiveKind.Double }:
                writer.Line($"writer.WriteNumberValue({value});");
                return;
            case PrimitiveRef { Kind: PrimitiveKind.Boolean }:
                writer.Line($"writer.WriteBooleanValue({value});");
                return;
            case PrimitiveRef:
                writer.Line($"{value}.WriteTo(writer);");
                return;
            case NamedRef { Kind: NamedKind.Enum } named:
                // The enum converters write the wire text, or the number of a number enum.
                writer.Line(IsStringEnum(named) ? $"writer.WriteStringValue({value}.ToString());" : $"writer.WriteNumberValue({value}.Value);");
                return;
            case NamedRef named:
                writer.Line($"{WriterClass(named.Name)}.Write(writer, {value});");
                return;
            case ListRef list:
            {
                var item = "item" + locals++;
                writer.Line("writer.WriteStartArray();");
                writer.Open($"foreach (var {item} in {value})");
                EmitNullableValueWrite(writer, list.Item, item, ref locals);
                writer.Close();
                writer.Line("writer.WriteEndArray();");
                return;
            }

            case MapRef map:
            {
                var entry = "entry" + locals++;
                writer.Line("writer.WriteStartObject();");
                writer.Open($"foreach (var {entry} in {value})");
                writer.Line($"writer.WritePropertyName({entry}.Key);");
                EmitNullableValueWrite(writer, map.Value, entry + ".Value", ref locals);
                writer.Close();
                writer.Line("writer.WriteEndObject();");
                return;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    /// <summary>A list item or map value: a null reference is written as null.</summary>
    private void EmitNullableValueWrite(CodeWriter writer, TypeRef type, string value, ref int locals)
    {
        if (IsValueType(type))
        {
            EmitValueWrite(writer, type, value, ref locals);
            return;
        }

        writer.Open($"if ({value} is null)");
        writer.Line("writer.WriteNullValue();");
        writer.Close();
        writer.Open("else");
        EmitValueWrite(writer, type, value, ref locals);
        writer.Close();
    }

    private bool IsStringEnum(NamedRef named) => _model.Enums.First(e => e.Name == named.Name).ValueKind == EnumValueKind.String;

    private GeneratedFile EmitUnionWriter(UnionType union)
    {
        var writer = Start(ModelsNamespace, union.Deprecated || union.Variants.Any(v => _deprecatedTypes.Contains(v.ModelName)));
        var className = WriterClass(union.Name);
        writer.Doc("summary", $"Writes <see cref=\"{union.Name}\"/> as its converter does: the member that is set, through that model's writer.");
        writer.Open($"internal static class {className}");
        writer.Doc("summary", "Writes the variant that is set, the unknown variant's JSON, or null.");
        writer.Doc("param", "Where to write.", " name=\"writer\"");
        writer.Doc("param", "The value.", " name=\"value\"");
        writer.Open($"internal static void Write({Json}.Utf8JsonWriter writer, {union.Name} value)");
        for (var i = 0; i < union.Variants.Count; i++)
        {
            var variant = union.Variants[i];
            writer.Open($"if (value.{variant.PropertyName} is {{ }} variant{i})");
            writer.Line($"{WriterClass(variant.ModelName)}.Write(writer, variant{i});");
            writer.Line("return;");
            writer.Close();
            writer.Line();
        }

        writer.Open("if (value.UnknownVariant is { } unknown)");
        writer.Line("unknown.WriteTo(writer);");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line("writer.WriteNullValue();");
        writer.Close();
        writer.Close();
        return File($"Models/{className}.cs", writer);
    }

    private GeneratedFile EmitValueUnionWriter(ValueUnionType union)
    {
        var writer = Start(ModelsNamespace, union.Deprecated || union.Variants.Any(v => UsesDeprecated(v.Type)));
        var className = WriterClass(union.Name);
        writer.Doc("summary", $"Writes <see cref=\"{union.Name}\"/> through its converter, whose variants are plain values.");
        writer.Open($"internal static class {className}");
        writer.Line($"private static readonly {union.ConverterName} Converter = new {union.ConverterName}();");
        writer.Line();
        writer.Doc("summary", "Writes the value of the variant that is set.");
        writer.Doc("param", "Where to write.", " name=\"writer\"");
        writer.Doc("param", "The value.", " name=\"value\"");
        writer.Line($"internal static void Write({Json}.Utf8JsonWriter writer, {union.Name} value) => Converter.Write(writer, value, {OptionsClass}.Default);");
        writer.Close();
        return File($"Models/{className}.cs", writer);
    }
}
