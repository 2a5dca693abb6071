using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Spec;

namespace CaseSdk.ContractTests.Json;

/// <summary>
/// One synthesized body: its JSON, the pointers of the members the reference defines (named in its
/// <c>properties</c>), and the pointers of the members it added that the reference does not define.
/// </summary>
internal sealed record LiveShapedInstance(string Name, JsonNode Json, IReadOnlySet<string> DefinedMembers, IReadOnlyList<string> UnknownMembers)
{
    public override string ToString() => Name;
}

/// <summary>
/// Builds bodies shaped like what the live API sends, from Datadog's reference document: for a component schema, a
/// maximal instance (every member the reference defines, its own examples where it gives them, maps with two entries,
/// arrays with two items), one per <c>oneOf</c> variant count so that every variant appears across the instances
/// (array items rotate through variants too), and one more where every nullable member is null. Each instance also
/// carries two members the reference does not define, as a newer API would send. Deterministic: the same document
/// gives the same instances.
/// </summary>
internal static class LiveShapedPayloads
{
    /// <summary>Names of the two members the reference does not define.</summary>
    public const string UnknownScalar = "new_api_field";

    public const string UnknownObject = "new_api_object";

    private const int MaxDepth = 12;

    /// <summary>Response bodies: read-only members included.</summary>
    public static IReadOnlyList<LiveShapedInstance> Responses(string schemaName) => Instances(schemaName, forRequest: false);

    /// <summary>Request bodies: read-only members left out (a caller does not send them).</summary>
    public static IReadOnlyList<LiveShapedInstance> Requests(string schemaName) => Instances(schemaName, forRequest: true);

    private static List<LiveShapedInstance> Instances(string schemaName, bool forRequest)
    {
        var root = ReferenceDocument.Schemas[schemaName]
            ?? throw new InvalidOperationException($"The reference document has no component schema '{schemaName}'.");
        var variants = Math.Max(1, MaxVariants(root, []));
        var instances = new List<LiveShapedInstance>();
        for (var i = 0; i < variants; i++)
        {
            instances.Add(Build(root, $"{schemaName} maximal #{i + 1} of {variants}", i, nulls: false, forRequest));
        }

        var withNulls = new Synthesizer(0, nulls: true, forRequest);
        withNulls.Value(root, "root", 0, string.Empty, depth: 0);
        if (withNulls.NullsWritten > 0)
        {
            instances.Add(Build(root, $"{schemaName} with every nullable member null ({withNulls.NullsWritten})", 0, nulls: true, forRequest));
        }

        return instances;
    }

    private static LiveShapedInstance Build(JsonNode root, string name, int instance, bool nulls, bool forRequest)
    {
        var synthesizer = new Synthesizer(instance, nulls, forRequest);
        var json = synthesizer.Value(root, "root", 0, string.Empty, depth: 0)
            ?? throw new InvalidOperationException($"{name}: the root is null.");
        var unknown = AddUnknownMembers(json);
        return new LiveShapedInstance(name, json, synthesizer.DefinedMembers, unknown);
    }

    // One unknown member on the primary resource (data, data[0] or errors[0], else the root) and one on its
    // attributes when it has them: the places a new API field appears.
    private static List<string> AddUnknownMembers(JsonNode root)
    {
        var (primary, pointer) = Primary(root);
        var added = new List<string>();
        primary[UnknownObject] = new JsonObject { ["since"] = "2026-11", ["flags"] = new JsonArray("beta", 2, null), ["enabled"] = true };
        added.Add($"{pointer}/{UnknownObject}");
        var (holder, holderPointer) = primary["attributes"] is JsonObject attributes ? (attributes, $"{pointer}/attributes") : (primary, pointer);
        holder[UnknownScalar] = "a member the reference does not define";
        added.Add($"{holderPointer}/{UnknownScalar}");
        return added;
    }

