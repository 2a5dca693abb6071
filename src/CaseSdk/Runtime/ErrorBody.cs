using System.Text.Json;

namespace CaseSdk.Runtime;

/// <summary>
/// Reads the <c>errors</c> list of an API error body into <see cref="DatadogApiError"/>s: JSON:API error objects,
/// plain strings, or anything else a server puts there. It never throws: a body that is not the documented JSON
/// gives an empty list, an item it cannot read is kept as its raw text.
/// </summary>
internal static class ErrorBody
{
    /// <summary>The most items kept from one <c>errors</c> list; the rest are dropped (the raw excerpt still shows the start of the body).</summary>
    public const int MaxErrors = 100;

    /// <summary>The most characters kept of any one text (message, title, detail, status, code, source member).</summary>
    public const int MaxTextLength = 1024;

    /// <summary>The most characters kept of an item's raw JSON or of its <c>meta</c>.</summary>
    public const int MaxRawJsonLength = 4096;

    /// <summary>The first <see cref="MaxErrors"/> items of a top-level <c>errors</c> array, or an empty list when there is none.</summary>
    public static IReadOnlyList<DatadogApiError> ReadErrors(byte[]? body)
    {
        if (body is null || body.Length == 0)
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("errors", out var errors)
                || errors.ValueKind != JsonValueKind.Array)
            {
                return [];
            }

            var result = new List<DatadogApiError>(Math.Min(errors.GetArrayLength(), MaxErrors));
            foreach (var item in errors.EnumerateArray())
            {
                if (result.Count == MaxErrors)
                {
                    break;
                }

                result.Add(ReadItem(item));
            }

            return result;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not JSON, nested beyond the reader's depth, or invalid UTF-8: the raw excerpt still shows the body.
            return [];
        }
    }

    private static DatadogApiError ReadItem(JsonElement item)
    {
        var raw = Bound(RawText(item), MaxRawJsonLength);
        if (item.ValueKind == JsonValueKind.String)
        {
            return new DatadogApiError(Bound(StringOf(item) ?? raw, MaxTextLength), null, null, null, null, null, null, raw);
        }

        if (item.ValueKind != JsonValueKind.Object)
        {
            // A number, array, bool or null where a message belongs: keep what was sent as the message.
            return new DatadogApiError(Bound(raw, MaxTextLength), null, null, null, null, null, null, raw);
        }

        var status = Text(item, "status");
        var title = Text(item, "title");
        var detail = Text(item, "detail");
        var code = Text(item, "code");
        DatadogApiErrorSource? source = null;
        if (item.TryGetProperty("source", out var sourceElement) && sourceElement.ValueKind == JsonValueKind.Object)
        {
            source = new DatadogApiErrorSource(Text(sourceElement, "pointer"), Text(sourceElement, "parameter"), Text(sourceElement, "header"));
        }

        string? meta = null;
        if (item.TryGetProperty("meta", out var metaElement) && metaElement.ValueKind != JsonValueKind.Null)
        {
            meta = Bound(RawText(metaElement), MaxRawJsonLength);
        }

        var message = Blank(detail) ? Blank(title) ? Bound(raw, MaxTextLength) : title! : detail!;
        return new DatadogApiError(message, status, title, detail, code, source, meta, raw);
    }

    /// <summary>A member as text: a string's value, a number's or a bool's JSON text; null when absent, null or structured.</summary>
    private static string? Text(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => StringOf(value) is { } text ? Bound(text, MaxTextLength) : null,
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Bound(RawText(value), MaxTextLength),
            _ => null,
        };
    }

    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate cannot become a .NET string through the reader; keep the raw text instead.
            return null;
        }
    }

    private static string RawText(JsonElement value) => value.GetRawText();

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string Bound(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        // Never split a surrogate pair: half a character is not text.
        var length = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text.Substring(0, length) + "…";
    }
}
