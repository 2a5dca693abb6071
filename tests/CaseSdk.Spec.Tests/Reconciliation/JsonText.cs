using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>A canonical text for JSON values, so that 10, 10.0 and keys in another order compare equal.</summary>
internal static class JsonText
{
    public static string Of(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Of(p.Value))) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Of)) + "]",
        JsonValue value when value.GetValueKind() == JsonValueKind.Number =>
            decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
