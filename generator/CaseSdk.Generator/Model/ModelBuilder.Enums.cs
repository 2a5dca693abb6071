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

    private void BuildEnum(string name, IOpenApiSchema schema, string pointer)
    {
        var values = new List<string>();
        var index = 0;
        var valueKind = EnumKind(NonNullType(schema)) ?? EnumValueKind.String;
        foreach (var value in schema.Enum ?? [])
        {
            if (value is null)
            {
                // A null entry only says the value may be null; nullability is handled on the property.
            }
            else if (EnumWireValue(value, valueKind) is { } wire)
            {
                values.Add(wire);
            }
            else
            {
                Report($"{pointer}/enum/{index}", $"enum value {value.ToJsonString()} is not {(valueKind == EnumValueKind.String ? "a string" : "an " + valueKind.ToString().ToLowerInvariant())}");
            }

            index++;
        }

        var declared = RawAt(pointer + "/x-enum-varnames") as JsonArray;
        if (declared is not null && declared.Count != values.Count)
        {
            Report(pointer + "/x-enum-varnames", $"x-enum-varnames has {declared.Count} names for {values.Count} values");
            declared = null;
        }

        var taken = new HashSet<string>(ReservedEnumMembers, StringComparer.Ordinal) { name };
        var members = new List<EnumMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (!seen.Add(values[i]))
            {
                Report($"{pointer}/enum", $"enum value '{values[i]}' is listed twice");
                continue;
            }

            var declaredName = declared?[i]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? declared[i]!.GetValue<string>() : null;
            var memberName = Naming.EnumMember(values[i], declaredName);
            if (memberName == name || ReservedEnumMembers.Contains(memberName))
            {
                memberName += "Value";
            }

            members.Add(new EnumMember(values[i], Naming.Unique(memberName, taken)));
        }

        var type = new EnumType(name, schema.Description, schema.Deprecated, members, name + "JsonConverter", pointer)
        {
            DeprecationMessage = schema.Deprecated ? Deprecation.Message(name, schema.Description) : null,
            ValueKind = valueKind,
        };
        _enums.Add(type);
        _enumsByName[name] = type;
    }
}
