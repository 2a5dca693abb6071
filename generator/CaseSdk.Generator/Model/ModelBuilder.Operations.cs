using Microsoft.OpenApi;
using JsonPointer = CaseSdk.Generator.Read.JsonPointer;

namespace CaseSdk.Generator.Model;

/// <summary>Operations: every path item's operations with their parameters, bodies and responses, placed in the path tree.</summary>
public sealed partial class ModelBuilder
{
    private static readonly string[] MethodOrder = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

    private (BuilderNode Root, List<OperationModel> Operations, List<TypeRef> Serializable) BuildOperations()
    {
        var root = new BuilderNode(string.Empty, null) { ClassName = "RootRequestBuilder" };
        var operations = new List<OperationModel>();
        var serializable = new List<TypeRef>();
        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        var queryClassNames = new List<(OperationModel Operation, string Name)>();

        foreach (var (path, pathItem) in _document.Paths ?? [])
        {
            var pathPointer = "#/paths/" + JsonPointer.Escape(path);
            var node = AddPath(root, path, pathPointer);
            if (node is null)
            {
                continue;
            }

            var ordered = (pathItem.Operations ?? []).OrderBy(o => Array.IndexOf(MethodOrder, o.Key.Method.ToUpperInvariant()));
            foreach (var (method, operation) in ordered)
            {
                var opPointer = $"{pathPointer}/{method.Method.ToLowerInvariant()}";
                var model = BuildOperation(path, pathPointer, pathItem, method.Method.ToUpperInvariant(), operation, opPointer);
                if (model is null)
                {
                    continue;
                }

                if (!operationIds.Add(model.OperationId))
                {
                    Report(opPointer + "/operationId", $"operationId '{model.OperationId}' is used by another operation");
                }

                // operationIds such as 'find-pets-by-status' and 'findPetsByStatus' make the same identifier.
                var fieldName = Naming.Unique(Naming.Member(model.OperationId, "_") + "ErrorStatusCodes", node.Operations.Select(o => o.ErrorCodesField).ToHashSet(StringComparer.Ordinal));
                model = model with { ErrorCodesField = fieldName };
                operations.Add(model);
                node.Operations.Add(model);
                foreach (var type in new[] { model.BodyType, model.ResponseType })
                {
                    if (type is ListRef or MapRef or PrimitiveRef && !serializable.Contains(type))
                    {
                        serializable.Add(type);
                    }
                }
            }
        }

        NameIndexers(root);
        NameBuilders(root);
        return (root, operations, serializable);
    }

