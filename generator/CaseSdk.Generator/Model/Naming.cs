using System.Globalization;
using System.Text;

namespace CaseSdk.Generator.Model;

/// <summary>Turns wire names into C# identifiers. Every naming rule of the generator lives here.</summary>
/// <remarks>
/// The rules, for any operationId, schema key, property, parameter or enum value:
/// <list type="bullet">
/// <item>Words are runs of letters and digits, Unicode ones included (<c>größe</c> → <c>Größe</c>, <c>名前</c> stays
/// <c>名前</c>: both are valid C# identifiers); everything else (<c>-</c>, <c>_</c>, <c>.</c>, <c>$</c>, <c>@</c>,
/// spaces, brackets) only separates words, which are joined in PascalCase (camelCase for method parameters).</item>
/// <item>A name that would start with a digit gets a prefix: <c>_</c> for types, members and parameters
/// (<c>2fa</c> → <c>_2fa</c>), <c>Value</c> for enum members, which read as values (<c>Kind.Value2fa</c>).</item>
/// <item>A name with no letter or digit left (<c>""</c>, <c>$</c>) becomes <c>Value</c> (<c>value</c> for parameters).</item>
/// <item>C# keywords: PascalCase names never are one; a camelCase parameter that is gets <c>@</c> (<c>@class</c>).</item>
/// <item>Names that collide once made valid (<c>foo-bar</c> and <c>foo_bar</c>) are told apart by the first free suffix
/// 2, 3, … in document order (<see cref="Unique"/>); a member named like its type, or like a member the generated
/// type declares itself, gets a <c>Value</c> suffix first.</item>
/// </list>
/// </remarks>
public static class Naming
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// PascalCase from snake_case, kebab-case, brackets and SCREAMING_CASE: <c>page[size]</c> → <c>PageSize</c>,
    /// <c>IN_PROGRESS</c> → <c>InProgress</c>, <c>P1</c> → <c>P1</c>. Words already in mixed case keep their inner
    /// capitals (<c>APIErrorResponse</c>). Returns an empty string when nothing usable remains.
    /// </summary>
    public static string Pascal(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var word in Words(value))
        {
            var allUpper = word.All(c => !char.IsLetter(c) || char.IsUpper(c));
            var rest = allUpper ? word[1..].ToLowerInvariant() : word[1..];
            builder.Append(char.ToUpperInvariant(word[0])).Append(rest);
        }

        return builder.ToString();
    }

    /// <summary>camelCase, for parameters: <c>case_id</c> → <c>caseId</c>; keywords get an <c>@</c> prefix.</summary>
    public static string Camel(string value)
    {
        var pascal = Identifier(Pascal(value), "_", "value");
        var camel = char.ToLowerInvariant(pascal[0]) + pascal[1..];
        return Keywords.Contains(camel) ? "@" + camel : camel;
    }

    /// <summary>A PascalCase identifier for a type or member; values starting with a digit get <paramref name="digitPrefix"/>.</summary>
    public static string Member(string value, string digitPrefix = "_", string empty = "Value") => Identifier(Pascal(value), digitPrefix, empty);

    /// <summary>
    /// The name of an enum member. A leading <c>-</c> (descending sort keys such as <c>-user_count</c>) becomes a
    /// <c>Descending</c> suffix; a leading digit gets a <c>Value</c> prefix.
    /// </summary>
    public static string EnumMember(string wireValue, string? declaredName)
    {
        if (!string.IsNullOrWhiteSpace(declaredName))
        {
            return Member(declaredName, "Value");
        }

        if (wireValue.Length > 1 && wireValue[0] == '-')
        {
            return Member(wireValue[1..], "Value") + "Descending";
        }

        return Member(wireValue, "Value");
    }

    /// <summary>Returns <paramref name="name"/>, or it with the first free suffix (2, 3, …) when <paramref name="taken"/> has it; records the result.</summary>
    public static string Unique(string name, ISet<string> taken)
    {
        var candidate = name;
        for (var i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string XmlEscape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A C# regular string literal with quotes.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string Identifier(string pascal, string digitPrefix, string empty)
    {
        if (pascal.Length == 0)
        {
            return empty;
        }

        return char.IsDigit(pascal[0]) ? digitPrefix + pascal : pascal;
    }

    private static IEnumerable<string> Words(string value)
    {
        var current = new StringBuilder();
        foreach (var c in value)
        {
            // Combining marks continue a word (C# allows them after the first character).
            if (char.IsLetterOrDigit(c) || (current.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
