using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Spec;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CaseSdk.ContractTests.Json;

/// <summary>
/// JSON Schemas for NJsonSchema, built from the spec's <c>components/schemas</c>: each component becomes a
/// <c>definitions</c> entry (references rewritten from <c>#/components/schemas/X</c> to <c>#/definitions/X</c>)
/// and OpenAPI 3.0's <c>nullable: true</c> becomes a type that also allows null. Everything else is passed
/// through for NJsonSchema to interpret, so the validator, not this class, decides what is valid.
/// The same conversion serves Datadog's reference document (<see cref="ValidateAgainstReferenceAsync"/>), with only
/// the components the schema reaches as definitions (the reference has thousands).
/// </summary>
internal static class ComponentSchemas
{
    private const string ComponentPrefix = "#/components/schemas/";

    // Keywords OpenAPI adds to JSON Schema that have no validation meaning in draft 4.
    private static readonly HashSet<string> DroppedKeywords = new(StringComparer.Ordinal)
    {
        "nullable", "example", "discriminator", "readOnly", "writeOnly", "deprecated", "externalDocs", "xml",
    };

    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> ReferenceCache = new(StringComparer.Ordinal);

    /// <summary>The NJsonSchema schema for a component schema, with every other component as a definition.</summary>
    public static Task<JsonSchema> ForComponentAsync(string schemaName) =>
        Cache.GetOrAdd(schemaName, name => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromJsonAsync(Document(name).ToJsonString()))).Value;

    /// <summary>Validates a JSON text against a component schema; returns NJsonSchema's errors, flattened.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string schemaName, string json)
    {
        var schema = await ForComponentAsync(schemaName);
        return Flatten(schema.Validate(json)).ToList();
    }

    /// <summary>Validates a JSON text against a component schema of Datadog's reference document.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAgainstReferenceAsync(string schemaName, string json)
    {
        var schema = await ReferenceCache.GetOrAdd(
            schemaName,
            name => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromJsonAsync(Document(ReferenceDocument.Schemas, name, "the reference document", reachableOnly: true).ToJsonString()))).Value;
        return Flatten(schema.Validate(json)).ToList();
    }

    /// <summary>The draft-4 document handed to NJsonSchema for <paramref name="schemaName"/>.</summary>
    public static JsonObject Document(string schemaName) => Document(ContractSpec.Schemas, schemaName, "the spec", reachableOnly: false);

    private static JsonObject Document(JsonObject schemas, string schemaName, string source, bool reachableOnly)
    {
        if (schemas[schemaName] is not JsonObject root)
        {
            throw new InvalidOperationException($"{source} has no component schema '{schemaName}'.");
        }

        var document = ConvertSchema(root);
        document["$schema"] = "http://json-schema.org/draft-04/schema#";
        var definitions = new JsonObject();
        var names = reachableOnly ? Reachable(schemas, schemaName) : schemas.Select(s => s.Key);
        foreach (var name in names)
        {
            definitions[name] = ConvertSchema(schemas[name]!.AsObject());
        }

        document["definitions"] = definitions;
        return document;
    }

    private static IEnumerable<string> Reachable(JsonObject schemas, string schemaName)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<JsonNode>([schemas[schemaName]!]);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        if (key == "$ref" && value!.GetValue<string>() is { } reference && reference.StartsWith(ComponentPrefix, StringComparison.Ordinal))
                        {
                            var name = reference[ComponentPrefix.Length..];
                            if (found.Add(name))
                            {
                                pending.Push(schemas[name]!);
                            }
                        }
                        else if (value is not null && key is not ("example" or "default" or "enum"))
                        {
                            pending.Push(value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (item is not null)
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }

        return found;
    }

    private static JsonObject ConvertSchema(JsonObject schema)
    {
        var converted = new JsonObject();
        foreach (var (keyword, value) in schema)
        {
            if (DroppedKeywords.Contains(keyword) || keyword.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            converted[keyword] = keyword switch
            {
                "$ref" => Reference(value!.GetValue<string>()),
                "properties" => new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)ConvertSchema(p.Value!.AsObject())))),
                "items" or "not" => ConvertSchema(value!.AsObject()),
                "additionalProperties" when value is JsonObject additional => ConvertSchema(additional),
                "allOf" or "anyOf" or "oneOf" => new JsonArray(value!.AsArray().Select(s => (JsonNode?)ConvertSchema(s!.AsObject())).ToArray()),
                _ => value?.DeepClone(),
            };
        }

        return schema["nullable"]?.GetValue<bool>() == true ? AllowNull(converted) : converted;
    }

    private static JsonObject AllowNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type && schema["$ref"] is null)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (schema["enum"] is JsonArray values)
            {
                values.Add(null);
            }

            return schema;
        }

        // No single type to widen (a $ref, a oneOf…): accept null or whatever the schema accepts.
        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    private static string Reference(string reference) =>
        reference.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            ? "#/definitions/" + reference[ComponentPrefix.Length..]
            : throw new NotSupportedException($"Only component schema references are supported: '{reference}'.");

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in child.Errors.SelectMany(e => Flatten(e.Value)))
                {
                    yield return nested;
                }
            }

            yield return $"{error.Kind} at {error.Path ?? "#"}";
        }
    }
}
