using System.Globalization;
using System.Text.Json.Nodes;

namespace CaseSdk.ContractTests.Spec;

/// <summary>
/// Checks a request's query string against the operation's query parameter definitions in the spec: every name
/// is declared, every value has the declared type, is one of the enum values, and respects minimum/maximum.
/// Prism parses bracketed names (<c>page[size]</c>) as deep objects and does not check them, so this is the
/// only check those parameters get.
/// </summary>
internal static class QueryParameterContract
{
    /// <summary>The (decoded) name/value pairs of a URL's query string, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(Uri uri)
    {
        var query = uri.Query.TrimStart('?');
        if (query.Length == 0)
        {
            return [];
        }

        return query.Split('&')
            .Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(Decode(parts[0]), parts.Length == 2 ? Decode(parts[1]) : string.Empty))
            .ToList();
    }

    /// <summary>Every problem with the query string; empty when it matches the spec.</summary>
    public static IReadOnlyList<string> Problems(SpecOperation operation, Uri uri)
    {
        var problems = new List<string>();
        var sent = Parse(uri);
        foreach (var group in sent.GroupBy(p => p.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"'{group.Key}' is sent {group.Count()} times");
        }

        foreach (var (name, value) in sent)
        {
            var parameter = operation.QueryParameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
            {
                problems.Add($"'{name}' is not a query parameter of {operation.OperationId} (declared: {string.Join(", ", operation.QueryParameters.Select(p => p.Name))})");
                continue;
            }

            problems.AddRange(ValueProblems(parameter, value).Select(p => $"'{name}={value}': {p}"));
        }

        foreach (var missing in operation.QueryParameters.Where(p => p.Required && sent.All(s => s.Key != p.Name)))
        {
            problems.Add($"required query parameter '{missing.Name}' is missing");
        }

        return problems;
    }

    private static IEnumerable<string> ValueProblems(SpecParameter parameter, string value)
    {
        var schema = parameter.Schema;
        var type = schema["type"]?.GetValue<string>();
        switch (type)
        {
            case "integer":
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    yield return "not an integer";
                    yield break;
                }

                foreach (var problem in RangeProblems(schema, integer))
                {
                    yield return problem;
                }

                break;
            case "number":
                if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    yield return "not a number";
                    yield break;
                }

                foreach (var problem in RangeProblems(schema, number))
                {
                    yield return problem;
                }

                break;
            case "boolean":
                if (value is not ("true" or "false"))
                {
                    yield return "not 'true' or 'false'";
                }

                break;
            case "string":
                break;
            default:
                yield return $"the spec declares type '{type}', which this check does not know";
                break;
        }

        if (schema["enum"] is JsonArray values && values.All(v => v?.ToString() != value))
        {
            yield return $"not one of the enum values {string.Join(", ", values.Select(v => v?.ToString()))}";
        }
    }

    private static IEnumerable<string> RangeProblems(JsonObject schema, decimal value)
    {
        if (schema["maximum"] is JsonValue maximum && value > decimal.Parse(maximum.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture))
        {
            yield return $"above the maximum {maximum}";
        }

        if (schema["minimum"] is JsonValue minimum && value < decimal.Parse(minimum.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture))
        {
            yield return $"below the minimum {minimum}";
        }
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
