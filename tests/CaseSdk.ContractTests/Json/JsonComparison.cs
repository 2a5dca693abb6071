using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CaseSdk.ContractTests.Json;

/// <summary>
/// Compares two JSON documents ignoring member order and lists every difference by JSON pointer.
/// Numbers compare by value (<c>1.0</c> = <c>1</c>); strings compare exactly, except that two RFC 3339 date-times
/// naming the same instant are equal (<c>…00.000Z</c> and <c>…00+00:00</c>: the SDK reads date-times into
/// <see cref="DateTimeOffset"/> and writes them back in .NET's round-trip form).
/// </summary>
internal static partial class JsonComparison
{
    /// <param name="expected">The reference document.</param>
    /// <param name="actual">The document under test.</param>
    /// <param name="nullMatchesAbsent">Treat a member that is null on one side and missing on the other as equal.</param>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, bool nullMatchesAbsent = false)
    {
        var differences = new List<string>();
        Compare(expected, actual, string.Empty, nullMatchesAbsent, differences);
        return differences;
    }

    /// <summary>Asserts the two documents are equal, listing the differences (and both documents) when not.</summary>
    public static void AssertEqual(JsonNode? expected, JsonNode? actual, string what, bool nullMatchesAbsent = false)
    {
        var differences = Differences(expected, actual, nullMatchesAbsent);
        if (differences.Count > 0)
        {
            Assert.Fail($"{what}: {differences.Count} difference(s)\n  {string.Join("\n  ", differences)}\nexpected: {expected?.ToJsonString()}\nactual:   {actual?.ToJsonString()}");
        }
    }

    /// <summary>Whether two JSON scalars are the same value under the rules above.</summary>
    public static bool ScalarsEqual(JsonValue expected, JsonValue actual)
    {
        var kind = expected.GetValueKind();
        if (kind != actual.GetValueKind())
        {
            return false;
        }

        return kind switch
        {
            JsonValueKind.String => StringsEqual(expected.GetValue<string>(), actual.GetValue<string>()),
            JsonValueKind.Number => NumbersEqual(expected.ToJsonString(), actual.ToJsonString()),
            _ => true,
        };
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, bool nullMatchesAbsent, List<string> differences)
    {
        var at = path.Length == 0 ? "(root)" : path;
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (null, _):
                differences.Add($"{at}: expected null, found {actual!.ToJsonString()}");
                return;
            case (_, null):
                differences.Add($"{at}: expected {expected.ToJsonString()}, found null");
                return;
            case (JsonObject e, JsonObject a):
                foreach (var (name, value) in e)
                {
                    var child = $"{path}/{name}";
                    if (a.TryGetPropertyValue(name, out var other))
                    {
                        Compare(value, other, child, nullMatchesAbsent, differences);
                    }
                    else if (!(nullMatchesAbsent && value is null))
                    {
                        differences.Add($"{child}: missing (expected {value?.ToJsonString() ?? "null"})");
                    }
                }

                foreach (var (name, value) in a)
                {
                    if (!e.ContainsKey(name) && !(nullMatchesAbsent && value is null))
                    {
                        differences.Add($"{path}/{name}: unexpected member {value?.ToJsonString() ?? "null"}");
                    }
                }

                return;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    differences.Add($"{at}: expected {e.Count} items, found {a.Count}");
                    return;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}/{i}", nullMatchesAbsent, differences);
                }

                return;
            case (JsonValue e, JsonValue a):
                if (!ScalarsEqual(e, a))
                {
                    differences.Add($"{at}: expected {e.ToJsonString()}, found {a.ToJsonString()}");
                }

                return;
            default:
                differences.Add($"{at}: expected {expected.GetValueKind()} {expected.ToJsonString()}, found {actual.GetValueKind()} {actual.ToJsonString()}");
                return;
        }
    }

    private static bool StringsEqual(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }

        return DateTimePattern().IsMatch(expected)
            && DateTimePattern().IsMatch(actual)
            && DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var e)
            && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var a)
            && e.UtcTicks == a.UtcTicks;
    }

    private static bool NumbersEqual(string expected, string actual) =>
        string.Equals(expected, actual, StringComparison.Ordinal)
        || (decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
            && decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && e == a);

    // RFC 3339 date-time with an explicit offset or Z.
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimePattern();
}
