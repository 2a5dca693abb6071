using System.Globalization;
using System.Text;

namespace CaseSdk.Runtime;

/// <summary>Builds a query string from wire names (<c>page[size]</c>) and typed values, skipping nulls.</summary>
internal sealed class QueryStringWriter
{
    private readonly StringBuilder _query = new();

    /// <summary>Adds a string value.</summary>
    public void Add(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        _query.Append(_query.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
    }

    /// <summary>Adds an integer value in invariant culture.</summary>
    public void Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds an integer value in invariant culture.</summary>
    public void Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number in invariant culture, round-trippable.</summary>
    public void Add(string name, double? value) => Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean as <c>true</c>/<c>false</c>, as the API expects.</summary>
    public void Add(string name, bool? value) => Add(name, value switch { true => "true", false => "false", null => null });

    /// <summary>Adds a list as one comma-separated value (the API's form for multi-valued parameters).</summary>
    public void Add(string name, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            Add(name, string.Join(",", values));
        }
    }

    /// <summary>The query string with its leading <c>?</c>, or empty when nothing was added.</summary>
    public override string ToString() => _query.ToString();
}
