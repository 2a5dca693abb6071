using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace CaseSdk.Generator.Tests.Support;

/// <summary>Walks a value read into generated models and lists everything that was not typed.</summary>
internal static class TypedGraph
{
    /// <summary>
    /// Adds to <paramref name="untyped"/> each non-empty <c>AdditionalData</c>, each union holding an unknown
    /// variant and each enum value the SDK does not know, by JSON-ish path.
    /// </summary>
    public static void FindUntyped(object? value, string path, Assembly generated, List<string> untyped, int depth = 0)
    {
        if (value is null || depth > 64)
        {
            return;
        }

        var type = value.GetType();
        if (type.Assembly != generated)
        {
            switch (value)
            {
                case string:
                    return;
                case IDictionary dictionary:
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        FindUntyped(entry.Value, $"{path}.{entry.Key}", generated, untyped, depth + 1);
                    }

                    return;
                case IList list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        FindUntyped(list[i], $"{path}[{i}]", generated, untyped, depth + 1);
                    }

                    return;
                default:
                    return;
            }
        }

        if (type.IsValueType && type.GetProperty("IsKnown") is { } isKnown)
        {
            if (!(bool)isKnown.GetValue(value)!)
            {
                untyped.Add($"{path}: unknown {type.Name} value '{value}'");
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var member = property.GetValue(value);
            switch (property.Name)
            {
                case "AdditionalData" when member is IDictionary<string, JsonElement> { Count: > 0 } additional:
                    untyped.Add($"{path}: {type.Name}.AdditionalData holds {string.Join(", ", additional.Keys)}");
                    break;
                case "UnknownVariant" when member is JsonElement unknown:
                    untyped.Add($"{path}: {type.Name} holds an unknown variant {unknown.GetRawText()}");
                    break;
                case "AdditionalData" or "UnknownVariant":
                    break;
                default:
                    FindUntyped(member, $"{path}.{property.Name}", generated, untyped, depth + 1);
                    break;
            }
        }
    }
}
