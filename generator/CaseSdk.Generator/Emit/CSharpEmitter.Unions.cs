using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>oneOf types told apart by the JSON shape of the value: primitives, arrays, maps and models.</summary>
public sealed partial class CSharpEmitter
{
    private const string Json = "global::System.Text.Json";

    private GeneratedFile EmitValueUnion(ValueUnionType union)
    {
        var name = union.Name;
        var writer = Start(ModelsNamespace, union.Variants.Any(v => UsesDeprecated(v.Type)));
        writer.Doc("summary", Summary(union.Description, $"One of: {string.Join(", ", union.Variants.Select(v => Naming.XmlEscape(ShortName(v.Type))))}."));
        writer.Doc("remarks", "Holds exactly one variant, told apart by the shape of the JSON value (between objects, by their required members). "
            + "Any variant converts implicitly; read one with <c>Is…</c>, <c>TryGet…</c> or <c>As…</c>. A value of a shape this SDK version does not know is kept in "
            + "<see cref=\"UnknownVariant\"/> and written back unchanged.");
        if (union.DeprecationMessage is { } deprecation)
        {
            writer.Line($"[{Obsolete}({Naming.Literal(deprecation)})]");
        }

        writer.Line($"[{Serialization}.JsonConverter(typeof({union.ConverterName}))]");
        writer.Open($"public sealed class {name}");
        writer.Line("private readonly object? _value;");
        writer.Line();
        writer.Open($"private {name}(int variant, object? value)");
        writer.Line("Variant = variant;");
        writer.Line("_value = value;");
        writer.Close();
        writer.Line();
        writer.Doc("summary", "The variant held: its number in spec order, from 1; 0 for a value of unknown shape.");
        writer.Line("internal int Variant { get; }");
        writer.Line();
        writer.Doc("summary", "The value held, boxed.");
        // Not "Value": a union schema may be named so, and a member cannot share its type's name.
        writer.Line("internal object? HeldValue => _value;");
        writer.Line();
        writer.Doc("summary", "The JSON of a value whose shape this SDK version does not know; null when a known variant is held.");
        writer.Line($"public {Json}.JsonElement? UnknownVariant => Variant == 0 ? ({Json}.JsonElement?)_value : null;");
        writer.Line();
        writer.Doc("summary", "Holds JSON of a shape no variant has, to be written unchanged.");
        writer.Doc("param", "The JSON value.", " name=\"json\"");
        writer.Doc("returns", "The union holding a copy of <paramref name=\"json\"/>.");
        writer.Line($"public static {name} FromUnknown({Json}.JsonElement json) => new {name}(0, json.Clone());");
        foreach (var variant in union.Variants)
        {
            var type = CSharpType(variant.Type);
            var shown = Naming.XmlEscape(ShortName(variant.Type));
            var isValue = IsValueType(variant.Type);
            writer.Line();
            writer.Doc("summary", $"Whether the value is the <c>{shown}</c> variant.");
            writer.Line($"public bool Is{variant.Name} => Variant == {variant.Index};");
            writer.Line();
            writer.Doc("summary", $"The <c>{shown}</c> variant, or null when another is held.");
            writer.Line($"public {type}? As{variant.Name} => Variant == {variant.Index} ? ({type}?)_value : null;");
            writer.Line();
            writer.Doc("summary", $"Gets the <c>{shown}</c> variant.");
            writer.Doc("param", "The variant, when held.", " name=\"value\"");
            writer.Doc("returns", $"Whether the <c>{shown}</c> variant is held.");
            if (isValue)
            {
                writer.Open($"public bool TryGet{variant.Name}(out {type} value)");
            }
            else
            {
                writer.Line("#if NETSTANDARD2_0");
                writer.Line($"public bool TryGet{variant.Name}(out {type}? value)");
                writer.Line("#else");
                writer.Line($"public bool TryGet{variant.Name}([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {type}? value)");
                writer.Line("#endif");
                writer.Open();
            }

            writer.Open($"if (Variant == {variant.Index})");
            writer.Line($"value = ({type})_value!;");
            writer.Line("return true;");
            writer.Close();
            writer.Line();
            writer.Line("value = default;");
            writer.Line("return false;");
            writer.Close();
            writer.Line();
            writer.Doc("summary", $"Holds a <c>{shown}</c>.");
            writer.Doc("param", "The value.", " name=\"value\"");
            writer.Doc("returns", "The union holding <paramref name=\"value\"/>.");
            if (!isValue)
            {
                writer.Doc("exception", "<paramref name=\"value\"/> is null.", " cref=\"global::System.ArgumentNullException\"");
            }

            writer.Line(isValue
                ? $"public static {name} From{variant.Name}({type} value) => new {name}({variant.Index}, value);"
                : $"public static {name} From{variant.Name}({type} value) => new {name}({variant.Index}, value ?? throw new global::System.ArgumentNullException(nameof(value)));");
            writer.Line();
            writer.Doc("summary", isValue ? $"Holds a <c>{shown}</c>." : $"Holds a <c>{shown}</c>; null stays null (an implicit conversion never throws).");
            writer.Doc("param", "The value.", " name=\"value\"");
            writer.Doc("returns", isValue ? "The union holding <paramref name=\"value\"/>." : "The union holding <paramref name=\"value\"/>, or null.");
            writer.Line(isValue
                ? $"public static implicit operator {name}({type} value) => From{variant.Name}(value);"
                : $"public static implicit operator {name}?({type}? value) => value is null ? null : From{variant.Name}(value);");
        }

        writer.Close();
        return File($"Models/{name}.cs", writer);
    }

