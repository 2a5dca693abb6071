using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>
/// allOf. A single <c>$ref</c> (usually there to carry a description or nullable beside it) is that type. Otherwise
/// it is composition: one model with the members and required names of every part, each part read where it is
/// written (so nullable, enums and limits come from the part's own location).
/// </summary>
public sealed partial class ModelBuilder
{
    private NamedKind? ClassifyAllOf(IOpenApiSchema schema) =>
        IsSingleReferenceAllOf(schema) ? null : NamedKind.Model;

    private static bool IsSingleReferenceAllOf(IOpenApiSchema schema) =>
        schema.AllOf is { Count: 1 } allOf && allOf[0] is OpenApiSchemaReference && schema.Properties is not { Count: > 0 };

    private TypeRef ResolveAllOf(IOpenApiSchema schema, string pointer, string contextName)
    {
        if (IsSingleReferenceAllOf(schema))
        {
            return Resolve(schema.AllOf![0], pointer + "/allOf/0", contextName);
        }

        var name = ReserveTypeName(contextName, NamedKind.Model);
        BuildModel(name, schema, pointer);
        return new NamedRef(name, NamedKind.Model);
    }

    /// <summary>The schemas whose members make up a model: itself, then each allOf part in order (referenced parts included).</summary>
    private List<(IOpenApiSchema Schema, string Pointer)> ModelParts(IOpenApiSchema schema, string pointer)
    {
        var parts = new List<(IOpenApiSchema, string)>();
        AddParts(schema, pointer, parts, new HashSet<string>(StringComparer.Ordinal));
        return parts;
    }

    private void AddParts(IOpenApiSchema schema, string pointer, List<(IOpenApiSchema, string)> parts, HashSet<string> visited)
    {
        if (schema is OpenApiSchemaReference { Reference.Id: { } id } && _components.TryGetValue(id, out var entry))
        {
            if (visited.Add(id))
            {
                AddParts(entry.Schema, entry.Pointer, parts, visited);
            }
            else
            {
                Report(entry.Pointer, "the schema includes itself through allOf");
            }

            return;
        }

        parts.Add((schema, pointer));
        var index = 0;
        foreach (var part in schema.AllOf ?? [])
        {
            var partPointer = $"{pointer}/allOf/{index++}";
            if (IsUnion(part))
            {
                Report(partPointer, "an allOf part that is a oneOf or anyOf is not supported; make the union a member");
                continue;
            }

            AddParts(part, partPointer, parts, visited);
        }
    }
}
