using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Schemas with several types (<c>type: [string, integer]</c>, or what the reader makes of one): a union told apart
/// by the JSON shape of the value, like a oneOf of those primitives. Object and array members have no shape to
/// type from, so such a schema is any JSON value, with a warning.
/// </summary>
public sealed partial class ModelBuilder
{
    private static readonly (JsonSchemaType Flag, PrimitiveKind Kind)[] PrimitiveTypes =
    [
        (JsonSchemaType.String, PrimitiveKind.String),
        (JsonSchemaType.Integer, PrimitiveKind.Int64),
        (JsonSchemaType.Number, PrimitiveKind.Double),
        (JsonSchemaType.Boolean, PrimitiveKind.Boolean),
    ];

    private TypeRef ResolveTypeList(IOpenApiSchema schema, JsonSchemaType type, string pointer, string contextName)
    {
        if ((type & (JsonSchemaType.Object | JsonSchemaType.Array)) != 0)
        {
            Warn(pointer + "/type", $"a schema with several types ({TypeText(schema)}) is read as any JSON value");
            return new PrimitiveRef(PrimitiveKind.Any);
        }

        var name = ReserveTypeName(contextName, NamedKind.Union);
        var taken = new HashSet<string>(StringComparer.Ordinal) { "Unknown", "Null" };
        var variants = new List<ValueUnionVariant>();
        foreach (var (flag, kind) in PrimitiveTypes)
        {
            // integer and number together: an integer reads as a long, anything else as a double.
            if ((type & flag) != 0)
            {
                var variantType = new PrimitiveRef(kind);
                variants.Add(new ValueUnionVariant(variantType, Naming.Unique(VariantName(variantType), taken), Shape(variantType), [], variants.Count + 1));
            }
        }

        _valueUnions.Add(new ValueUnionType(name, schema.Description, schema.Deprecated, variants, name + "JsonConverter", pointer)
        {
            DeprecationMessage = schema.Deprecated ? Deprecation.Message(name, schema.Description) : null,
        });
        return new NamedRef(name, NamedKind.Union);
    }
}
