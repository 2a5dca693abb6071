using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CaseSdk.ContractTests.Support;

/// <summary>
/// Sets a member of an SDK model by its JSON name, as a caller would: through the typed property when the model has
/// one, otherwise through <c>AdditionalData</c> (the only way to send a member the SDK does not type). The live-shaped
/// call tests use it for members today's SDK may not type yet, so that they compile and mean the same before and
/// after it types them.
/// </summary>
internal static class CallerSets
{
    public static T Member<T>(T model, string jsonName, JsonNode? value)
        where T : class
    {
        var property = model.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == jsonName && p.CanWrite);
        if (property is not null)
        {
            var typeInfo = CaseSdkJsonSerializerContext.Default.GetTypeInfo(property.PropertyType)
                ?? CaseSdkJsonSerializerContext.Default.GetTypeInfo(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType)
                ?? throw new InvalidOperationException($"CaseSdkJsonSerializerContext has no metadata for {property.PropertyType}.");
            property.SetValue(model, value is null ? null : JsonSerializer.Deserialize(value.ToJsonString(), typeInfo));
            return model;
        }

        var extension = model.GetType().GetProperty("AdditionalData")
            ?? throw new InvalidOperationException($"{model.GetType().Name} has neither a property for '{jsonName}' nor AdditionalData.");
        var data = (IDictionary<string, JsonElement>?)extension.GetValue(model) ?? new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        data[jsonName] = JsonSerializer.SerializeToElement(value, JsonNodeContext.Default.JsonNode);
        extension.SetValue(model, data);
        return model;
    }
}

[JsonSerializable(typeof(JsonNode))]
internal sealed partial class JsonNodeContext : JsonSerializerContext;
