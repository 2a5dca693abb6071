using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CaseSdk.Generator.Read;

/// <summary>
/// Converts a YAML document into a <see cref="JsonNode"/> tree using the YAML 1.2 core schema, so that
/// Microsoft.OpenApi (which reads JSON natively) can load a YAML spec.
/// </summary>
public static class YamlToJson
{
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
            throw new SpecException(new SpecDiagnostic(sourceName, $"line {e.Start.Line}, column {e.Start.Column}", $"invalid YAML: {e.InnerException?.Message ?? e.Message}"));
        }

        if (stream.Documents.Count != 1)
        {
            throw new SpecException(new SpecDiagnostic(sourceName, "#", $"expected one YAML document, found {stream.Documents.Count}"));
        }

        return ToJson(stream.Documents[0].RootNode, "#", sourceName);
    }

    private static JsonNode? ToJson(YamlNode node, string pointer, string sourceName) => node switch
    {
        YamlMappingNode mapping => ToObject(mapping, pointer, sourceName),
        YamlSequenceNode sequence => ToArray(sequence, pointer, sourceName),
        YamlScalarNode scalar => ToValue(scalar),
        _ => throw new SpecException(new SpecDiagnostic(sourceName, pointer, $"unsupported YAML node {node.NodeType}")),
    };

    private static JsonObject ToObject(YamlMappingNode mapping, string pointer, string sourceName)
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

            result[key] = ToJson(valueNode, childPointer, sourceName);
        }

        return result;
    }

    private static JsonArray ToArray(YamlSequenceNode sequence, string pointer, string sourceName)
    {
        var result = new JsonArray();
        var index = 0;
        foreach (var item in sequence.Children)
        {
            result.Add(ToJson(item, pointer + "/" + index.ToString(CultureInfo.InvariantCulture), sourceName));
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
