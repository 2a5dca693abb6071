using System.Text.Json.Nodes;

namespace CaseSdk.ContractTests.Spec;

/// <summary>Local <c>$ref</c>s and JSON pointers inside one OpenAPI document (ours or Datadog's reference).</summary>
internal static class LocalReferences
{
    private const string ComponentPrefix = "#/components/schemas/";

    /// <summary>Follows a local <c>$ref</c> chain from <paramref name="node"/> to the node it names.</summary>
    public static JsonObject Resolve(JsonObject root, JsonNode node)
    {
        var current = node.AsObject();
        for (var hops = 0; current["$ref"] is JsonValue reference; hops++)
        {
            if (hops > 32)
            {
                throw new InvalidOperationException($"$ref cycle at {node.GetPath()}.");
            }

            current = Pointer(root, reference.GetValue<string>()).AsObject();
        }

        return current;
    }

    /// <summary>The component schema name a <c>$ref</c> names (<c>#/components/schemas/X</c> → X), or null.</summary>
    public static string? SchemaName(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            ? reference[ComponentPrefix.Length..]
            : null;

    /// <summary>The node at a local JSON pointer such as <c>#/components/schemas/Case</c>.</summary>
    public static JsonNode Pointer(JsonObject root, string pointer)
    {
        if (!pointer.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Only local references are supported: '{pointer}'.");
        }

        JsonNode current = root;
        foreach (var raw in pointer[2..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current[token] ?? throw new InvalidOperationException($"'{pointer}' does not resolve (at '{token}').");
        }

        return current;
    }
}
