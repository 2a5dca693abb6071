using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseSdk.Runtime;

/// <summary>
/// The exact UTF-8 JSON text of one member a model does not define, as it was read. A type of its own, not a bare
/// <c>byte[]</c>, so that a serializer that dispatches <see cref="object"/> values on their runtime type (reflection-
/// based options a caller might use to log a model) still writes the JSON text, not base64.
/// </summary>
[JsonConverter(typeof(Converter))]
internal sealed class RawJsonValue
{
    internal RawJsonValue(byte[] utf8)
    {
        Utf8 = utf8;
    }

    /// <summary>The JSON text; never changed after reading.</summary>
    internal byte[] Utf8 { get; }

    /// <summary>Writes the text unchanged.</summary>
    internal void WriteTo(Utf8JsonWriter writer) =>
        // The bytes came from a validating reader, so they need no second check.
        writer.WriteRawValue(Utf8, skipInputValidation: true);

    /// <summary>Writes the text where a serializer meets the value on its own; reading goes through the store.</summary>
    internal sealed class Converter : JsonConverter<RawJsonValue>
    {
        public override RawJsonValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(RawJsonText.Read(ref reader));

        public override void Write(Utf8JsonWriter writer, RawJsonValue value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