    private OperationModel? BuildOperation(string path, string pathPointer, IOpenApiPathItem pathItem, string method, OpenApiOperation operation, string pointer)
    {
        if (string.IsNullOrWhiteSpace(operation.OperationId))
        {
            Report(pointer, "the operation has no operationId");
            return null;
        }

        var operationId = operation.OperationId;
        var typeStem = Naming.Member(operationId, "_");

        // Path-level parameters apply unless the operation redefines them (same name and location).
        var parameters = new List<(IOpenApiParameter Parameter, string Pointer)>();
        var operationParameters = (operation.Parameters ?? []).Select((p, i) => (p, $"{pointer}/parameters/{i}")).ToList();
        foreach (var (parameter, parameterPointer) in (pathItem.Parameters ?? []).Select((p, i) => (p, $"{pathPointer}/parameters/{i}")))
        {
            if (!operationParameters.Any(o => o.p.Name == parameter.Name && o.p.In == parameter.In))
            {
                parameters.Add((parameter, parameterPointer));
            }
        }

        parameters.AddRange(operationParameters);

        var queryParameters = new List<QueryParameterModel>();
        var queryClassName = typeStem + "QueryParameters";
        var queryMembers = new HashSet<string>(ReservedModelMembers, StringComparer.Ordinal) { queryClassName };
        var pathParameterNames = new HashSet<string>(StringComparer.Ordinal);
        var headerParameters = new List<HeaderParameterModel>();
        foreach (var (parameter, parameterPointer) in parameters)
        {
            if (parameter is IOpenApiReferenceHolder { UnresolvedReference: true } || parameter.Name is null)
            {
                Report(parameterPointer, "the parameter reference does not resolve");
                continue;
            }

            if (parameter.Schema is null)
            {
                Report(parameterPointer, "parameters must have a schema ('content' parameters are not supported)");
                continue;
            }

            switch (parameter.In)
            {
                case ParameterLocation.Path:
                    pathParameterNames.Add(parameter.Name);
                    if (!path.Contains("{" + parameter.Name + "}", StringComparison.Ordinal))
                    {
                        Report(parameterPointer, $"path parameter '{parameter.Name}' does not appear in the path");
                    }

                    var pathType = Resolve(parameter.Schema, parameterPointer + "/schema", typeStem + Naming.Member(parameter.Name, "_"));
                    if (pathType is not PrimitiveRef { Kind: PrimitiveKind.String or PrimitiveKind.Int32 or PrimitiveKind.Int64 } and not NamedRef { Kind: NamedKind.Enum })
                    {
                        Report(parameterPointer + "/schema", "path parameters must be strings, integers or string enums");
                    }

                    break;
                case ParameterLocation.Query:
                    var queryType = Resolve(parameter.Schema, parameterPointer + "/schema", typeStem + Naming.Member(parameter.Name, "_"));
                    if (!IsSupportedQueryType(queryType))
                    {
                        Report(parameterPointer + "/schema", "query parameters must be strings, numbers, booleans, date-times, string enums or arrays of strings or enums");
                        continue;
                    }

                    var memberName = Naming.Member(parameter.Name, "_");
                    if (memberName == queryClassName || ReservedModelMembers.Contains(memberName))
                    {
                        memberName += "Value";
                    }

                    queryParameters.Add(new QueryParameterModel(
                        parameter.Name,
                        Naming.Unique(memberName, queryMembers),
                        queryType,
                        parameter.Description,
                        parameter.Required,
                        parameter.Deprecated,
                        Constraints(parameter.Schema, queryType, parameterPointer + "/schema"),
                        parameter.Schema.Default?.ToJsonString()));
                    break;
                case ParameterLocation.Header:
                case ParameterLocation.Cookie:
                    AddHeaderParameter(parameter, parameterPointer, typeStem, headerParameters);
                    break;
                default:
                    Report(parameterPointer + "/in", $"'{parameter.In?.ToString().ToLowerInvariant()}' parameters are not supported");
                    break;
            }
        }

        foreach (var segment in path.Split('/').Where(s => s.StartsWith('{') && s.EndsWith('}')))
        {
            if (!pathParameterNames.Contains(segment[1..^1]))
            {
                Report(pointer, $"the path parameter '{segment[1..^1]}' is not defined for this operation");
            }
        }

        TypeRef? bodyType = null;
        var bodyRequired = false;
        string? bodyDescription = null;
        if (operation.RequestBody is { } body)
        {
            var bodyPointer = pointer + "/requestBody";
            if (body is IOpenApiReferenceHolder { UnresolvedReference: true } || body.Content is null)
            {
                Report(bodyPointer, body.Content is null ? "the request body has no content" : "the request body reference does not resolve");
            }
            else
            {
                bodyType = body.Content.Count == 0 ? null : BodyContent(body.Content, bodyPointer, typeStem + "Request", isRequest: true);
                bodyRequired = body.Required;
                bodyDescription = body.Description;
            }
        }

        var (responseType, successCodes, errorCodes, bodilessCodes) = BuildResponses(operation, pointer, typeStem);
        return new OperationModel(
            method,
            operationId,
            Naming.Pascal(method.ToLowerInvariant()) + "Async",
            path,
            operation.Summary,
            operation.Description,
            operation.Deprecated,
            queryParameters,
            queryParameters.Count > 0 ? queryClassName : null,
            bodyType,
            bodyRequired,
            bodyDescription,
            responseType,
            successCodes.FirstOrDefault(),
            errorCodes,
            pointer)
        {
            SuccessStatusCodes = successCodes,
            BodilessSuccessCodes = bodilessCodes,
            UnstableNote = UnstableNote(pointer),
            HeaderParameters = headerParameters.OrderBy(h => !h.Required).ToList(),
        };
    }

    private static bool IsSupportedQueryType(TypeRef type) => type switch
    {
        PrimitiveRef { Kind: not PrimitiveKind.Any } => true,
        NamedRef { Kind: NamedKind.Enum } => true,
        ListRef { Item: PrimitiveRef { Kind: PrimitiveKind.String } or NamedRef { Kind: NamedKind.Enum } } => true,
        _ => false,
    };
}
