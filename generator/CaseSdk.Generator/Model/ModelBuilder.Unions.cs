using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using JsonPointer = CaseSdk.Generator.Read.JsonPointer;

namespace CaseSdk.Generator.Model;

/// <summary>Unions (oneOf, anyOf): discriminated unions of component models first, value unions otherwise.</summary>
public sealed partial class ModelBuilder
{
    private void BuildUnion(string name, IOpenApiSchema schema, string pointer)
    {
        if (!TryBuildDiscriminatedUnion(name, schema, pointer))
        {
            BuildValueUnion(name, schema, pointer);
        }
    }

    /// <summary>A oneOf of component models that share a single-value enum member with a distinct value in each.</summary>
    private bool TryBuildDiscriminatedUnion(string name, IOpenApiSchema schema, string pointer)
    {
        var variants = new List<(string Model, string Pointer)>();
        var index = 0;
        foreach (var variant in UnionVariants(schema))
        {
            var variantPointer = $"{pointer}/{UnionKeyword(schema)}/{index++}";
            if (variant is not OpenApiSchemaReference { Reference.Id: { } id, Target: not null } || !_components.TryGetValue(id, out var entry)
                || entry.Kind != NamedKind.Model || !_modelsByName.ContainsKey(entry.Name!))
            {
                return false;
            }

            variants.Add((entry.Name!, variantPointer));
        }

        if (variants.Count == 0)
        {
            return false;
        }

        // The discriminator: a property every variant has, typed by a single-value string enum, with distinct values.
        var candidates = _modelsByName[variants[0].Model].Properties.Select(p => p.WireName);
        string? discriminator = null;
        List<string>? values = null;
        foreach (var wire in candidates)
        {
            var found = new List<string>();
            foreach (var (model, _) in variants)
            {
                var property = _modelsByName[model].Properties.FirstOrDefault(p => p.WireName == wire);
                if (property?.Type is NamedRef { Kind: NamedKind.Enum } e && _enumsByName[e.Name].Members.Count == 1 && _enumsByName[e.Name].ValueKind == EnumValueKind.String)
                {
                    found.Add(_enumsByName[e.Name].Members[0].WireValue);
                }
            }

            if (found.Count == variants.Count && found.Distinct(StringComparer.Ordinal).Count() == found.Count)
            {
                discriminator = wire;
                values = found;
                break;
            }
        }

        if (discriminator is null || values is null)
        {
            (discriminator, values) = DeclaredDiscriminator(pointer, variants.Select(v => v.Model).ToList());
        }

        if (discriminator is null || values is null)
        {
            return false;
        }

        var taken = new HashSet<string>(ReservedModelMembers, StringComparer.Ordinal) { "UnknownVariant" };
        var unionVariants = variants.Select((v, i) =>
        {
            var propertyName = v.Model == name ? v.Model + "Value" : v.Model;
            return new UnionVariant(v.Model, Naming.Unique(propertyName, taken), values[i]);
        }).ToList();
        _unions.Add(new UnionType(name, schema.Description, schema.Deprecated, discriminator, unionVariants, name + "JsonConverter", pointer));
        return true;
    }

    /// <summary>
    /// The union's own <c>discriminator</c>, when every variant has that property: each value is the variant's key in
    /// <c>mapping</c>, or its component name when the mapping does not list it (as OpenAPI defines).
    /// </summary>
    private (string? Property, List<string>? Values) DeclaredDiscriminator(string pointer, List<string> variantModels)
    {
        if (RawAt(pointer + "/discriminator/propertyName") is not JsonValue property || property.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            return (null, null);
        }

        var wire = property.GetValue<string>();
        var mapping = RawAt(pointer + "/discriminator/mapping") as JsonObject;
        var values = new List<string>();
        foreach (var model in variantModels)
        {
            if (!_modelsByName[model].Properties.Any(p => p.WireName == wire))
            {
                return (null, null);
            }

            var key = _components.Values.First(c => c.Name == model && c.Kind == NamedKind.Model).Key;
            var mapped = mapping?.FirstOrDefault(m => m.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && (m.Value.GetValue<string>() == ComponentsPrefix + JsonPointer.Escape(key) || m.Value.GetValue<string>() == key)).Key;
            values.Add(mapped ?? key);
        }

        return values.Distinct(StringComparer.Ordinal).Count() == values.Count ? (wire, values) : (null, null);
    }
}
