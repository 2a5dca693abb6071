using System.Text.Json.Nodes;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>
/// Compares two schemas member by member after resolving <c>$ref</c>s on both sides (shapes, not component names).
/// Recursion stops when a pair of components is already being compared further up, so cyclic schemas terminate.
/// </summary>
internal sealed class SchemaComparer(JsonObject ours, JsonObject reference, List<Disagreement> found)
{
    /// <summary>Keywords compared as values; an absent boolean counts as false.</summary>
    private static readonly (string Keyword, string Kind, bool BooleanDefaultsToFalse)[] ValueKeywords =
    [
        ("type", "type", false),
        ("format", "format", false),
        ("nullable", "nullable", true),
        ("deprecated", "deprecated", true),
        ("readOnly", "readOnly", true),
        ("writeOnly", "writeOnly", true),
        ("default", "default", false),
        ("minimum", "limits", false),
        ("maximum", "limits", false),
        ("exclusiveMinimum", "limits", true),
        ("exclusiveMaximum", "limits", true),
        ("minLength", "limits", false),
        ("maxLength", "limits", false),
        ("minItems", "limits", false),
        ("maxItems", "limits", false),
        ("pattern", "limits", false),
    ];

    private readonly HashSet<(JsonObject, JsonObject)> onStack = new(PairComparer.Instance);
    private string prefix = string.Empty;

    /// <summary>Compares two root schemas; every disagreement's path starts with <paramref name="where"/>.</summary>
    public void CompareRoot(JsonNode? oursNode, JsonNode? referenceNode, string where)
    {
        prefix = where;
        Compare(oursNode, referenceNode, string.Empty);
    }

    private void Compare(JsonNode? oursNode, JsonNode? referenceNode, string path)
    {
        var o = SchemaView.Resolve(oursNode, ours);
        var r = SchemaView.Resolve(referenceNode, reference);
        if (o is null || r is null)
        {
            if (o is not null || r is not null)
            {
                Add(path, "schema", o is null ? "no schema in ours" : "no schema in the reference");
            }

            return;
        }

        var pairs = o.Targets.SelectMany(a => r.Targets.Select(b => (a, b))).ToList();
        if (pairs.Any(onStack.Contains))
        {
            return;
        }

        // Only the innermost pair matters for cycles; registering it is enough to stop the recursion.
        var pair = (o.Targets.LastOrDefault() ?? new JsonObject(), r.Targets.LastOrDefault() ?? new JsonObject());
        var registered = o.Targets.Count > 0 && r.Targets.Count > 0 && onStack.Add(pair);
        try
        {
            CompareViews(o, r, path);
        }
        finally
        {
            if (registered)
            {
                onStack.Remove(pair);
            }
        }
    }

    private void CompareViews(SchemaView o, SchemaView r, string path)
    {
        foreach (var (keyword, kind, booleanDefault) in ValueKeywords)
        {
            var a = Value(o, keyword, booleanDefault);
            var b = Value(r, keyword, booleanDefault);
            if (a != b)
            {
                Add(Join(path, keyword), kind, $"ours {a ?? "(none)"}, reference {b ?? "(none)"}");
            }
        }

        CompareEnum(o, r, path);
        CompareRequired(o, r, path);
        CompareProperties(o, r, path);
        CompareAdditionalProperties(o, r, path);

        if (o.Keywords.ContainsKey("items") || r.Keywords.ContainsKey("items"))
        {
            Compare(o.Keywords.GetValueOrDefault("items"), r.Keywords.GetValueOrDefault("items"), path + "[]");
        }

        CompareVariants(o, r, path, "oneOf");
        CompareVariants(o, r, path, "anyOf");
    }

    private static string? Value(SchemaView view, string keyword, bool booleanDefaultsToFalse) =>
        view.Keywords.TryGetValue(keyword, out var value)
            ? JsonText.Of(value)
            : booleanDefaultsToFalse ? "false" : null;

    private void CompareEnum(SchemaView o, SchemaView r, string path)
    {
        var a = Texts(o.Keywords.GetValueOrDefault("enum"));
        var b = Texts(r.Keywords.GetValueOrDefault("enum"));
        foreach (var value in b.Except(a))
        {
            Add(Join(path, "enum"), "enum", $"{value} missing in ours");
        }

        foreach (var value in a.Except(b))
        {
            Add(Join(path, "enum"), "enum", $"{value} missing in the reference");
        }
    }

