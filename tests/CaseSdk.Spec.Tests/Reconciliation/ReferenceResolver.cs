using System.Text.Json.Nodes;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>Follows local JSON pointers (<c>#/components/...</c>), the only kind both documents use.</summary>
internal static class ReferenceResolver
{
    public static JsonObject Resolve(JsonObject document, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"only local references are supported, found '{reference}'");
        }

        JsonNode? node = document;
        foreach (var segment in reference[2..].Split('/'))
        {
            var key = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node?[key];
        }

        return node as JsonObject ?? throw new InvalidOperationException($"'{reference}' does not resolve to an object");
    }

    /// <summary>Resolves <paramref name="node"/> if it is a <c>$ref</c> (parameters, responses, request bodies).</summary>
    public static JsonObject? Follow(JsonNode? node, JsonObject document)
    {
        for (var depth = 0; node is JsonObject obj && obj["$ref"] is JsonValue reference; depth++)
        {
            if (depth > 32)
            {
                throw new InvalidOperationException("reference chain deeper than 32");
            }

            node = Resolve(document, reference.GetValue<string>());
        }

        return node as JsonObject;
    }
}
