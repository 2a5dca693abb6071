using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.ContractTests.Json;

/// <summary>
/// Walks an SDK model read from a synthesized body and names every member the reference defines that the model kept
/// only in an <c>AdditionalData</c> dictionary (or only as a union's unknown variant) instead of a typed property.
/// Members the reference does not define are expected there and are not reported.
/// </summary>
internal static class AdditionalDataAudit
{
    /// <summary>Pointers (as <c>data[0].attributes.status_name</c>) of reference-defined members held untyped.</summary>
    public static IReadOnlyList<string> UntypedMembers(object? model, IReadOnlySet<string> definedMembers)
    {
        var found = new List<string>();
        Walk(model, string.Empty, definedMembers, found, depth: 0, held: null);
        return found;
    }

    /// <summary>JSON pointers of every member held in an <c>AdditionalData</c> dictionary anywhere in the model.</summary>
    public static IReadOnlySet<string> AdditionalDataMembers(object? model)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        Walk(model, string.Empty, new HashSet<string>(StringComparer.Ordinal), [], depth: 0, held);
        return held;
    }

    /// <summary><c>/data/0/attributes/x</c> → <c>data[0].attributes.x</c>.</summary>
    public static string Readable(string pointer)
    {
        var text = new System.Text.StringBuilder();
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            text.Append(int.TryParse(name, out _) ? $"[{name}]" : (text.Length == 0 ? name : "." + name));
        }

        return text.Length == 0 ? "(root)" : text.ToString();
    }

    private static void Walk(object? model, string pointer, IReadOnlySet<string> defined, List<string> found, int depth, HashSet<string>? held)
    {
        if (model is null or string or JsonElement || model.GetType().IsPrimitive || depth > 64)
        {
            return;
        }

        var typeInfo = CaseSdkJsonSerializerContext.Default.GetTypeInfo(model.GetType());
        switch (typeInfo?.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in typeInfo.Properties)
                {
                    var value = property.Get?.Invoke(model);
                    if (property.IsExtensionData)
                    {
                        foreach (var key in Keys(value))
                        {
                            held?.Add($"{pointer}/{Json.Escape(key)}");
                            if (held is null && defined.Contains($"{pointer}/{Json.Escape(key)}"))
                            {
                                found.Add(Readable($"{pointer}/{Json.Escape(key)}") + " landed in AdditionalData");
                            }
                        }
                    }
                    else
                    {
                        Walk(value, $"{pointer}/{Json.Escape(property.Name)}", defined, found, depth + 1, held);
                    }
                }

                return;
            case JsonTypeInfoKind.Dictionary:
                foreach (var entry in (IEnumerable)model)
                {
                    var entryType = entry!.GetType();
                    var key = entryType.GetProperty("Key")!.GetValue(entry)?.ToString() ?? string.Empty;
                    Walk(entryType.GetProperty("Value")!.GetValue(entry), $"{pointer}/{Json.Escape(key)}", defined, found, depth + 1, held);
                }

                return;
            case JsonTypeInfoKind.Enumerable:
                var index = 0;
                foreach (var item in (IEnumerable)model)
                {
                    Walk(item, $"{pointer}/{index++}", defined, found, depth + 1, held);
                }

                return;
            default:
                // A type with its own converter: a oneOf wrapper holds the variant it read in one of its properties.
                foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsPrimitive || property.PropertyType == typeof(string))
                    {
                        continue;
                    }

                    var value = property.GetValue(model);
                    if (value is null or JsonElement { ValueKind: JsonValueKind.Undefined })
                    {
                        continue;
                    }

                    if (held is null && property.Name == "UnknownVariant" && defined.Any(d => d.StartsWith(pointer + "/", StringComparison.Ordinal)))
                    {
                        found.Add($"{Readable(pointer)} was kept only as {model.GetType().Name}.UnknownVariant");
                    }
                    else if (CaseSdkJsonSerializerContext.Default.GetTypeInfo(property.PropertyType) is { Kind: not JsonTypeInfoKind.None })
                    {
                        Walk(value, pointer, defined, found, depth + 1, held);
                    }
                }

                return;
        }
    }

    private static IEnumerable<string> Keys(object? extensionData) => extensionData switch
    {
        IDictionary<string, JsonElement> elements => elements.Keys,
        IDictionary<string, object> objects => objects.Keys,
        IDictionary<string, System.Text.Json.Nodes.JsonNode?> nodes => nodes.Keys,
        _ => [],
    };

    private static class Json
    {
        public static string Escape(string token) => Spec.ContractSpec.Escape(token);
    }
}
