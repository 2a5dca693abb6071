using System.Globalization;

namespace CaseSdk.Runtime;

/// <summary>
/// Collects what generated code finds wrong with a request before it is sent — a missing required member, a value
/// outside its documented limits — and throws one exception that lists every problem. Messages name members by
/// their C# name or JSON path and give numbers and lengths, never string values, so no user data is echoed.
/// </summary>
internal sealed class ArgumentProblems
{
    private List<string>? _problems;

    // The JSON path of the value being checked, one segment per level ("body", ".data", "[2]"). Generated checks
    // enter and leave members rather than concatenating a path for each one, so checking a valid body builds no
    // path strings at all: the text is only put together for a problem.
    private List<string>? _path;

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _problems is { Count: > 0 };

    /// <summary>Steps into a member (<c>body</c>, <c>.data</c>): subjects recorded until <see cref="Leave"/> are relative to it.</summary>
    public void Enter(string segment) => (_path ??= new List<string>(8)).Add(segment);

    /// <summary>Steps into an array item: <c>[2]</c>.</summary>
    public void EnterItem(int index) => Enter(Item(string.Empty, index));

    /// <summary>Steps into a map entry: <c>["env"]</c>.</summary>
    public void EnterEntry(string key) => Enter(Entry(string.Empty, key));

    /// <summary>Steps back out of the last member entered.</summary>
    public void Leave() => _path!.RemoveAt(_path.Count - 1);

    /// <summary>The JSON path of an array item: <c>body.data[2]</c>.</summary>
    public static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The JSON path of a map entry: <c>body.tags["env"]</c>.</summary>
    public static string Entry(string path, string key) => path + "[\"" + key.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"]";

    /// <summary>Records that a required member is null.</summary>
    public void Missing(string subject) => Add(At(subject) + " is required.");

    /// <summary>Records a problem when <paramref name="value"/> is above <paramref name="maximum"/>.</summary>
    public void AtMost(string subject, long value, long maximum)
    {
        if (value > maximum)
        {
            Add($"{At(subject)} must be at most {Text(maximum)}; it is {Text(value)}.");
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> is above <paramref name="maximum"/>.</summary>
    public void AtMost(string subject, double value, double maximum)
    {
        if (value > maximum)
        {
            Add($"{At(subject)} must be at most {Text(maximum)}; it is {Text(value)}.");
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> is below <paramref name="minimum"/>.</summary>
    public void AtLeast(string subject, long value, long minimum)
    {
        if (value < minimum)
        {
            Add($"{At(subject)} must be at least {Text(minimum)}; it is {Text(value)}.");
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> is below <paramref name="minimum"/>.</summary>
    public void AtLeast(string subject, double value, double minimum)
    {
        if (value < minimum)
        {
            Add($"{At(subject)} must be at least {Text(minimum)}; it is {Text(value)}.");
        }
    }

    /// <summary>Records a problem unless <paramref name="value"/> is below <paramref name="limit"/>.</summary>
    public void LessThan(string subject, long value, long limit)
    {
        if (value >= limit)
        {
            Add($"{At(subject)} must be less than {Text(limit)}; it is {Text(value)}.");
        }
    }

    /// <summary>Records a problem unless <paramref name="value"/> is below <paramref name="limit"/>.</summary>
    public void LessThan(string subject, double value, double limit)
    {
        if (value >= limit)
        {
            Add($"{At(subject)} must be less than {Text(limit)}; it is {Text(value)}.");
        }
    }

    /// <summary>Records a problem unless <paramref name="value"/> is above <paramref name="limit"/>.</summary>
    public void GreaterThan(string subject, long value, long limit)
    {
        if (value <= limit)
        {
            Add($"{At(subject)} must be greater than {Text(limit)}; it is {Text(value)}.");
        }
    }

    /// <summary>Records a problem unless <paramref name="value"/> is above <paramref name="limit"/>.</summary>
    public void GreaterThan(string subject, double value, double limit)
    {
        if (value <= limit)
        {
            Add($"{At(subject)} must be greater than {Text(limit)}; it is {Text(value)}.");
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> has more than <paramref name="maximum"/> characters (Unicode code points, as JSON Schema counts).</summary>
    public void MaxLength(string subject, string value, int maximum)
    {
        // A code point is one or two UTF-16 units, so only a string longer in units can be too long.
        if (value.Length <= maximum)
        {
            return;
        }

        var length = CodePoints(value);
        if (length > maximum)
        {
            Add($"{At(subject)} must be at most {Characters(maximum)} long; it is {Text(length)}.");
        }
    }

    /// <summary>Records a problem when <paramref name="value"/> has fewer than <paramref name="minimum"/> characters (Unicode code points).</summary>
    public void MinLength(string subject, string value, int minimum)
    {
        var length = CodePoints(value);
        if (length < minimum)
        {
            Add($"{At(subject)} must be at least {Characters(minimum)} long; it is {Text(length)}.");
        }
    }

    /// <summary>Records a problem when a list has more than <paramref name="maximum"/> items.</summary>
    public void MaxItems(string subject, int count, int maximum)
    {
        if (count > maximum)
        {
            Add($"{At(subject)} must have at most {Items(maximum)}; it has {Text(count)}.");
        }
    }

    /// <summary>Records a problem when a list has fewer than <paramref name="minimum"/> items.</summary>
    public void MinItems(string subject, int count, int minimum)
    {
        if (count < minimum)
        {
            Add($"{At(subject)} must have at least {Items(minimum)}; it has {Text(count)}.");
        }
    }

    /// <summary>Throws when a query parameter broke a documented limit; called before the query string is written.</summary>
    /// <exception cref="ArgumentOutOfRangeException">At least one problem was recorded; the message lists them all.</exception>
    public void ThrowForQueryParameters()
    {
        if (Any)
        {
            throw new ArgumentOutOfRangeException("requestConfiguration", string.Join(" ", _problems!));
        }
    }

    /// <summary>Throws when the request body lacks a required member or broke a documented limit.</summary>
    /// <param name="operationId">The operation, which starts the message.</param>
    /// <exception cref="ArgumentException">At least one problem was recorded; the message lists them all.</exception>
    public void ThrowForBody(string operationId)
    {
        if (Any)
        {
            throw new ArgumentException(operationId + ": " + string.Join(" ", _problems!), "body");
        }
    }

    private void Add(string problem) => (_problems ??= []).Add(problem);

    /// <summary>The full text of <paramref name="subject"/>: the members entered, then the subject itself.</summary>
    private string At(string subject) => _path is null || _path.Count == 0 ? subject : string.Concat(_path) + subject;

    private static int CodePoints(string value)
    {
        var count = value.Length;
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsLowSurrogate(value[i]) && char.IsHighSurrogate(value[i - 1]))
            {
                count--;
            }
        }

        return count;
    }

    private static string Characters(int count) => count == 1 ? "1 character" : Text(count) + " characters";

    private static string Items(int count) => count == 1 ? "1 item" : Text(count) + " items";

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
