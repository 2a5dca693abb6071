using System.Text.Json.Nodes;
using CaseSdk.Generator.Read;

namespace CaseSdk.Generator.Tests.Support;

/// <summary>
/// Cuts Datadog's reference document down to the operations our spec has (matched by operationId) and every
/// component they reach, transitively: a real, self-contained document in the shapes the reconciled spec uses.
/// </summary>
internal static class ReferenceSubset
{
    private static readonly string[] Methods = ["get", "put", "post", "patch", "delete", "head", "options", "trace"];

    /// <summary>Where the reference document sits beside the repository.</summary>
    public static string ReferenceFile => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Repository.SpecFile)!, "..", "..", "shared", "reference", "datadog-v2-openapi.yaml"));

    /// <summary>Ignores the calling fixture, with the reason, when the reference document is absent; fails it under <c>CI=true</c>, where it is always present.</summary>
    public static void RequireReference()
    {
        if (!File.Exists(ReferenceFile))
        {
            var reason = $"the reference document is not at {ReferenceFile}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + " (it is always present under CI=true)");
            }

            Assert.Ignore(reason);
        }
    }

    /// <summary>The operationIds of our spec.</summary>
    public static IReadOnlyList<string> SpecOperationIds()
    {
        var spec = YamlToJson.Convert(File.ReadAllText(Repository.SpecFile), "spec/openapi.yaml")!;
        return [.. Operations(spec).Select(o => o.Operation["operationId"]!.GetValue<string>())];
    }

    /// <summary>The sub-document of <paramref name="reference"/> holding <paramref name="operationIds"/> and what they reach.</summary>
    public static JsonObject Extract(JsonObject reference, IReadOnlyCollection<string> operationIds)
    {
        var wanted = new HashSet<string>(operationIds, StringComparer.Ordinal);
        var paths = new JsonObject();
        foreach (var (path, item) in reference["paths"]!.AsObject())
        {
            var kept = new JsonObject();
            foreach (var (key, value) in item!.AsObject())
            {
                var isOperation = Methods.Contains(key);
                if (!isOperation || wanted.Contains(value?["operationId"]?.GetValue<string>() ?? string.Empty))
                {
                    kept[key] = value?.DeepClone();
                }
            }

            if (kept.Any(p => Methods.Contains(p.Key)))
            {
                paths[path] = kept;
            }
        }

        var components = reference["components"]!.AsObject();
        var copied = new JsonObject();
        var pending = new Queue<JsonNode>([paths]);
        while (pending.Count > 0)
        {
            foreach (var target in References(pending.Dequeue()))
            {
                var parts = target.Split('/');
                if (parts.Length != 4 || parts[0] != "#" || parts[1] != "components")
                {
                    throw new InvalidOperationException($"unexpected reference '{target}'");
                }

                var section = (JsonObject)(copied[parts[2]] ??= new JsonObject());
                var name = parts[3].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (section.ContainsKey(name))
                {
                    continue;
                }

                var value = components[parts[2]]![name]!.DeepClone();
                section[name] = value;
                pending.Enqueue(value);
            }
        }

        if (components["securitySchemes"] is { } schemes)
        {
            copied["securitySchemes"] = schemes.DeepClone();
        }

        var result = new JsonObject
        {
            ["openapi"] = reference["openapi"]!.DeepClone(),
            ["info"] = reference["info"]!.DeepClone(),
            ["paths"] = paths,
            ["components"] = copied,
        };
        if (reference["servers"] is { } servers)
        {
            result["servers"] = servers.DeepClone();
        }

        return result;
    }

    /// <summary>Every operation of a document, with its path and method.</summary>
    public static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonNode document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => Methods.Contains(o.Key)))
            {
                yield return (path, method, operation!.AsObject());
            }
        }
    }

    private static IEnumerable<string> References(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "$ref" && value is JsonValue v && v.TryGetValue<string>(out var text))
                    {
                        yield return text;
                    }
                    else if (value is not null)
                    {
                        foreach (var inner in References(value))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a.OfType<JsonNode>())
                {
                    foreach (var inner in References(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
