using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>Models, extensible enums and unions.</summary>
public sealed partial class CSharpEmitter
{
    private GeneratedFile EmitModel(ModelType model)
    {
        var isChecked = _model.CheckedTypes.Contains(model.Name);
        var writer = Start(ModelsNamespace, UsesDeprecated(model.AdditionalPropertiesType) || model.Properties.Any(p => UsesDeprecated(p.Type) || (isChecked && p.Deprecated && _model.HasChecks(p))));
        writer.Doc("summary", Summary(model.Description, $"The <c>{Naming.XmlEscape(model.Name)}</c> object."));
        if (model.Deprecated)
        {
            writer.Line($"[{Obsolete}({Naming.Literal(model.DeprecationMessage ?? $"{model.Name} is deprecated.")})]");
        }

        writer.Open($"public sealed class {model.Name}{BaseList(model)}");
        foreach (var property in model.Properties)
        {
            var summary = Summary(property.Description, $"The <c>{Naming.XmlEscape(property.WireName)}</c> member.");
            if (property.Required)
            {
                summary += RequiredSentence(model, property, isChecked);
            }

            var limits = DescribeLimits(property.Type, property.Constraints);
            if (limits.Count > 0)
            {
                summary += "\n" + string.Join(" ", limits) + (isChecked ? " A request body outside these limits is refused before it is sent." : string.Empty);
            }

            if (property.TracksPresence)
            {
                summary += "\nNullable: a request leaves it out until you set it; set it to <c>null</c> to send an explicit null (for example, to clear it).";
            }
            else if (property.Nullable && property.Required)
            {
                summary += "\nAlways written, as <c>null</c> when it is null.";
            }

            writer.Doc("summary", summary);
            if (property.Deprecated)
            {
                writer.Line($"[{Obsolete}({Naming.Literal(property.DeprecationMessage ?? $"{property.WireName} is deprecated.")})]");
            }

            writer.Line($"[{Serialization}.JsonPropertyName({Naming.Literal(property.WireName)})]");
            if (property.Nullable && property.Required)
            {
                // Required and nullable: the API expects the member on every write, null included.
                writer.Line($"[{Serialization}.JsonIgnore(Condition = {Serialization}.JsonIgnoreCondition.Never)]");
            }

            var initial = property.InitialEnumMember is null ? null : $"{CSharpType(property.Type)}.{property.InitialEnumMember}";
            if (property.TracksPresence)
            {
                EmitTrackedProperty(writer, property, CSharpType(property.Type), initial);
            }
            else
            {
                writer.Line($"public {MemberDeclaration(model, property)} {{ get; set; }}{(initial is null ? string.Empty : $" = {initial};")}");
            }

            writer.Line();
        }

        EmitAdditionalProperties(writer, model);
        EmitUnknownMembers(writer);
        if (model.Properties.Any(p => p.TracksPresence))
        {
            writer.Line();
            EmitSkipUnsetMembers(writer, model);
        }

        if (isChecked)
        {
            writer.Line();
            EmitCollectProblems(writer, model);
        }

        writer.Close();
        return File($"Models/{model.Name}.cs", writer);
    }