    private static (JsonObject Node, string Pointer) Primary(JsonNode root)
    {
        foreach (var name in new[] { "data", "errors" })
        {
            switch (root[name])
            {
                case JsonObject obj:
                    return (obj, "/" + name);
                case JsonArray { Count: > 0 } array when array[0] is JsonObject first:
                    return (first, $"/{name}/0");
            }
        }

        return (root.AsObject(), string.Empty);
    }

    // The largest oneOf reachable from a schema: that many instances show every variant somewhere.
    private static int MaxVariants(JsonNode schema, HashSet<string> seen)
    {
        if (schema is not JsonObject obj)
        {
            return 0;
        }

        if (ReferenceDocument.SchemaName(obj) is { } name)
        {
            return seen.Add(name) ? MaxVariants(ReferenceDocument.Schemas[name]!, seen) : 0;
        }

        var here = obj["oneOf"] is JsonArray oneOf ? oneOf.Count : 0;
        var children = (obj["properties"]?.AsObject().Select(p => p.Value) ?? [])
            .Concat(obj["oneOf"]?.AsArray() ?? []).Concat(obj["anyOf"]?.AsArray() ?? []).Concat(obj["allOf"]?.AsArray() ?? [])
            .Append(obj["items"]).Append(obj["additionalProperties"] as JsonObject);
        return children.Aggregate(here, (max, child) => child is null ? max : Math.Max(max, MaxVariants(child, seen)));
    }

    private sealed class Synthesizer(int instance, bool nulls, bool forRequest)
    {
        private static readonly DateTimeOffset Epoch = new(2026, 3, 14, 9, 26, 53, 589, TimeSpan.Zero);

        private readonly List<string> _refStack = [];

        public HashSet<string> DefinedMembers { get; } = new(StringComparer.Ordinal);

        public int NullsWritten { get; private set; }

        /// <param name="schemaNode">The schema, possibly a <c>$ref</c> with siblings.</param>
        /// <param name="name">The member name (for generated strings).</param>
        /// <param name="item">The item index inside an array or map (rotates variants and values).</param>
        /// <param name="pointer">Where the value goes.</param>
        /// <param name="depth">Nesting depth, to stop recursive schemas.</param>
        public JsonNode? Value(JsonNode schemaNode, string name, int item, string pointer, int depth)
        {
            var wrapper = schemaNode.AsObject();
            var reference = ReferenceDocument.SchemaName(wrapper);
            var schema = ReferenceDocument.Resolve(wrapper);
            var nullable = wrapper["nullable"]?.GetValue<bool>() == true || schema["nullable"]?.GetValue<bool>() == true;
            if (nulls && nullable && depth > 0)
            {
                NullsWritten++;
                return null;
            }

            var recursive = reference is not null && _refStack.Count(r => r == reference) >= 1;
            if (reference is not null)
            {
                _refStack.Add(reference);
            }

            try
            {
                return Resolved(schema, wrapper["example"] ?? schema["example"], name, item, pointer, depth, stop: recursive || depth > MaxDepth);
            }
            finally
            {
                if (reference is not null)
                {
                    _refStack.RemoveAt(_refStack.Count - 1);
                }
            }
        }

