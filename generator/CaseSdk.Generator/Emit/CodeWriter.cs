using System.Text;

namespace CaseSdk.Generator.Emit;

/// <summary>A small indented text writer with LF line endings.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    /// <summary>Number of lines written so far.</summary>
    public int LineCount { get; private set; }

    /// <summary>Writes one line at the current indentation (an empty line has no trailing spaces).</summary>
    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        LineCount++;
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public CodeWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c> (plus an optional suffix such as <c>;</c>).</summary>
    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes an XML doc element (<c>summary</c>, <c>remarks</c>…) from already escaped text, one line per text line.</summary>
    public CodeWriter Doc(string element, string escapedText, string attributes = "")
    {
        if (escapedText.Length == 0)
        {
            return Line($"/// <{element}{attributes}/>");
        }

        var lines = escapedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 1 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 1)
        {
            return Line($"/// <{element}{attributes}>{lines[0]}</{element}>");
        }

        Line($"/// <{element}{attributes}>");
        foreach (var line in lines)
        {
            Line(line.Length == 0 ? "///" : "/// " + line);
        }

        return Line($"/// </{element}>");
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
