using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Header parameters become method parameters (required ones first, optional ones defaulting to null). Cookie
/// parameters, and headers of a type a header cannot carry, are left to RequestConfiguration.Headers with a warning.
/// </summary>
public sealed partial class ModelBuilder
{
    private static readonly HashSet<string> OperationLocals = new(StringComparer.Ordinal) { "body", "requestConfiguration", "cancellationToken", "request" };

    private void AddHeaderParameter(IOpenApiParameter parameter, string parameterPointer, string typeStem, List<HeaderParameterModel> headers)
    {
        if (parameter.In == ParameterLocation.Cookie)
        {
            Warn(parameterPointer + "/in", $"the cookie parameter '{parameter.Name}' is not generated; set the Cookie header through RequestConfiguration.Headers");
            return;
        }

        var type = Resolve(parameter.Schema, parameterPointer + "/schema", typeStem + Naming.Member(parameter.Name!, "_"));
        if (type is not PrimitiveRef { Kind: PrimitiveKind.String or PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Boolean } and not NamedRef { Kind: NamedKind.Enum })
        {
            Warn(parameterPointer + "/schema", $"the header parameter '{parameter.Name}' is not a string, integer, boolean or enum; set it through RequestConfiguration.Headers");
            return;
        }

        var name = Naming.Camel(parameter.Name!);
        if (OperationLocals.Contains(name) || headers.Any(h => h.ParameterName == name))
        {
            name += "Header";
        }

        headers.Add(new HeaderParameterModel(parameter.Name!, name, type, parameter.Description, parameter.Required));
    }
}
