using System.Buffers;
using System.Text.Json;

namespace CaseSdk.Runtime;

/// <summary>
/// Copies the JSON value under a reader into a <c>byte[]</c>, token by token: strings and numbers keep their exact
/// text (escapes such as <c>\u00e9</c>, numbers such as <c>1e400</c> or <c>-0.0</c>); between tokens no whitespace is
/// kept, as a compact writer would write them. One measuring pass on a copy of the reader, then one copying pass
/// into an array of the exact size.
/// </summary>
internal static class RawJsonText
{
    private static readonly byte[] TrueText = "true"u8.ToArray();
    private static readonly byte[] FalseText = "false"u8.ToArray();
    private static readonly byte[] NullText = "null"u8.ToArray();

    /// <summary>Reads the value at the reader's current token and leaves the reader on its last token.</summary>
    internal static byte[] Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return TrueText;
            case JsonTokenType.False:
                return FalseText;
            case JsonTokenType.Null:
                return NullText;
            case JsonTokenType.String or JsonTokenType.Number:
                var scalar = new byte[TokenLength(ref reader)];
                var written = 0;
                WriteToken(ref reader, scalar, ref written);
                return scalar;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var measuring = reader;
                var text = new byte[Walk(ref measuring, null)];
                Walk(ref reader, text);
                return text;
            default:
                throw new JsonException($"Expected a JSON value, found {reader.TokenType}.");
        }
    }

    /// <summary>Walks a container from its start token to its end token, counting bytes and, with a target, copying them.</summary>
    private static int Walk(ref Utf8JsonReader reader, byte[]? target)
    {
        var depth = reader.CurrentDepth;
        var length = 0;
        var needsComma = false;
        while (true)
        {
            var token = reader.TokenType;
            var closes = token is JsonTokenType.EndObject or JsonTokenType.EndArray;
            if (needsComma && !closes)
            {
                Put(target, ref length, (byte)',');
            }

            if (target is null)
            {
                length += TokenLength(ref reader);
            }
            else
            {
                WriteToken(ref reader, target, ref length);
            }

            // After a name or an opening bracket the next token follows directly; after a value, a comma.
            needsComma = token is not (JsonTokenType.PropertyName or JsonTokenType.StartObject or JsonTokenType.StartArray);
            if (closes && reader.CurrentDepth == depth)
            {
                return length;
            }

            if (!reader.Read())
            {
                throw new JsonException("The JSON value ended before it was complete.");
            }
        }
    }

    private static int TokenLength(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => ValueLength(ref reader) + 2,
        JsonTokenType.PropertyName => ValueLength(ref reader) + 3,
        JsonTokenType.Number => ValueLength(ref reader),
        JsonTokenType.True => 4,
        JsonTokenType.False => 5,
        JsonTokenType.Null => 4,
        _ => 1,
    };

    private static void WriteToken(ref Utf8JsonReader reader, byte[] target, ref int at)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                Put(target, ref at, (byte)'"');
                CopyValue(ref reader, target, ref at);
                Put(target, ref at, (byte)'"');
                break;
            case JsonTokenType.PropertyName:
                Put(target, ref at, (byte)'"');
                CopyValue(ref reader, target, ref at);
                Put(target, ref at, (byte)'"');
                Put(target, ref at, (byte)':');
                break;
            case JsonTokenType.Number:
                CopyValue(ref reader, target, ref at);
                break;
            case JsonTokenType.True:
                Copy(TrueText, target, ref at);
                break;
            case JsonTokenType.False:
                Copy(FalseText, target, ref at);
                break;
            case JsonTokenType.Null:
                Copy(NullText, target, ref at);
                break;
            case JsonTokenType.StartObject:
                Put(target, ref at, (byte)'{');
                break;
            case JsonTokenType.EndObject:
                Put(target, ref at, (byte)'}');
                break;
            case JsonTokenType.StartArray:
                Put(target, ref at, (byte)'[');
                break;
            case JsonTokenType.EndArray:
                Put(target, ref at, (byte)']');
                break;
            default:
                throw new JsonException($"Unexpected {reader.TokenType} in a JSON value.");
        }
    }

    // The raw token text (escapes intact), from one span or, when the input came in segments, from several.
    private static int ValueLength(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;

    private static void CopyValue(ref Utf8JsonReader reader, byte[] target, ref int at)
    {
        if (reader.HasValueSequence)
        {
            var sequence = reader.ValueSequence;
            sequence.CopyTo(target.AsSpan(at));
            at += checked((int)sequence.Length);
        }
        else
        {
            Copy(reader.ValueSpan, target, ref at);
        }
    }

    private static void Copy(ReadOnlySpan<byte> source, byte[] target, ref int at)
    {
        source.CopyTo(target.AsSpan(at));
        at += source.Length;
    }

    private static void Put(byte[]? target, ref int at, byte value)
    {
        if (target is not null)
        {
            target[at] = value;
        }

        at++;
    }
}
