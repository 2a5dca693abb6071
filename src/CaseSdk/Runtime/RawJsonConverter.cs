using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseSdk.Runtime;

/// <summary>
/// The serializer context's converter for <see cref="object"/>, which only members the spec does not define go
/// through (the extension-data store's values; no generated model has another <see cref="object"/> member). Reading
/// keeps the member's JSON text (<see cref="RawJsonValue"/>) instead of building a <see cref="JsonDocument"/>;
/// writing copies it back.
/// </summary>
internal sealed class RawJsonConverter : JsonConverter<object>
{
    /// <inheritdoc />
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new RawJsonValue(RawJsonText.Read(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case RawJsonValue raw:
                raw.WriteTo(writer);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                throw new NotSupportedException($"A member the spec does not define holds a {value.GetType().Name}; only its JSON text or a JsonElement can be written.");
        }
    }
}
