using System.Text.Json.Nodes;

namespace CaseSdk.Generator.Tests.Support;

/// <summary>
/// Writes the fullest JSON a schema allows: every member, a value where null is allowed, one array item per oneOf
/// variant, map entries and successive values that take each variant in turn. Reading it back must type every member.
/// </summary>
internal sealed class MaximalInstance(JsonObject document)
{
    private const int MaxDepth = 12;

    // Successive single oneOf values take successive variants, so that a map's entries cover every variant.
    private readonly Dictionary<JsonNode, int> _rotation = new(ReferenceEqualityComparer.Instance);

    /// <summary>An instance of <paramref name="schema"/>.</summary>
    public JsonNode? Of(JsonNode? schema) => Of(schema, 0, new Stack<string>());

    private JsonNode? Of(JsonNode? schema, int depth, Stack<string> refs)
    {
        if (schema is not JsonObject s)
        {
            return JsonValue.Create("x");
        }

        if (s["$ref"]?.GetValue<string>() is { } reference)
        {
            if (refs.Count(r => r == reference) >= 2 || depth > MaxDepth)
            {
                return null;
            }

            refs.Push(reference);
            try
            {
                return Of(Resolve(reference), depth + 1, refs);
            }
            finally
            {
                refs.Pop();
            }
        }

        if (s["oneOf"] is JsonArray oneOf)
        {
            var next = _rotation.GetValueOrDefault(oneOf);
            _rotation[oneOf] = next + 1;
            return Of(oneOf[next % oneOf.Count], depth + 1, refs);
        }

        if (s["enum"] is JsonArray values)
        {
            return values.First(v => v is not null)!.DeepClone();
        }

        var type = s["type"]?.GetValue<string>() ?? (s["properties"] is not null ? "object" : null);
        switch (type)
        {
            case "object":
                var result = new JsonObject();
                var required = (s["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
                foreach (var (name, property) in s["properties"]?.AsObject() ?? [])
                {
                    var value = Of(property, depth + 1, refs);
                    if (value is not null || required.Contains(name))
                    {
                        result[name] = value;
                    }
                }

                if (s["additionalProperties"] is JsonObject { Count: > 0 } additional && s["properties"] is null)
                {
                    var index = 0;
                    foreach (var variant in Variants(additional).Concat(Enumerable.Repeat(additional, 3)))
                    {
                        if (Of(variant, depth + 1, refs) is { } value)
                        {
                            result["key" + index++] = value;
                        }
                    }
                }

                return result;
            case "array":
                var array = new JsonArray();
                foreach (var variant in Variants(s["items"]))
                {
                    if (Of(variant, depth + 1, refs) is { } item)
                    {
                        array.Add(item);
                    }
                }

                return array;
            case "string":
                return JsonValue.Create(s["format"]?.GetValue<string>() == "date-time" ? "2024-05-06T07:08:09+00:00" : "x");
            case "integer":
                return JsonValue.Create(7);
            case "number":
                return JsonValue.Create(1.5);
            case "boolean":
                return JsonValue.Create(true);
            default:
                return JsonValue.Create("x");
        }
    }

    /// <summary>For a oneOf, each variant (so a list holds one of each); otherwise the schema itself.</summary>
    private IEnumerable<JsonNode?> Variants(JsonNode? schema)
    {
        var resolved = schema;
        while (resolved?["$ref"]?.GetValue<string>() is { } reference)
        {
            resolved = Resolve(reference);
        }

        return resolved?["oneOf"] is JsonArray variants ? [.. variants] : new List<JsonNode?> { schema };
    }

    private JsonNode Resolve(string reference) =>
        reference.Split('/').Skip(1).Aggregate((JsonNode)document, (node, part) => node[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]!);
}
