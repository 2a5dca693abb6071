using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Spec;

namespace CaseSdk.ContractTests.Json;

/// <summary>A value inside a JSON document together with the spec schema that describes it.</summary>
/// <param name="Pointer">JSON pointer into the document (empty for the root).</param>
/// <param name="Value">The value.</param>
/// <param name="Schema">Its schema, <c>$ref</c> resolved.</param>
/// <param name="IsOptionalMember">A member of an object whose schema does not list it as required.</param>
internal sealed record SchemaLocation(string Pointer, JsonNode? Value, JsonObject Schema, bool IsOptionalMember);

/// <summary>Walks a document along its schema (properties, items, single-variant or discriminated oneOf).</summary>
internal static class SchemaWalker
{
    public static IEnumerable<SchemaLocation> Walk(JsonNode? document, string schemaName) =>
        Walk(document, ContractSpec.Schemas[schemaName]!.AsObject(), string.Empty, isOptionalMember: false);

    private static IEnumerable<SchemaLocation> Walk(JsonNode? value, JsonObject schema, string pointer, bool isOptionalMember)
    {
        var resolved = ContractSpec.Resolve(schema);
        if (resolved["oneOf"] is JsonArray variants && Variant(variants, value) is { } variant)
        {
            resolved = variant;
        }

        yield return new SchemaLocation(pointer, value, resolved, isOptionalMember);

        if (value is JsonObject obj && resolved["properties"] is JsonObject properties)
        {
            var required = resolved["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (name, member) in obj)
            {
                if (properties[name] is JsonObject memberSchema)
                {
                    foreach (var location in Walk(member, memberSchema, $"{pointer}/{ContractSpec.Escape(name)}", !required.Contains(name)))
                    {
                        yield return location;
                    }
                }
            }
        }
        else if (value is JsonArray array && resolved["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                foreach (var location in Walk(array[i], items, $"{pointer}/{i}", isOptionalMember: false))
                {
                    yield return location;
                }
            }
        }
    }

    // The variant whose "type" enum names the object's "type"; a single variant is taken as is.
    private static JsonObject? Variant(JsonArray variants, JsonNode? value)
    {
        var resolved = variants.Select(v => ContractSpec.Resolve(v!)).ToList();
        if (resolved.Count == 1)
        {
            return resolved[0];
        }

        var type = (value as JsonObject)?["type"]?.ToString();
        return resolved.FirstOrDefault(v => v["properties"]?["type"] is JsonObject t
            && ContractSpec.Resolve(t)["enum"]?.AsArray().Any(e => e?.ToString() == type) == true);
    }
}

/// <summary>Edits a copy of a JSON document at a JSON pointer.</summary>
internal static class JsonEdit
{
    public static JsonNode With(JsonNode document, string pointer, JsonNode? replacement)
    {
        var copy = document.DeepClone();
        var slash = pointer.LastIndexOf('/');
        var parent = Navigate(copy, pointer[..slash]);
        var token = pointer[(slash + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        if (parent is JsonArray array)
        {
            array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] = replacement;
        }
        else
        {
            parent.AsObject()[token] = replacement;
        }

        return copy;
    }

    private static JsonNode Navigate(JsonNode root, string pointer)
    {
        var current = root;
        foreach (var raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current is JsonArray array
                ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]!
                : current[token]!;
        }

        return current;
    }
}
