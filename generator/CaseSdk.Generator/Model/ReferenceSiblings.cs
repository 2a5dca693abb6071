using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Keywords written next to a <c>$ref</c> (<c>status: {$ref: CaseStatus, deprecated: true}</c>). OpenAPI 3.0 readers
/// drop them, but real documents rely on them, so they are read from the raw JSON; null means "not written there".
/// </summary>
internal sealed record ReferenceSiblings(bool? Deprecated, string? Description, bool? Nullable, bool? ReadOnly)
{
    private static readonly ReferenceSiblings None = new(null, null, null, null);

    /// <summary>The siblings of the <c>$ref</c> at <paramref name="raw"/>, if <paramref name="schema"/> is a reference.</summary>
    public static ReferenceSiblings Read(IOpenApiSchema? schema, JsonNode? raw)
    {
        if (schema is not OpenApiSchemaReference || raw is not JsonObject node)
        {
            return None;
        }

        return new ReferenceSiblings(Flag(node, "deprecated"), node["description"] is JsonValue d && d.GetValueKind() == JsonValueKind.String ? d.GetValue<string>() : null, Flag(node, "nullable"), Flag(node, "readOnly"));
    }

    private static bool? Flag(JsonObject node, string name) => node[name] is JsonValue value ? value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    } : null;
}