    private GeneratedFile EmitValueUnionConverter(ValueUnionType union)
    {
        var name = union.Name;
        var writer = Start(ModelsNamespace, union.Deprecated || union.Variants.Any(v => UsesDeprecated(v.Type)));
        writer.Doc("summary", $"Reads <see cref=\"{name}\"/> by the shape of the JSON value and writes the variant held.");
        writer.Open($"internal sealed class {union.ConverterName} : {Serialization}.JsonConverter<{name}>");
        writer.Doc("inheritdoc", string.Empty);
        writer.Open($"public override {name}? Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options)");
        var fastLists = union.Variants.Where(v => FastListItemKind(v.Type) is not null).ToList();
        if (fastLists.Count > 0 || union.Variants.Any(v => v.Shape is JsonShape.String or JsonShape.Integer or JsonShape.Number or JsonShape.Boolean))
        {
            writer.Open("switch (reader.TokenType)");
            EmitTokenCase(writer, union, "String", JsonShape.String);
            EmitTokenCase(writer, union, "Number", JsonShape.Integer, JsonShape.Number);
            EmitTokenCase(writer, union, "True:\ncase global::System.Text.Json.JsonTokenType.False", JsonShape.Boolean);
            if (fastLists.Count > 0)
            {
                // Arrays of plain strings, numbers or booleans are read straight from the reader once a look-ahead
                // (a copy of the reader, no allocation) has seen their items' kind; anything else takes the general path.
                writer.Line($"case {Json}.JsonTokenType.StartArray:");
                writer.Open();
                writer.Line("var items = ArrayItemKind(reader);");
                for (var f = 0; f < fastLists.Count; f++)
                {
                    var variant = fastLists[f];
                    writer.Open(f == 0 ? $"if (items == 0 || items == {FastListItemKind(variant.Type)})" : $"if (items == {FastListItemKind(variant.Type)})");
                    writer.Line($"return {name}.From{variant.Name}({Json}.JsonSerializer.Deserialize(ref reader, {TypeInfo(variant.Type)})!);");
                    writer.Close();
                }

                writer.Line("break;");
                writer.Close();
            }

            writer.Close();
            writer.Line();
        }

        writer.Line($"using var document = {Json}.JsonDocument.ParseValue(ref reader);");
        writer.Line("var element = document.RootElement;");
        // Number lists were decided by the look-ahead above: an array it turned down (a null item, an overflowing number
        // the reader would make infinite) is not one of them. Lists of other items may still hold nulls.
        var arrays = union.Variants.Where(v => v.Shape == JsonShape.Array && FastListItemKind(v.Type) != 2).ToList();
        if (arrays.Count > 0)
        {
            writer.Open($"if (element.ValueKind == {Json}.JsonValueKind.Array)");
            foreach (var variant in arrays)
            {
                writer.Open($"if (TryRead(element, {TypeInfo(variant.Type)}, out var value{variant.Index}))");
                writer.Line($"return {name}.From{variant.Name}(value{variant.Index}!);");
                writer.Close();
            }

            writer.Close();
            writer.Line();
        }

        // Models with more required members are tried first, so that a model that needs less does not take an
        // object meant for a richer one; maps take any object.
        var objects = union.Variants.Where(v => v.Shape == JsonShape.Object)
            .OrderBy(v => v.Type is MapRef ? 1 : 0)
            .ThenByDescending(v => v.RequiredMembers.Count)
            .ToList();
        if (objects.Count > 0)
        {
            writer.Open($"if (element.ValueKind == {Json}.JsonValueKind.Object)");
            foreach (var variant in objects)
            {
                if (variant.Type is MapRef)
                {
                    writer.Open($"if (TryRead(element, {TypeInfo(variant.Type)}, out var value{variant.Index}))");
                    writer.Line($"return {name}.From{variant.Name}(value{variant.Index}!);");
                    writer.Close();
                    continue;
                }

                // An object with a variant's required members but members of other types is not that variant: the
                // next one is tried, and in the end the value is kept as it came rather than failing the response.
                var present = variant.RequiredMembers.Select(m => $"element.TryGetProperty({Naming.Literal(m)}, out _)");
                writer.Open("if (" + string.Join(" && ", present.Append($"TryRead(element, {TypeInfo(variant.Type)}, out var value{variant.Index})")) + ")");
                writer.Line($"return {name}.From{variant.Name}(value{variant.Index}!);");
                writer.Close();
            }

            writer.Close();
            writer.Line();
        }

        var any = union.Variants.FirstOrDefault(v => v.Shape == JsonShape.Any);
        if (any is null)
        {
            writer.Line($"return {name}.FromUnknown(element);");
        }
        else if (any.Type is PrimitiveRef)
        {
            writer.Line($"return {name}.From{any.Name}(element.Clone());");
        }
        else
        {
            writer.Line($"return {name}.From{any.Name}({Json}.JsonSerializer.Deserialize(element, {TypeInfo(any.Type)})!);");
        }

        writer.Close();
        writer.Line();
        writer.Doc("inheritdoc", string.Empty);
        writer.Open($"public override void Write({Json}.Utf8JsonWriter writer, {name} value, {Json}.JsonSerializerOptions options)");
        writer.Open("switch (value.Variant)");
        foreach (var variant in union.Variants)
        {
            writer.Line($"case {variant.Index}:");
            var held = $"(({CSharpType(variant.Type)})value.HeldValue!)";
            writer.Line("    " + (variant.Type switch
            {
                PrimitiveRef { Kind: PrimitiveKind.String or PrimitiveKind.DateTime } => $"writer.WriteStringValue({held});",
                PrimitiveRef { Kind: PrimitiveKind.Boolean } => $"writer.WriteBooleanValue({held});",
                PrimitiveRef { Kind: PrimitiveKind.Any } => $"{held}.WriteTo(writer);",
                PrimitiveRef => $"writer.WriteNumberValue({held});",
                _ => $"{Json}.JsonSerializer.Serialize(writer, {held}, {TypeInfo(variant.Type)});",
            }));
            writer.Line("    return;");
        }

        writer.Line("default:");
        writer.Line($"    (({Json}.JsonElement)value.HeldValue!).WriteTo(writer);");
        writer.Line("    return;");
        writer.Close();
        writer.Close();
        if (fastLists.Count > 0)
        {
            writer.Line();
            writer.Doc("summary", "The kind of every item of the array at <paramref name=\"probe\"/>: 0 none, 1 strings, 2 numbers, 3 booleans, 4 anything else or a mix.");
            writer.Open($"private static int ArrayItemKind({Json}.Utf8JsonReader probe)");
            writer.Line("var kind = 0;");
            writer.Open($"while (probe.Read() && probe.TokenType != {Json}.JsonTokenType.EndArray)");
            writer.Line("var item = probe.TokenType switch");
            writer.Open();
            writer.Line($"{Json}.JsonTokenType.String => 1,");
            // A number the item type cannot hold (1e400) would fail the whole list: it is not a plain number list.
            // (The reader turns an overflowing number into infinity, which could not be written back.)
            var numberCheck = fastLists.Any(v => v.Type is ListRef { Item: PrimitiveRef { Kind: PrimitiveKind.Float } })
                ? "probe.TryGetSingle(out var single) && !float.IsInfinity(single)"
                : "probe.TryGetDouble(out var number) && !double.IsInfinity(number)";
            writer.Line($"{Json}.JsonTokenType.Number => {numberCheck} ? 2 : 4,");
            writer.Line($"{Json}.JsonTokenType.True or {Json}.JsonTokenType.False => 3,");
            writer.Line("_ => 4,");
            writer.Close(";");
            writer.Open("if (item == 4 || (kind != 0 && kind != item))");
            writer.Line("return 4;");
            writer.Close();
            writer.Line();
            writer.Line("kind = item;");
            writer.Close();
            writer.Line();
            writer.Line("return kind;");
            writer.Close();
        }

        if (arrays.Count > 0 || objects.Count > 0)
        {
            writer.Line();
            writer.Doc("summary", "Reads <paramref name=\"element\"/> as a variant's type; false when it is not of that type.");
            writer.Open($"private static bool TryRead<T>({Json}.JsonElement element, {Serialization}.Metadata.JsonTypeInfo<T> typeInfo, out T? value)");
            writer.Open("try");
            writer.Line($"value = {Json}.JsonSerializer.Deserialize(element, typeInfo);");
            writer.Line("return value is not null;");
            writer.Close();
            writer.Open($"catch ({Json}.JsonException)");
            writer.Line("value = default;");
            writer.Line("return false;");
            writer.Close();
            writer.Close();
        }

        writer.Close();
        return File($"Models/{union.ConverterName}.cs", writer);
    }

