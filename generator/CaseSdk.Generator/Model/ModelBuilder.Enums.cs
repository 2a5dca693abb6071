using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>Enums over strings, integers and numbers: which schema types make one, and how a value is written down.</summary>
public sealed partial class ModelBuilder
{
    private static EnumValueKind? EnumKind(JsonSchemaType? type) => type switch
    {
        JsonSchemaType.String => EnumValueKind.String,
        JsonSchemaType.Integer => EnumValueKind.Integer,
        JsonSchemaType.Number => EnumValueKind.Number,
        _ => null,
    };

    /// <summary>The wire value as the model keeps it (a number as its invariant JSON text), or null when it is not of <paramref name="kind"/>.</summary>
    private static string? EnumWireValue(JsonNode value, EnumValueKind kind)
    {
        var valueKind = value.GetValueKind();
        if (kind == EnumValueKind.String)
        {
            return valueKind == JsonValueKind.String ? value.GetValue<string>() : null;
        }

        if (valueKind != JsonValueKind.Number)
        {
            return null;
        }

        // A node read from YAML may hold a CLR number rather than a JsonElement; its JSON text reads either way.
        using var document = JsonDocument.Parse(value.ToJsonString());
        var element = document.RootElement;
        if (kind == EnumValueKind.Integer)
        {
            return element.TryGetInt64(out var integer) ? integer.ToString(CultureInfo.InvariantCulture) : null;
        }

        return element.TryGetDouble(out var number) && double.IsFinite(number) ? number.ToString("R", CultureInfo.InvariantCulture) : null;
    }
}
