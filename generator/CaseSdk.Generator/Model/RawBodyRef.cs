namespace CaseSdk.Generator.Model;

/// <summary>How a body that is not JSON reaches the caller.</summary>
public enum RawBodyKind
{
    /// <summary>Text (<c>text/plain</c>, <c>text/csv</c>, YAML, XML): a <c>string</c>.</summary>
    Text,
    /// <summary>Bytes (<c>application/octet-stream</c>, <c>application/zip</c>, anything else): a <c>Stream</c>.</summary>
    Binary,
    /// <summary>A <c>multipart/form-data</c> request: the caller's <c>MultipartFormDataContent</c>.</summary>
    MultipartForm,
    /// <summary>An <c>application/x-www-form-urlencoded</c> request: the caller's <c>FormUrlEncodedContent</c>.</summary>
    UrlEncodedForm,
}

/// <summary>A body that is not JSON, sent or read as it is.</summary>
/// <param name="Kind">How the caller holds it.</param>
/// <param name="MediaType">The media type the spec gives, sent as <c>Content-Type</c> for text and bytes.</param>
public sealed record RawBodyRef(RawBodyKind Kind, string MediaType) : TypeRef
{
    /// <inheritdoc />
    public override string TypeInfoName => Kind.ToString();
}
