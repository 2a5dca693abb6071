using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseSdk.Benchmarks.Baseline;

/// <summary>
/// A custom attribute's <c>value</c>: the reference's <c>CustomAttributeValuesUnion</c> (a string, a number, or an
/// array of either), read by a small converter as a hand-written client would.
/// </summary>
[JsonConverter(typeof(CustomAttributeValueConverter))]
public sealed class CustomAttributeValue
{
    public string? Text { get; init; }

    public double? Number { get; init; }

    public List<string>? Texts { get; init; }

    public List<double>? Numbers { get; init; }
}

public sealed class CustomAttributeValueConverter : JsonConverter<CustomAttributeValue>
{
    public override CustomAttributeValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return new CustomAttributeValue { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new CustomAttributeValue { Number = reader.GetDouble() };
            case JsonTokenType.StartArray:
                List<string>? texts = null;
                List<double>? numbers = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        (texts ??= []).Add(reader.GetString()!);
                    }
                    else if (reader.TokenType == JsonTokenType.Number)
                    {
                        (numbers ??= []).Add(reader.GetDouble());
                    }
                    else
                    {
                        throw new JsonException($"A custom attribute array holds a {reader.TokenType}.");
                    }
                }

                return new CustomAttributeValue { Texts = texts ?? (numbers is null ? [] : null), Numbers = numbers };
            default:
                throw new JsonException($"A custom attribute value is a {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, CustomAttributeValue value, JsonSerializerOptions options)
    {
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
        }
        else if (value.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var text in value.Texts ?? [])
            {
                writer.WriteStringValue(text);
            }

            foreach (var item in value.Numbers ?? [])
            {
                writer.WriteNumberValue(item);
            }

            writer.WriteEndArray();
        }
    }
}
