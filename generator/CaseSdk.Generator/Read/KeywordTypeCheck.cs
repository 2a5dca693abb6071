using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSdk.Generator.Read;

/// <summary>
/// Checks the JSON type of the keywords Microsoft.OpenApi converts without a diagnostic of its own.
/// </summary>
/// <remarks>
/// Measured on Microsoft.OpenApi 3.11: <c>maxLength: many</c>, <c>maxItems: 1.5</c> and <c>deprecated: often</c> throw a bare
/// <see cref="FormatException"/>, a property schema written as a string throws a <see cref="NullReferenceException"/>, and
/// <c>minimum: low</c> or <c>nullable: maybe</c> are accepted silently. Each of these is reported here, by JSON pointer, before the
/// reader sees the document.
/// </remarks>
public static class KeywordTypeCheck
{
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties",
    };

    private static readonly HashSet<string> Numbers = new(StringComparer.Ordinal) { "maximum", "minimum", "multipleOf" };

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal)
    {
        "nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems", "allowEmptyValue", "explode", "allowReserved",
    };

    // Objects whose members are names chosen by the author (a property called "maxLength" is not the keyword).
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "paths", "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links",
        "callbacks", "content", "variables", "mapping", "encoding", "scopes", "patternProperties", "definitions", "$defs",
        "pathItems", "webhooks", "dependentSchemas", "properties",
    };

    // Maps whose every member is a schema object (a string there makes the reader throw).
    private static readonly HashSet<string> SchemaMaps = new(StringComparer.Ordinal) { "properties", "schemas" };

    // Values that are data, not OpenAPI: never read as keywords.
    private static readonly HashSet<string> Opaque = new(StringComparer.Ordinal) { "example", "examples", "default", "enum", "const", "value" };

    /// <summary>Returns one diagnostic per keyword whose value has the wrong JSON type.</summary>
    /// <param name="document">The spec as JSON.</param>
    /// <param name="displayName">How messages name the spec file.</param>
    public static IReadOnlyList<SpecDiagnostic> Check(JsonNode? document, string displayName)
    {
        var found = new List<SpecDiagnostic>();
        Walk(document, "#", names: false, found, displayName);
        return found;
    }

    private static void Walk(JsonNode? node, string pointer, bool names, List<SpecDiagnostic> found, string displayName)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), names: false, found, displayName);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        foreach (var (key, value) in obj)
        {
            var at = pointer + "/" + JsonPointer.Escape(key);
            if (!names)
            {
                if (key.StartsWith("x-", StringComparison.Ordinal) || (Opaque.Contains(key) && key != "examples"))
                {
                    continue;
                }

                if (Problem(key, value) is { } problem)
                {
                    found.Add(new SpecDiagnostic(displayName, at, problem));
                    continue;
                }

                if (SchemaMaps.Contains(key) && value is JsonObject members)
                {
                    foreach (var (name, member) in members)
                    {
                        if (member is not (JsonObject or null) && member.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
                        {
                            found.Add(new SpecDiagnostic(displayName, at + "/" + JsonPointer.Escape(name), $"a schema must be an object, found {Describe(member)}"));
                        }
                    }
                }
            }

            Walk(value, at, names: !names && NameMaps.Contains(key), found, displayName);
        }
    }

    private static string? Problem(string key, JsonNode? value)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        if (Counts.Contains(key) && !(kind == JsonValueKind.Number && value!.AsValue().TryGetValue<long>(out var count) && count >= 0))
        {
            return $"'{key}' must be a non-negative integer, found {Describe(value)}";
        }

        if (Numbers.Contains(key) && kind != JsonValueKind.Number)
        {
            return $"'{key}' must be a number, found {Describe(value)}";
        }

        if (Flags.Contains(key) && kind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return $"'{key}' must be true or false, found {Describe(value)}";
        }

        return null;
    }

    private static string Describe(JsonNode? value) => value is null ? "null" : $"{value.GetValueKind().ToString().ToLowerInvariant()} {Shorten(value.ToJsonString())}";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
