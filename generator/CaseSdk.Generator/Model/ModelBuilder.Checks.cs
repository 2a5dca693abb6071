using System.Globalization;
using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>Checks: the documented limits (minimum, maxLength, maxItems, ...) the SDK checks before sending.</summary>
public sealed partial class ModelBuilder
{
    /// <summary>The documented limits on a value of <paramref name="type"/>; keywords that do not apply to the type are ignored, as JSON Schema does.</summary>
    private ValueConstraints Constraints(IOpenApiSchema? schema, TypeRef type, string pointer)
    {
        if (schema is null)
        {
            return ValueConstraints.None;
        }

        switch (type)
        {
            case PrimitiveRef { Kind: PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Float or PrimitiveKind.Double }:
                // Microsoft.OpenApi turns OpenAPI 3.0's "maximum: 100, exclusiveMaximum: true" into ExclusiveMaximum = 100.
                return new ValueConstraints(
                    Minimum: Bound(schema.Minimum, pointer, "minimum"),
                    Maximum: Bound(schema.Maximum, pointer, "maximum"),
                    ExclusiveMinimum: Bound(schema.ExclusiveMinimum, pointer, "exclusiveMinimum"),
                    ExclusiveMaximum: Bound(schema.ExclusiveMaximum, pointer, "exclusiveMaximum"));
            case PrimitiveRef { Kind: PrimitiveKind.String }:
                return schema.MinLength is null && schema.MaxLength is null
                    ? ValueConstraints.None
                    : new ValueConstraints(MinLength: schema.MinLength, MaxLength: schema.MaxLength);
            case ListRef list:
                var items = Constraints(schema.Items, list.Item, pointer + "/items");
                return schema.MinItems is null && schema.MaxItems is null && items.IsEmpty
                    ? ValueConstraints.None
                    : new ValueConstraints(MinItems: schema.MinItems, MaxItems: schema.MaxItems, Items: items.IsEmpty ? null : items);
            default:
                return ValueConstraints.None;
        }
    }

    private decimal? Bound(string? text, string pointer, string keyword)
    {
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report($"{pointer}/{keyword}", $"'{text}' is not a number this generator can check");
        return null;
    }
}