        private JsonNode? Resolved(JsonObject schema, JsonNode? example, string name, int item, string pointer, int depth, bool stop)
        {
            if (schema["oneOf"] is JsonArray variants)
            {
                // In a recursive position take the first variant that is not a container, so the value ends.
                var index = stop
                    ? Math.Max(0, variants.ToList().FindIndex(v => !IsContainer(ReferenceDocument.Resolve(v!))))
                    : (instance + item) % variants.Count;
                return Value(variants[index]!, name, item, pointer, depth + 1);
            }

            if (schema["allOf"] is JsonArray parts)
            {
                var merged = new JsonObject();
                foreach (var part in parts)
                {
                    if (Value(part!, name, item, pointer, depth + 1) is JsonObject piece)
                    {
                        foreach (var (key, value) in piece.ToList())
                        {
                            piece.Remove(key);
                            merged[key] = value;
                        }
                    }
                }

                return merged;
            }

            var type = schema["type"]?.GetValue<string>() ?? (schema["properties"] is not null || schema["additionalProperties"] is not null ? "object" : null);
            return type switch
            {
                "object" => Object(schema, name, pointer, depth, stop),
                "array" => stop ? new JsonArray() : new JsonArray(
                    Value(schema["items"]!, name, 0, pointer + "/0", depth + 1),
                    Value(schema["items"]!, name, 1, pointer + "/1", depth + 1)),
                "string" => String(schema, example, name, item),
                "integer" => Example(example, JsonValueKind.Number) ?? JsonValue.Create(3 + instance + item),
                "number" => Example(example, JsonValueKind.Number) ?? JsonValue.Create(1.5 + instance + item),
                "boolean" => Example(example, JsonValueKind.True, JsonValueKind.False) ?? JsonValue.Create((instance + item) % 2 == 0),
                _ => JsonValue.Create($"{name}-any-value"),
            };
        }

        private JsonObject Object(JsonObject schema, string name, string pointer, int depth, bool stop)
        {
            var result = new JsonObject();
            if (stop)
            {
                return result;
            }

            foreach (var (member, memberSchema) in schema["properties"]?.AsObject() ?? [])
            {
                var resolved = ReferenceDocument.Resolve(memberSchema!);
                if (forRequest && (memberSchema!["readOnly"] ?? resolved["readOnly"])?.GetValue<bool>() == true)
                {
                    continue;
                }

                var memberPointer = $"{pointer}/{ContractSpec.Escape(member)}";
                DefinedMembers.Add(memberPointer);
                result[member] = Value(memberSchema!, member, 0, memberPointer, depth + 1);
            }

            // A typed map (additionalProperties with a schema) gets two entries; a free-form one ({} or true) gets two
            // only when it has no properties of its own, because then it is all map.
            var additional = schema["additionalProperties"];
            var freeForm = additional is JsonValue { } flag ? flag.GetValue<bool>() : additional is JsonObject { Count: 0 };
            if (additional is JsonObject { Count: > 0 } entrySchema)
            {
                for (var i = 0; i < 2; i++)
                {
                    var key = $"{name}_entry_{i + 1}";
                    result[key] = Value(entrySchema, key, i, $"{pointer}/{key}", depth + 1);
                }
            }
            else if (freeForm && schema["properties"] is null)
            {
                result[$"{name}_text"] = $"{name} free-form text";
                result[$"{name}_count"] = 7 + instance;
            }

            return result;
        }

        private JsonNode String(JsonObject schema, JsonNode? example, string name, int item)
        {
            if (schema["enum"] is JsonArray values && values.Count > 0)
            {
                return values[(instance + item) % values.Count]!.DeepClone();
            }

            if (Example(example, JsonValueKind.String) is { } given)
            {
                return given;
            }

            return schema["format"]?.GetValue<string>() switch
            {
                "date-time" => JsonValue.Create(Epoch.AddMinutes(instance * 61 + item).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
                "date" => JsonValue.Create(Epoch.AddDays(instance + item).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                "uuid" => JsonValue.Create(new Guid(0x11fe0000 + instance, (short)item, 0x4abc, 0x8d, 0x1e, 0x2f, 0x30, 0x41, 0x52, 0x63, 0x74).ToString("D")),
                "email" => JsonValue.Create($"{name}.{instance}.{item}@example.com"),
                _ => JsonValue.Create($"{name} {instance + 1}.{item + 1}"),
            };
        }

        private static JsonNode? Example(JsonNode? example, params JsonValueKind[] kinds) =>
            example is JsonValue value && kinds.Contains(value.GetValueKind()) ? value.DeepClone() : null;

        private static bool IsContainer(JsonObject schema) =>
            schema["type"]?.GetValue<string>() is "object" or "array" || schema["properties"] is not null || schema["oneOf"] is not null;
    }
}