    /// <summary>The <c>case</c> for a primitive token: the first variant of a matching shape that reads it wins.</summary>
    private void EmitTokenCase(CodeWriter writer, ValueUnionType union, string token, params JsonShape[] shapes)
    {
        var variants = union.Variants.Where(v => shapes.Contains(v.Shape))
            .OrderBy(v => Array.IndexOf(shapes, v.Shape))
            .ToList();
        if (variants.Count == 0)
        {
            return;
        }

        foreach (var line in $"case {Json}.JsonTokenType.{token}:".Split('\n'))
        {
            writer.Line(line);
        }

        writer.Open();
        var terminal = false;
        foreach (var variant in variants)
        {
            var from = $"{union.Name}.From{variant.Name}";
            var i = variant.Index;
            switch (variant.Type)
            {
                case PrimitiveRef { Kind: PrimitiveKind.DateTime }:
                    writer.Open($"if (reader.TryGetDateTimeOffset(out var value{i}))").Line($"return {from}(value{i});").Close();
                    break;
                case PrimitiveRef { Kind: PrimitiveKind.Int32 }:
                    writer.Open($"if (reader.TryGetInt32(out var value{i}))").Line($"return {from}(value{i});").Close();
                    break;
                case PrimitiveRef { Kind: PrimitiveKind.Int64 }:
                    writer.Open($"if (reader.TryGetInt64(out var value{i}))").Line($"return {from}(value{i});").Close();
                    break;
                case PrimitiveRef { Kind: PrimitiveKind.Float }:
                    writer.Open($"if (reader.TryGetSingle(out var value{i}) && !float.IsInfinity(value{i}))").Line($"return {from}(value{i});").Close();
                    break;
                case PrimitiveRef { Kind: PrimitiveKind.Double }:
                    // A number a double cannot hold (an integer above 2^53, an overflow the reader makes infinite) is kept as
                    // it came, so that it is written back unchanged.
                    writer.Open($"if (reader.TryGetDouble(out var value{i}) && !double.IsInfinity(value{i}) && (!reader.TryGetInt64(out var whole{i}) || (long)value{i} == whole{i}))").Line($"return {from}(value{i});").Close();
                    break;
                case PrimitiveRef { Kind: PrimitiveKind.String }:
                    writer.Line($"return {from}(reader.GetString()!);");
                    terminal = true;
                    break;
                case PrimitiveRef { Kind: PrimitiveKind.Boolean }:
                    writer.Line($"return {from}(reader.GetBoolean());");
                    terminal = true;
                    break;
                default:
                    // A string enum: any string is a value of an extensible enum.
                    writer.Line($"return {from}({Json}.JsonSerializer.Deserialize(ref reader, {TypeInfo(variant.Type)}));");
                    terminal = true;
                    break;
            }

            if (terminal)
            {
                break;
            }
        }

        if (!terminal)
        {
            writer.Line("break;");
        }

        writer.Close();
    }

