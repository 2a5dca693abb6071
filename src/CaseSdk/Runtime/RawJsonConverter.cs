using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseSdk.Runtime;

/// <summary>
/// The serializer context's converter for <see cref="object"/>. Members the spec does not define go through it (the
/// extension-data store's values; no generated model has another <see cref="object"/> member): reading keeps the
/// member's JSON text (<see cref="RawJsonValue"/>) instead of building a <see cref="JsonDocument"/>, writing copies it
/// back. Anything else a caller serializes as <see cref="object"/> with the SDK's options behaves as the serializer's
/// own <see cref="object"/> handling: written as its runtime type, and read at the root as a <see cref="JsonElement"/>.
/// </summary>
internal sealed class RawJsonConverter : JsonConverter<object>
{
    /// <inheritdoc />
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        // Extension data is always inside a model, so depth 0 is a caller reading a bare object.
        reader.CurrentDepth == 0 ? JsonElement.ParseValue(ref reader) : new RawJsonValue(RawJsonText.Read(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        if (!TryWriteStored(writer, value))
        {
            WriteAsRuntimeType(writer, value, options);
        }
    }

    /// <summary>Writes an unknown member's stored value (its text, or a caller's element); false for anything else.</summary>
    internal static bool TryWriteStored(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case RawJsonValue raw:
                raw.WriteTo(writer);
                return true;
            case JsonElement element:
                element.WriteTo(writer);
                return true;
            default:
                return false;
        }
    }

    /// <summary>What the serializer does for an <see cref="object"/>: write the value as its runtime type, <c>{}</c> for a bare object.</summary>
    private static void WriteAsRuntimeType(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        var type = value.GetType();
        if (type == typeof(object))
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        // The options' own resolver: source-generated metadata for the SDK's types, a NotSupportedException naming the
        // type for one it does not know (as the serializer gives for any type missing from a context).
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(type));
    }
}