    private static List<string> Texts(JsonNode? array) => array is JsonArray items ? items.Select(JsonText.Of).ToList() : [];

    private void CompareRequired(SchemaView o, SchemaView r, string path)
    {
        foreach (var name in r.Required.Except(o.Required).Order(StringComparer.Ordinal))
        {
            Add(Member(path, name), "required", "required in the reference, optional in ours");
        }

        foreach (var name in o.Required.Except(r.Required).Order(StringComparer.Ordinal))
        {
            Add(Member(path, name), "required", "required in ours, optional in the reference");
        }
    }

    private void CompareProperties(SchemaView o, SchemaView r, string path)
    {
        foreach (var name in o.Properties.Keys.Union(r.Properties.Keys).Order(StringComparer.Ordinal))
        {
            var inOurs = o.Properties.TryGetValue(name, out var a);
            var inReference = r.Properties.TryGetValue(name, out var b);
            if (!inOurs)
            {
                Add(Member(path, name), "missing in ours", "missing in ours");
            }
            else if (!inReference)
            {
                Add(Member(path, name), "missing in the reference", "missing in the reference");
            }
            else
            {
                Compare(a, b, Member(path, name));
            }
        }
    }

    private void CompareAdditionalProperties(SchemaView o, SchemaView r, string path)
    {
        var a = o.Keywords.GetValueOrDefault("additionalProperties");
        var b = r.Keywords.GetValueOrDefault("additionalProperties");
        var kindA = AdditionalKind(a);
        var kindB = AdditionalKind(b);
        if (kindA != kindB)
        {
            Add(Join(path, "additionalProperties"), "additionalProperties", $"ours {kindA}, reference {kindB}");
        }
        else if (kindA == "a schema")
        {
            Compare(a, b, path + "{*}");
        }
    }

    /// <summary>Absent, <c>true</c> and <c>{}</c> all allow any member: the same shape.</summary>
    private static string AdditionalKind(JsonNode? node) => node switch
    {
        null => "any",
        JsonValue value when value.TryGetValue(out bool allowed) => allowed ? "any" : "none",
        JsonObject obj when obj.Count == 0 => "any",
        _ => "a schema",
    };

    private void CompareVariants(SchemaView o, SchemaView r, string path, string keyword)
    {
        var a = Variants(o, ours, keyword);
        var b = Variants(r, reference, keyword);
        if (a.Count == 0 && b.Count == 0)
        {
            return;
        }

        foreach (var key in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
        {
            var variantPath = $"{path}<{keyword} {key}>";
            if (!a.TryGetValue(key, out var mine))
            {
                Add(variantPath, "missing in ours", "missing in ours");
            }
            else if (!b.TryGetValue(key, out var theirs))
            {
                Add(variantPath, "missing in the reference", "missing in the reference");
            }
            else
            {
                Compare(mine, theirs, variantPath);
            }
        }
    }

    /// <summary>
    /// Variants keyed by what tells them apart on the wire: the constant of their JSON:API <c>type</c> member, else
    /// their JSON type (then their position among variants of that type).
    /// </summary>
    private static Dictionary<string, JsonNode?> Variants(SchemaView view, JsonObject document, string keyword)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var variant in view.Keywords.GetValueOrDefault(keyword)?.AsArray() ?? [])
        {
            var resolved = SchemaView.Resolve(variant, document);
            var typeMember = SchemaView.Resolve(resolved?.Properties.GetValueOrDefault("type"), document);
            var constant = typeMember?.Keywords.GetValueOrDefault("enum") is JsonArray { Count: 1 } values
                ? values[0]!.ToString()
                : null;
            var key = constant ?? resolved?.Keywords.GetValueOrDefault("type")?.ToString() ?? "untyped";
            var unique = key;
            for (var n = 2; result.ContainsKey(unique); n++)
            {
                unique = $"{key}#{n}";
            }

            result[unique] = variant;
        }

        return result;
    }

    private static string Member(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Join(string path, string keyword) => path.Length == 0 ? keyword : $"{path} {keyword}";

    private void Add(string path, string kind, string detail) =>
        found.Add(new Disagreement(path.Length == 0 ? prefix : $"{prefix} {path}", kind, detail));

    private sealed class PairComparer : IEqualityComparer<(JsonObject, JsonObject)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((JsonObject, JsonObject) x, (JsonObject, JsonObject) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((JsonObject, JsonObject) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
