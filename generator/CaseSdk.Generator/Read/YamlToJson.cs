using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CaseSdk.Generator.Read;

/// <summary>
/// Converts a YAML document into a <see cref="JsonNode"/> tree using the YAML 1.2 core schema, so that
/// Microsoft.OpenApi (which reads JSON natively) can load a YAML spec.
/// </summary>
/// <remarks>
/// Kept instead of Microsoft.OpenApi.YamlReader 3.11 after measuring both (README, "How the code is generated"):
/// SharpYaml, under the library, cannot parse Datadog's reference document (<c>[this:tag, that:tag]</c> at line 23,762),
/// and on our spec its JSON differs (nulls as a sentinel string, <c>key:</c> with no value as <c>""</c>, numbers that
/// are not <see cref="long"/>s, so the generated paging helpers of three list operations disappear). Both read
/// <c>yes</c>/<c>on</c> as strings, <c>0777</c> as 777, <c>1e3</c> as 1000, dates as strings and <c>200</c> keys as
/// names; speed on the 4 MB reference is within the noise of this machine.
/// </remarks>
public static class YamlToJson
{
    /// <summary>Deepest nesting accepted (Datadog's reference document nests 17 levels); deeper is refused with its location.</summary>
    public const int MaxDepth = 128;

    /// <summary>Parses <paramref name="yaml"/> and returns its single document as JSON.</summary>
    /// <exception cref="SpecException">The text is not valid YAML, has several documents or repeats a key.</exception>
    public static JsonNode? Convert(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            throw new SpecException(new SpecDiagnostic(sourceName, Where(yaml, e, message), $"invalid YAML: {message}"));
        }

        if (stream.Documents.Count != 1)
        {
            throw new SpecException(new SpecDiagnostic(sourceName, "#", $"expected one YAML document, found {stream.Documents.Count}"));
        }

        return ToJson(stream.Documents[0].RootNode, "#", sourceName, 0);
    }

    // YamlDotNet gives no position for a tab in the indentation or an unknown alias (line 1, column 1): find it in the text.
    private static string Where(string yaml, YamlException e, string message)
    {
        var (line, column) = (e.Start.Line, e.Start.Column);
        if (line <= 1 && column <= 1)
        {
            var lines = yaml.Split('\n');
            var alias = message.StartsWith("The anchor '", StringComparison.Ordinal) ? "*" + message.Split('\'')[1] : null;
            for (var i = 0; i < lines.Length; i++)
            {
                var at = alias is not null
                    ? lines[i].IndexOf(alias, StringComparison.Ordinal)
                    : message.Contains("tab", StringComparison.Ordinal) ? TabInIndentation(lines[i]) : -1;
                if (at >= 0)
                {
                    (line, column) = (i + 1, at + 1);
                    break;
                }
            }
        }

        return $"line {line}, column {column}";
    }

    private static int TabInIndentation(string line)
    {
        var indentation = line.Length - line.TrimStart(' ', '\t').Length;
        return line.AsSpan(0, indentation).IndexOf('\t');
    }

    private static JsonNode? ToJson(YamlNode node, string pointer, string sourceName, int depth) => depth > MaxDepth
        ? throw new SpecException(new SpecDiagnostic(sourceName, pointer, $"line {node.Start.Line}: nested deeper than {MaxDepth} levels"))
        : node switch
    {
        YamlMappingNode mapping => ToObject(mapping, pointer, sourceName, depth),
        YamlSequenceNode sequence => ToArray(sequence, pointer, sourceName, depth),
        YamlScalarNode scalar => ToValue(scalar),
        _ => throw new SpecException(new SpecDiagnostic(sourceName, pointer, $"unsupported YAML node {node.NodeType}")),
    };

    private static JsonObject ToObject(YamlMappingNode mapping, string pointer, string sourceName, int depth)
    {
        var result = new JsonObject();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw new SpecException(new SpecDiagnostic(sourceName, pointer, $"line {keyNode.Start.Line}: mapping keys must be scalars"));
            }

            var childPointer = pointer + "/" + JsonPointer.Escape(key);
            if (result.ContainsKey(key))
            {
                throw new SpecException(new SpecDiagnostic(sourceName, childPointer, $"line {keyNode.Start.Line}: duplicate key '{key}'"));
            }

            result[key] = ToJson(valueNode, childPointer, sourceName, depth + 1);
        }

        return result;
    }

    private static JsonArray ToArray(YamlSequenceNode sequence, string pointer, string sourceName, int depth)
    {
        var result = new JsonArray();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            result.Add(ToJson(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture), sourceName, depth + 1));
            index++;
        }

        return result;
    }

    private static JsonNode? ToValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        // YAML 1.2 core schema: plain scalars that look like null, booleans or numbers are typed.
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (LooksLikeDecimal(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    private static bool LooksLikeDecimal(string text)
    {
        var start = text[0] is '+' or '-' ? 1 : 0;
        return text.Length > start && (char.IsAsciiDigit(text[start]) || text[start] == '.')
            && text.Skip(start).All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-');
    }
}
