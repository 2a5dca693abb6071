using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>Header parameters as method parameters: declared after the body, checked and set on the request.</summary>
public sealed partial class CSharpEmitter
{
    private IEnumerable<string> HeaderParameterDeclarations(OperationModel operation) =>
        operation.HeaderParameters.Select(h => h.Required
            ? $"{CSharpType(h.Type)} {h.ParameterName}"
            : $"{CSharpType(h.Type)}? {h.ParameterName} = null");

    private static void EmitHeaderDocs(CodeWriter writer, OperationModel operation)
    {
        foreach (var header in operation.HeaderParameters)
        {
            var sent = $"Sent as the <c>{Naming.XmlEscape(header.WireName)}</c> header{(header.Required ? string.Empty : "; null leaves it out")}.";
            writer.Doc("param", Summary(header.Description, "A header parameter.") + " " + sent, $" name=\"{header.ParameterName.TrimStart('@')}\"");
        }
    }

    private static void EmitSetHeaders(CodeWriter writer, OperationModel operation)
    {
        foreach (var header in operation.HeaderParameters)
        {
            var name = header.ParameterName;
            var isString = header.Type is PrimitiveRef { Kind: PrimitiveKind.String };
            if (header.Required && isString)
            {
                writer.Open($"if ({name} is null)");
                writer.Line($"throw new global::System.ArgumentNullException(nameof({name}));");
                writer.Close();
            }

            var value = header.Required || isString ? name : name + ".Value";
            var text = header.Type switch
            {
                PrimitiveRef { Kind: PrimitiveKind.String } => value,
                PrimitiveRef { Kind: PrimitiveKind.Boolean } => $"({value} ? \"true\" : \"false\")",
                PrimitiveRef => $"{value}.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
                _ => $"{value}.ToString()",
            };
            var set = $"request.SetHeader({Naming.Literal(header.WireName)}, {text}, nameof({name}));";
            if (header.Required)
            {
                writer.Line(set);
            }
            else
            {
                writer.Open($"if ({name} is not null)");
                writer.Line(set);
                writer.Close();
            }
        }
    }
}