    /// <summary>
    /// For a list whose items any JSON value of one primitive kind reads into without fail (strings, string enums,
    /// floating-point numbers, booleans): that kind as <c>ArrayItemKind</c> numbers it. Integers and date-times can
    /// fail on a value of their kind, so they take the general path.
    /// </summary>
    private int? FastListItemKind(TypeRef type) => type switch
    {
        ListRef { Item: NamedRef { Kind: NamedKind.Enum } e } when _model.Enums.First(x => x.Name == e.Name).ValueKind != EnumValueKind.String => null,
        ListRef { Item: PrimitiveRef { Kind: PrimitiveKind.String } or NamedRef { Kind: NamedKind.Enum } } => 1,
        ListRef { Item: PrimitiveRef { Kind: PrimitiveKind.Double or PrimitiveKind.Float } } => 2,
        ListRef { Item: PrimitiveRef { Kind: PrimitiveKind.Boolean } } => 3,
        _ => null,
    };

    /// <summary>A short C# name for documentation: <c>string</c>, <c>List&lt;double&gt;</c>, a model's name.</summary>
    private static string ShortName(TypeRef type) => type switch
    {
        PrimitiveRef { Kind: PrimitiveKind.String } => "string",
        PrimitiveRef { Kind: PrimitiveKind.Int32 } => "int",
        PrimitiveRef { Kind: PrimitiveKind.Int64 } => "long",
        PrimitiveRef { Kind: PrimitiveKind.Float } => "float",
        PrimitiveRef { Kind: PrimitiveKind.Double } => "double",
        PrimitiveRef { Kind: PrimitiveKind.Boolean } => "bool",
        PrimitiveRef { Kind: PrimitiveKind.DateTime } => "DateTimeOffset",
        PrimitiveRef => "JsonElement",
        NamedRef named => named.Name,
        ListRef list => $"List<{ShortName(list.Item)}>",
        MapRef map => $"Dictionary<string, {ShortName(map.Value)}>",
        _ => "value",
    };
}
