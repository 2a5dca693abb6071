using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.ContractTests.Json;

/// <summary>
/// Checks that every member of a JSON document landed in a typed property of the SDK model it was read into,
/// with the same value. A round trip alone cannot show this: <c>AdditionalData</c> writes unknown members back
/// unchanged, so a member the model lost to a misspelt property name would still round-trip.
/// </summary>
internal static class ModelCoverage
{
    /// <summary>Every problem found, by JSON pointer; empty when the model carries the whole document.</summary>
    public static IReadOnlyList<string> Problems(JsonNode? json, object? model)
    {
        var problems = new List<string>();
        Check(json, model, string.Empty, problems);
        return problems;
    }

    public static void AssertCovers(JsonNode? json, object? model, string what)
    {
        var problems = Problems(json, model);
        if (problems.Count > 0)
        {
            Assert.Fail($"{what}: {problems.Count} field(s) not carried by the model {model?.GetType().Name}\n  {string.Join("\n  ", problems)}");
        }
    }

    private static void Check(JsonNode? json, object? model, string path, List<string> problems)
    {
        var at = path.Length == 0 ? "(root)" : path;
        if (json is null)
        {
            if (model is not null)
            {
                problems.Add($"{at}: null in the JSON but {Describe(model)} on the model");
            }

            return;
        }

        if (model is null)
        {
            problems.Add($"{at}: {json.ToJsonString()} in the JSON but null on the model");
            return;
        }

        // A free-form value (an AnyValue object's members, say) is kept as raw JSON: it must hold exactly the input.
        if (model is JsonElement element)
        {
            if (!JsonNode.DeepEquals(json, JsonNode.Parse(element.GetRawText())))
            {
                problems.Add($"{at}: {json.ToJsonString()} in the JSON but {element.GetRawText()} on the model");
            }

            return;
        }

        switch (json)
        {
            case JsonObject obj:
                CheckObject(obj, model, path, problems);
                return;
            case JsonArray array when model is IEnumerable items and not string:
                var list = items.Cast<object?>().ToList();
                if (list.Count != array.Count)
                {
                    problems.Add($"{at}: {array.Count} items in the JSON, {list.Count} on the model");
                    return;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Check(array[i], list[i], $"{path}/{i}", problems);
                }

                return;
            case JsonArray:
                problems.Add($"{at}: an array in the JSON but {Describe(model)} on the model");
                return;
            default:
                var written = JsonSerializer.SerializeToNode(model, TypeInfo(model.GetType()));
                if (written is not JsonValue value || !JsonComparison.ScalarsEqual(json.AsValue(), value))
                {
                    problems.Add($"{at}: {json.ToJsonString()} in the JSON but {written?.ToJsonString() ?? "null"} on the model ({model.GetType().Name})");
                }

                return;
        }
    }

    private static void CheckObject(JsonObject obj, object model, string path, List<string> problems)
    {
        // A map (additionalProperties): every member is an entry under its own key.
        if (model is IDictionary map)
        {
            foreach (var (name, value) in obj)
            {
                if (!map.Contains(name))
                {
                    problems.Add($"{path}/{name}: the map {model.GetType().Name} has no entry for it");
                    continue;
                }

                Check(value, map[name], $"{path}/{name}", problems);
            }

            return;
        }

        var typeInfo = TypeInfo(model.GetType());
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            CheckUnion(obj, model, path, problems);
            return;
        }

        foreach (var (name, value) in obj)
        {
            var property = typeInfo.Properties.FirstOrDefault(p => p.Name == name && !p.IsExtensionData);
            if (property?.Get is null)
            {
                problems.Add($"{path}/{name}: {model.GetType().Name} has no property for it (kept only in AdditionalData)");
                continue;
            }

            Check(value, property.Get(model), $"{path}/{name}", problems);
        }
    }

    // A oneOf is a wrapper with one property per variant plus UnknownVariant (see the generator's Emit stage): exactly
    // one known variant must be set. A union told apart by the value's shape exposes its variants as As* properties
    // (beside Is* flags and its Variant number), a discriminated one as plain properties.
    private static void CheckUnion(JsonObject obj, object model, string path, List<string> problems)
    {
        var at = path.Length == 0 ? "(root)" : path;
        var properties = model.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.PropertyType != typeof(bool) && p.Name != "Variant")
            .ToList();
        var shapeTold = properties.Any(p => p.Name.StartsWith("As", StringComparison.Ordinal));
        var set = properties
            .Where(p => !shapeTold || p.Name.StartsWith("As", StringComparison.Ordinal) || p.Name == "UnknownVariant")
            .Select(p => (p.Name, Value: p.GetValue(model)))
            .Where(p => p.Value is not null)
            .ToList();
        if (set.Any(p => p.Name == "UnknownVariant"))
        {
            problems.Add($"{at}: {model.GetType().Name} did not recognise the object (kept only as UnknownVariant)");
            return;
        }

        if (set.Count != 1)
        {
            problems.Add($"{at}: {model.GetType().Name} has {set.Count} variants set, expected exactly one");
            return;
        }

        Check(obj, set[0].Value, path, problems);
    }

    // The context's metadata, which lists the members: under CaseSdkJsonOptions a request body resolves to the
    // converter over its generated writer, which has none to walk.
    private static JsonTypeInfo TypeInfo(Type type) =>
        CaseSdkJsonSerializerContext.Default.GetTypeInfo(type) ?? CaseSdkJsonOptions.Default.GetTypeInfo(type);

    private static string Describe(object model) => model is string or ValueType ? $"'{model}'" : model.GetType().Name;
}
