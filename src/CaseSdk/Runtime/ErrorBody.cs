using System.Text.Json;

namespace CaseSdk.Runtime;

/// <summary>Reads the <c>errors</c> list of an API error body, tolerating bodies that are not the documented JSON.</summary>
internal static class ErrorBody
{
    /// <summary>Returns the strings of a top-level <c>errors</c> array, or an empty list when there is none.</summary>
    public static IReadOnlyList<string> ReadErrors(byte[] body)
    {
        if (body.Length == 0)
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

            var result = new List<string>();
            foreach (var error in errors.EnumerateArray())
            {
                // Some endpoints answer with error objects; keep their JSON rather than dropping them.
                result.Add(error.ValueKind == JsonValueKind.String ? error.GetString()! : error.GetRawText());
            }

            return result;
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
