using System.Text.Json.Nodes;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>
/// A schema with its <c>$ref</c> chain followed and its <c>allOf</c> parts merged, so that two documents can be
/// compared by shape whatever their component names. The <c>$ref</c> siblings (deprecated, nullable, readOnly...)
/// override what the target says, as OpenAPI 3.1 and the reference document use them.
/// </summary>
internal sealed class SchemaView
{
    private SchemaView(IReadOnlyList<JsonObject> targets)
    {
        Targets = targets;
    }

    /// <summary>The component objects this view was resolved through (identities, for cycle detection).</summary>
    public IReadOnlyList<JsonObject> Targets { get; }

    public Dictionary<string, JsonNode?> Keywords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonNode?> Properties { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    public static SchemaView? Resolve(JsonNode? node, JsonObject document)
    {
        if (node is not JsonObject schema)
        {
            return null;
        }

        var targets = new List<JsonObject>();
        var view = new SchemaView(targets);
        view.Merge(schema, document, targets, depth: 0);
        return view;
    }

    private void Merge(JsonObject schema, JsonObject document, List<JsonObject> targets, int depth)
    {
        if (depth > 32)
        {
            throw new InvalidOperationException("$ref/allOf chain deeper than 32: a cycle without properties in between");
        }

        // Siblings of $ref win over the target: apply them first, the target only fills in what is left.
        foreach (var (key, value) in schema)
        {
            switch (key)
            {
                case "$ref" or "allOf":
                    break;
                case "properties":
                    foreach (var (name, property) in value?.AsObject() ?? [])
                    {
                        Properties.TryAdd(name, property);
                    }

                    break;
                case "required":
                    foreach (var name in value?.AsArray() ?? [])
                    {
                        Required.Add(name!.GetValue<string>());
                    }

                    break;
                default:
                    Keywords.TryAdd(key, value);
                    break;
            }
        }

        if (schema["$ref"] is JsonValue reference)
        {
            var target = ReferenceResolver.Resolve(document, reference.GetValue<string>());
            targets.Add(target);
            Merge(target, document, targets, depth + 1);
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Merge(part!.AsObject(), document, targets, depth + 1);
        }
    }
}
