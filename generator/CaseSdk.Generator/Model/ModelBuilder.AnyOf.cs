using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>
/// anyOf is read like oneOf: a value matching several variants is read as the first that fits, which is what a
/// caller of a typed SDK can use; a value matching none is kept as JSON.
/// </summary>
public sealed partial class ModelBuilder
{
    private static bool IsUnion(IOpenApiSchema schema) => schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 };

    private static string UnionKeyword(IOpenApiSchema schema) => schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";

    private static IEnumerable<IOpenApiSchema> UnionVariants(IOpenApiSchema schema) =>
        schema.OneOf is { Count: > 0 } oneOf ? oneOf : schema.AnyOf ?? [];
}