    private GeneratedFile EmitEnum(EnumType type)
    {
        var name = type.Name;
        var writer = Start(ModelsNamespace, false);
        writer.Doc("summary", Summary(type.Description, $"The <c>{Naming.XmlEscape(name)}</c> values."));
        writer.Doc("remarks", "An extensible enum: values this SDK version does not know are kept as they are, not rejected.\nCompare with <c>==</c>; <see cref=\"ToString\"/> gives the wire value.");
        if (type.Deprecated)
        {
            writer.Line($"[{Obsolete}({Naming.Literal(type.DeprecationMessage ?? $"{name} is deprecated.")})]");
        }

        writer.Line($"[{Serialization}.JsonConverter(typeof({type.ConverterName}))]");
        writer.Open($"public readonly struct {name} : global::System.IEquatable<{name}>");
        writer.Line("private readonly string? _value;");
        writer.Line();
        writer.Doc("summary", "Creates a value from its wire form; any string is accepted, so values added to the API later still work.");
        writer.Doc("param", "The wire value.", " name=\"value\"");
        writer.Doc("exception", "<paramref name=\"value\"/> is null.", " cref=\"global::System.ArgumentNullException\"");
        writer.Open($"public {name}(string value)");
        writer.Line("_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        writer.Close();
        writer.Line();
        foreach (var member in type.Members)
        {
            writer.Doc("summary", $"The value <c>{Naming.XmlEscape(member.WireValue)}</c>.");
            writer.Line($"public static {name} {member.Name} {{ get; }} = new {name}({Naming.Literal(member.WireValue)});");
            writer.Line();
        }

        EmitKnownValues(writer, type);
        writer.Line();
        writer.Doc("summary", "Creates a value from its wire form (same as the constructor).");
        writer.Doc("param", "The wire value.", " name=\"value\"");
        writer.Doc("returns", "The value.");
        writer.Line($"public static {name} From(string value) => new {name}(value);");
        writer.Line();
        writer.Doc("summary", "Finds a known value, ignoring case; the result has the documented wire casing.");
        writer.Doc("param", "The text to parse.", " name=\"value\"");
        writer.Doc("param", "The known value, or <c>default</c>.", " name=\"result\"");
        writer.Doc("returns"," <c>true</c> when <paramref name=\"value\"/> is a known value.".Trim());
        writer.Open($"public static bool TryParse(string? value, out {name} result)");
        writer.Open("if (value is not null)");
        writer.Open("foreach (var known in KnownValues)");
        writer.Open("if (string.Equals(known._value, value, global::System.StringComparison.OrdinalIgnoreCase))");
        writer.Line("result = known;");
        writer.Line("return true;");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("result = default;");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        writer.Doc("summary", "Compares wire values (ordinal, as the API does).");
        writer.Doc("param", "The other value.", " name=\"other\"");
        writer.Doc("returns", "Whether both have the same wire value.");
        writer.Line($"public bool Equals({name} other) => string.Equals(_value ?? string.Empty, other._value ?? string.Empty, global::System.StringComparison.Ordinal);");
        writer.Line();
        writer.Doc("summary", "Compares with a wire value (ordinal).");
        writer.Doc("param", "The wire value.", " name=\"other\"");
        writer.Doc("returns", "Whether this value's wire form is <paramref name=\"other\"/>.");
        writer.Line("public bool Equals(string? other) => other is not null && string.Equals(_value ?? string.Empty, other, global::System.StringComparison.Ordinal);");
        writer.Line();
        writer.Doc("inheritdoc", string.Empty);
        writer.Line($"public override bool Equals(object? obj) => obj is {name} other ? Equals(other) : obj is string text && Equals(text);");
        writer.Line();
        writer.Doc("inheritdoc", string.Empty);
        writer.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(_value ?? string.Empty);");
        writer.Line();
        writer.Doc("summary", "The wire value; empty for <c>default</c>.");
        writer.Doc("returns", "The wire value.");
        writer.Line("public override string ToString() => _value ?? string.Empty;");
        writer.Line();
        EmitEqualityOperators(writer, name);
        writer.Line();
        writer.Doc("summary", "Converts a wire value.");
        writer.Doc("param", "The wire value.", " name=\"value\"");
        writer.Doc("returns", "The value.");
        writer.Doc("exception", "<paramref name=\"value\"/> is null.", " cref=\"global::System.ArgumentNullException\"");
        writer.Line($"public static implicit operator {name}(string value) => new {name}(value);");
        writer.Close();
        return File($"Models/{name}.cs", writer);
    }

    private GeneratedFile EmitEnumConverter(EnumType type)
    {
        var name = type.Name;
        var writer = Start(ModelsNamespace, type.Deprecated);
        writer.Doc("summary", $"Reads any JSON string into <see cref=\"{name}\"/> (unknown values are kept) and writes the wire value.");
        writer.Open($"internal sealed class {type.ConverterName} : {Serialization}.JsonConverter<{name}>");
        writer.Doc("inheritdoc", string.Empty);
        writer.Open($"public override {name} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)");
        writer.Line($"throw new global::System.Text.Json.JsonException(\"Expected a string for {name}, found \" + reader.TokenType + \".\");");
        writer.Close();
        writer.Line();
        // A documented value comes back as its shared instance: no string is allocated for it. Only a value this
        // SDK version does not know is copied out of the reader.
        foreach (var member in type.Members)
        {
            writer.Open($"if (reader.ValueTextEquals({Naming.Literal(member.WireValue)}u8))");
            writer.Line($"return {name}.{member.Name};");
            writer.Close();
            writer.Line();
        }

        writer.Line($"return new {name}(reader.GetString()!);");
        writer.Close();
        writer.Line();
        writer.Doc("inheritdoc", string.Empty);
        writer.Line($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {name} value, global::System.Text.Json.JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());");
        writer.Close();
        return File($"Models/{type.ConverterName}.cs", writer);
    }

    private GeneratedFile EmitUnion(UnionType union)
    {
        var writer = Start(ModelsNamespace, union.Variants.Any(v => _deprecatedTypes.Contains(v.ModelName)));
        writer.Doc("summary", Summary(union.Description, $"One of: {string.Join(", ", union.Variants.Select(v => v.ModelName))}."));
        writer.Doc("remarks", $"Exactly one member is set after reading; which one depends on <c>{Naming.XmlEscape(union.DiscriminatorWireName)}</c>. An item of a kind this SDK version does not know lands in <see cref=\"UnknownVariant\"/> and is written back unchanged.");
        if (union.Deprecated)
        {
            writer.Line($"[{Obsolete}({Naming.Literal($"{union.Name} is deprecated.")})]");
        }

        writer.Line($"[{Serialization}.JsonConverter(typeof({union.ConverterName}))]");
        writer.Open($"public sealed class {union.Name}");
        foreach (var variant in union.Variants)
        {
            writer.Doc("summary", $"Set when <c>{Naming.XmlEscape(union.DiscriminatorWireName)}</c> is <c>{Naming.XmlEscape(variant.DiscriminatorValue)}</c>.");
            writer.Line($"public {variant.ModelName}? {variant.PropertyName} {{ get; set; }}");
            writer.Line();
        }

        writer.Doc("summary", "The raw JSON of an item whose kind this SDK version does not know.");
        writer.Line("public global::System.Text.Json.JsonElement? UnknownVariant { get; set; }");
        if (_model.CheckedTypes.Contains(union.Name))
        {
            writer.Line();
            EmitCollectProblems(writer, union);
        }

        foreach (var variant in union.Variants)
        {
            writer.Line();
            writer.Doc("summary", $"Wraps a <see cref=\"{variant.ModelName}\"/>.");
            writer.Doc("param", "The variant.", " name=\"value\"");
            writer.Doc("returns", "The union holding <paramref name=\"value\"/>.");
            writer.Line($"public static implicit operator {union.Name}({variant.ModelName} value) => new {union.Name} {{ {variant.PropertyName} = value }};");
        }

        writer.Close();
        return File($"Models/{union.Name}.cs", writer);
    }

    private GeneratedFile EmitUnionConverter(UnionType union)
    {
        var writer = Start(ModelsNamespace, union.Deprecated || union.Variants.Any(v => _deprecatedTypes.Contains(v.ModelName)));
        writer.Doc("summary", $"Reads <see cref=\"{union.Name}\"/> by its <c>{Naming.XmlEscape(union.DiscriminatorWireName)}</c> member and writes whichever member is set.");
        writer.Open($"internal sealed class {union.ConverterName} : {Serialization}.JsonConverter<{union.Name}>");
        writer.Doc("inheritdoc", string.Empty);
        writer.Open($"public override {union.Name}? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)");
        writer.Line("using var document = global::System.Text.Json.JsonDocument.ParseValue(ref reader);");
        writer.Line("var element = document.RootElement;");
        writer.Line($"if (element.ValueKind == global::System.Text.Json.JsonValueKind.Object && element.TryGetProperty({Naming.Literal(union.DiscriminatorWireName)}, out var discriminator) && discriminator.ValueKind == global::System.Text.Json.JsonValueKind.String)");
        writer.Open();
        writer.Open("switch (discriminator.GetString())");
        foreach (var variant in union.Variants)
        {
            writer.Line($"case {Naming.Literal(variant.DiscriminatorValue)}:");
            writer.Line($"    return new {union.Name} {{ {variant.PropertyName} = global::System.Text.Json.JsonSerializer.Deserialize(element, {TypeInfo(new NamedRef(variant.ModelName, NamedKind.Model))}) }};");
        }

        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line($"return new {union.Name} {{ UnknownVariant = element.Clone() }};");
        writer.Close();
        writer.Line();
        writer.Doc("inheritdoc", string.Empty);
        writer.Open($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {union.Name} value, global::System.Text.Json.JsonSerializerOptions options)");
        foreach (var variant in union.Variants)
        {
            writer.Open($"if (value.{variant.PropertyName} is not null)");
            writer.Line($"global::System.Text.Json.JsonSerializer.Serialize(writer, value.{variant.PropertyName}, {TypeInfo(new NamedRef(variant.ModelName, NamedKind.Model))});");
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
        return File($"Models/{union.ConverterName}.cs", writer);
    }
}
