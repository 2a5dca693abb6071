using System.Text.Json.Nodes;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>
/// Compares the operations of one OpenAPI document with the same operations (by operationId) of another:
/// parameters, request body, every response code and its schema, security scopes, deprecation and x-pagination.
/// </summary>
internal sealed class OperationComparer
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];

    private readonly JsonObject ours;
    private readonly JsonObject reference;
    private readonly List<Disagreement> found = [];
    private readonly SchemaComparer schemas;

    private OperationComparer(JsonObject ours, JsonObject reference)
    {
        this.ours = ours;
        this.reference = reference;
        schemas = new SchemaComparer(ours, reference, found);
    }

    /// <summary>Every disagreement between the operations of <paramref name="ours"/> and the reference's.</summary>
    public static IReadOnlyList<Disagreement> Compare(JsonObject ours, JsonObject reference)
    {
        var comparer = new OperationComparer(ours, reference);
        var theirs = Operations(reference).ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var mine in Operations(ours))
        {
            if (!theirs.TryGetValue(mine.Id, out var other))
            {
                comparer.Add(mine.Id, "operation", "missing in the reference");
                continue;
            }

            comparer.CompareOperation(mine, other);
        }

        return comparer.found;
    }

    private sealed record Operation(string Id, string Path, string Method, JsonObject Item, JsonObject Body);

    private static IEnumerable<Operation> Operations(JsonObject document)
    {
        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var method in Methods)
            {
                if (item?[method] is JsonObject body)
                {
                    yield return new Operation(body["operationId"]?.GetValue<string>() ?? $"{method} {path}", path, method, item.AsObject(), body);
                }
            }
        }
    }

    private void CompareOperation(Operation mine, Operation theirs)
    {
        var id = mine.Id;
        if (mine.Path != theirs.Path || mine.Method != theirs.Method)
        {
            Add(id, "operation", $"ours {mine.Method} {mine.Path}, reference {theirs.Method} {theirs.Path}");
        }

        CompareValue(id + " deprecated", "deprecated", Flag(mine.Body["deprecated"]), Flag(theirs.Body["deprecated"]));
        CompareValue(id + " x-pagination", "x-pagination", Text(mine.Body["x-pagination"]), Text(theirs.Body["x-pagination"]));
        CompareSecurity(id, mine.Body, theirs.Body);
        CompareParameters(id, mine, theirs);
        CompareRequestBody(id, mine.Body["requestBody"], theirs.Body["requestBody"]);
        CompareResponses(id, mine.Body["responses"], theirs.Body["responses"]);
    }

    private void CompareSecurity(string id, JsonObject mine, JsonObject theirs)
    {
        var a = Security(mine["security"] ?? ours["security"]);
        var b = Security(theirs["security"] ?? reference["security"]);
        foreach (var requirement in b.Except(a))
        {
            Add(id + " security", "security", $"{requirement} missing in ours");
        }

        foreach (var requirement in a.Except(b))
        {
            Add(id + " security", "security", $"{requirement} missing in the reference");
        }
    }

    /// <summary>Each security requirement as text: its schemes in order, with their scopes.</summary>
    private static List<string> Security(JsonNode? requirements) =>
        (requirements?.AsArray() ?? []).Select(r => string.Join(" + ", r!.AsObject()
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => s.Value is JsonArray { Count: > 0 } scopes
                ? $"{s.Key}[{string.Join(", ", scopes.Select(x => x!.GetValue<string>()).Order(StringComparer.Ordinal))}]"
                : s.Key))).ToList();

    private void CompareParameters(string id, Operation mine, Operation theirs)
    {
        var a = Parameters(mine, ours);
        var b = Parameters(theirs, reference);
        foreach (var key in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            var where = $"{id} parameter {key}";
            if (!a.TryGetValue(key, out var p))
            {
                Add(where, "missing in ours", "missing in ours");
                continue;
            }

            if (!b.TryGetValue(key, out var q))
            {
                Add(where, "missing in the reference", "missing in the reference");
                continue;
            }

            CompareValue(where + " required", "required", Flag(p["required"]), Flag(q["required"]));
            CompareValue(where + " deprecated", "deprecated", Flag(p["deprecated"]), Flag(q["deprecated"]));
            CompareValue(where + " style", "style", Text(p["style"]), Text(q["style"]));
            CompareValue(where + " explode", "explode", Text(p["explode"]), Text(q["explode"]));
            schemas.CompareRoot(p["schema"], q["schema"], where);
        }
    }

    /// <summary>Path-level and operation-level parameters, keyed by name (and location when not a query parameter).</summary>
    private static Dictionary<string, JsonObject> Parameters(Operation operation, JsonObject document)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var node in (operation.Item["parameters"]?.AsArray() ?? []).Concat(operation.Body["parameters"]?.AsArray() ?? []))
        {
            var parameter = ReferenceResolver.Follow(node, document)!;
            var location = parameter["in"]!.GetValue<string>();
            var name = parameter["name"]!.GetValue<string>();
            result[location == "query" ? name : $"{name} (in {location})"] = parameter;
        }

        return result;
    }

    private void CompareRequestBody(string id, JsonNode? mine, JsonNode? theirs)
    {
        var a = ReferenceResolver.Follow(mine, ours);
        var b = ReferenceResolver.Follow(theirs, reference);
        var where = id + " request";
        if (a is null || b is null)
        {
            if (a is not null || b is not null)
            {
                Add(where, a is null ? "missing in ours" : "missing in the reference", a is null ? "missing in ours" : "missing in the reference");
            }

            return;
        }

        CompareValue(where + " required", "required", Flag(a["required"]), Flag(b["required"]));
        CompareContent(where, a, b);
    }

    private void CompareResponses(string id, JsonNode? mine, JsonNode? theirs)
    {
        var a = mine?.AsObject() ?? [];
        var b = theirs?.AsObject() ?? [];
        foreach (var code in a.Select(r => r.Key).Union(b.Select(r => r.Key)).Order(StringComparer.Ordinal))
        {
            var where = $"{id} response {code}";
            if (!a.ContainsKey(code))
            {
                Add(where, "response", "missing in ours");
            }
            else if (!b.ContainsKey(code))
            {
                Add(where, "response", "missing in the reference");
            }
            else
            {
                CompareContent(where, ReferenceResolver.Follow(a[code], ours)!, ReferenceResolver.Follow(b[code], reference)!);
            }
        }
    }

    /// <summary>The JSON media type's schema (the only one either document uses for these operations).</summary>
    private void CompareContent(string where, JsonObject mine, JsonObject theirs)
    {
        var a = mine["content"]?["application/json"];
        var b = theirs["content"]?["application/json"];
        if (a is null || b is null)
        {
            if (a is not null || b is not null)
            {
                Add(where + " content", "content", a is null ? "no JSON body in ours" : "no JSON body in the reference");
            }

            return;
        }

        schemas.CompareRoot(a["schema"], b["schema"], where);
    }

    private static string Flag(JsonNode? node) => node?.GetValue<bool>() == true ? "true" : "false";

    private static string? Text(JsonNode? node) => node is null ? null : JsonText.Of(node);

    private void CompareValue(string where, string kind, string? mine, string? theirs)
    {
        if (mine != theirs)
        {
            Add(where, kind, $"ours {mine ?? "(none)"}, reference {theirs ?? "(none)"}");
        }
    }

    private void Add(string where, string kind, string detail) => found.Add(new Disagreement(where, kind, detail));
}
