using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>Bodies that are not JSON: text as <c>string</c>, bytes as <c>Stream</c>, forms as the caller's <c>HttpContent</c>.</summary>
public sealed partial class CSharpEmitter
{
    private static string RawBodyType(RawBodyRef raw) => raw.Kind switch
    {
        RawBodyKind.Text => "string",
        RawBodyKind.Binary => "global::System.IO.Stream",
        RawBodyKind.MultipartForm => "global::System.Net.Http.MultipartFormDataContent",
        _ => "global::System.Net.Http.FormUrlEncodedContent",
    };

    private static string SetRawBody(RawBodyRef raw) => raw.Kind switch
    {
        RawBodyKind.Text => $"request.SetTextBody(body, {Naming.Literal(raw.MediaType)});",
        RawBodyKind.Binary => $"request.SetStreamBody(body, {Naming.Literal(raw.MediaType)});",
        _ => "request.SetBody(body);",
    };

    /// <summary>The adapter method that reads a text or binary success body, with the response's details or without.</summary>
    private static string ReadRawBodyMethod(RawBodyRef raw, bool withResponse) =>
        (raw.Kind == RawBodyKind.Text ? "SendForText" : "SendForStream") + (withResponse ? "WithResponseAsync" : "Async");
}
