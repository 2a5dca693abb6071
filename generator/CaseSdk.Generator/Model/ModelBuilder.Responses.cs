using System.Globalization;
using Microsoft.OpenApi;
using JsonPointer = CaseSdk.Generator.Read.JsonPointer;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Responses: what a method returns. A 2xx without a body (200, 202 as well as 204) completes a plain task; several
/// 2xx statuses return the body type they share, or a plain task when none has a body; so does an operation that
/// documents no 2xx at all. A JSON body on some statuses only (200 with a body, 204 without) returns the body type as
/// nullable: null on the bodiless statuses.
/// </summary>
public sealed partial class ModelBuilder
{
    private (TypeRef? Response, List<int> SuccessCodes, List<int> ErrorCodes, List<int> BodilessCodes) BuildResponses(OpenApiOperation operation, string pointer, string typeStem)
    {
        var errorCodes = new List<int>();
        var successCodes = new List<int>();
        if (operation.Responses is not { Count: > 0 } responses)
        {
            Report(pointer, "the operation has no responses");
            return (null, successCodes, errorCodes, []);
        }

        // Each 2xx status with what it carries: its body type, or null when it has none.
        var bodies = new List<(int Code, TypeRef? Type, string Pointer)>();
        foreach (var (key, response) in responses)
        {
            var responsePointer = $"{pointer}/responses/{JsonPointer.Escape(key)}";
            if (response is IOpenApiReferenceHolder { UnresolvedReference: true } || response is OpenApiResponseReference { Target: null })
            {
                Report(responsePointer, $"the response reference '{RefText(responsePointer)}' does not resolve to a response under #/components/responses");
                continue;
            }

            if (key == "default")
            {
                continue;
            }

            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || code < 100 || code > 599)
            {
                Report(responsePointer, $"'{key}' is not a supported status code; list each status explicitly");
                continue;
            }

            if (code >= 400)
            {
                errorCodes.Add(code);
                continue;
            }

            if (code is < 200 or >= 300)
            {
                Report(responsePointer, $"status {code} is not supported");
                continue;
            }

            successCodes.Add(code);
            if (code == 204 && response.Content is { Count: > 0 })
            {
                Report(responsePointer + "/content", "a 204 response cannot have a body");
                continue;
            }

            var type = response.Content is { Count: > 0 }
                ? BodyContent(response.Content, responsePointer, typeStem + "Response", isRequest: false)
                : null;
            bodies.Add((code, type, responsePointer));
        }

        if (successCodes.Count == 0)
        {
            // Common in public documents (Petstore's deletePet lists only 400): the call succeeds on any 2xx, bodiless.
            Warn(pointer + "/responses", "the operation documents no 2xx response; any 2xx status completes the call without a result");
        }

        errorCodes.Sort();
        var responseType = CommonResponseType(bodies, pointer);
        var bodiless = responseType is null ? [] : bodies.Where(b => b.Type is null).Select(b => b.Code).ToList();
        return (responseType, successCodes, errorCodes, bodiless);
    }

    /// <summary>
    /// The type every 2xx body shares, or null when none has a body. A JSON body on some statuses only is that type
    /// (null on the others); different bodies on different statuses, or a text or binary body on some statuses only,
    /// have no single return type and are reported.
    /// </summary>
    private TypeRef? CommonResponseType(List<(int Code, TypeRef? Type, string Pointer)> bodies, string pointer)
    {
        var withBody = bodies.Where(b => b.Type is not null).ToList();
        if (withBody.Count == 0)
        {
            return null;
        }

        var first = withBody[0].Type!;
        if (withBody.All(b => b.Type == first) && (withBody.Count == bodies.Count || first is not RawBodyRef))
        {
            return first;
        }

        var codes = string.Join(", ", bodies.Select(b => b.Code.ToString(CultureInfo.InvariantCulture) + (b.Type is null ? " (no body)" : " (" + b.Type.TypeInfoName + ")")));
        Report(pointer + "/responses", $"the success responses {codes} do not share one body type; give them the same schema");
        return first;
    }
}
