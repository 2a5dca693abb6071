using System.Text.Json;
using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>oneOf without a discriminator, free-form objects and JSON:API type constants.</summary>
public sealed partial class ModelBuilder
{
    private readonly List<ValueUnionType> _valueUnions = [];

    /// <summary>
    /// A oneOf whose variants are primitives, arrays, maps or models without a discriminating member: each variant
    /// is typed, and a value of none of their shapes is kept as JSON.
    /// </summary>
    private void BuildValueUnion(string name, IOpenApiSchema schema, string pointer)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Unknown", "Null" };
        var variants = new List<ValueUnionVariant>();
        var seen = new List<TypeRef>();
        var index = 0;
        var keyword = UnionKeyword(schema);
        foreach (var variant in UnionVariants(schema))
        {
            var variantPointer = $"{pointer}/{keyword}/{index++}";
            var type = Resolve(variant, variantPointer, name + "Variant" + index);
            if (seen.Contains(type))
            {
                // Two variants of one C# type (e.g. two string aliases) read and write alike: one accessor serves both.
                continue;
            }

            seen.Add(type);
            var shape = Shape(type);
            var required = type is NamedRef { Kind: NamedKind.Model } model && _modelsByName.TryGetValue(model.Name, out var m)
                ? m.Properties.Where(p => p.Required).Select(p => p.WireName).ToList()
                : [];
            variants.Add(new ValueUnionVariant(type, Naming.Unique(VariantName(type), taken), shape, required, variants.Count + 1));
        }

        if (variants.Count == 0)
        {
            Report($"{pointer}/{keyword}", $"{keyword} has no usable variant");
            return;
        }

        _valueUnions.Add(new ValueUnionType(name, schema.Description, schema.Deprecated, variants, name + "JsonConverter", pointer)
        {
            DeprecationMessage = schema.Deprecated ? Deprecation.Message(name, schema.Description) : null,
        });
    }

    private JsonShape Shape(TypeRef type) => type switch
    {
        PrimitiveRef { Kind: PrimitiveKind.String or PrimitiveKind.DateTime } => JsonShape.String,
        PrimitiveRef { Kind: PrimitiveKind.Int32 or PrimitiveKind.Int64 } => JsonShape.Integer,
        PrimitiveRef { Kind: PrimitiveKind.Float or PrimitiveKind.Double } => JsonShape.Number,
        PrimitiveRef { Kind: PrimitiveKind.Boolean } => JsonShape.Boolean,
        NamedRef { Kind: NamedKind.Enum } e => _enumsByName[e.Name].ValueKind switch
        {
            EnumValueKind.Integer => JsonShape.Integer,
            EnumValueKind.Number => JsonShape.Number,
            _ => JsonShape.String,
        },
        NamedRef { Kind: NamedKind.Model } => JsonShape.Object,
        MapRef => JsonShape.Object,
        ListRef => JsonShape.Array,
        _ => JsonShape.Any,
    };

    /// <summary>The accessor stem a .NET developer expects: <c>String</c>, <c>Double</c>, <c>StringList</c>, <c>Object</c>, a model's name.</summary>
    private static string VariantName(TypeRef type) => type switch
    {
        PrimitiveRef { Kind: PrimitiveKind.Any } => "Json",
        PrimitiveRef primitive => primitive.Kind.ToString(),
        NamedRef named => named.Name,
        ListRef list => VariantName(list.Item) + "List",
        MapRef { Value: PrimitiveRef { Kind: PrimitiveKind.Any } } => "Object",
        MapRef map => VariantName(map.Value) + "Map",
        _ => "Value",
    };

    /// <summary><c>additionalProperties: {}</c> or <c>true</c>: any member, kept in <c>AdditionalData</c>.</summary>
    private bool IsFreeForm(string pointer) =>
        RawAt(pointer) is { } raw && (raw.GetValueKind() == JsonValueKind.True || raw is System.Text.Json.Nodes.JsonObject { Count: 0 });

    /// <summary>
    /// Whether a single-value enum member is a JSON:API <c>type</c> constant, the only value the SDK fills in for the
    /// caller. A deprecated member (or one of a deprecated enum) is never filled in: the API no longer wants it sent.
    /// </summary>
    private static bool IsResourceTypeMember(string wireName, bool deprecated) => !deprecated && wireName == "type";
}
