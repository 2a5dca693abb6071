using Microsoft.OpenApi;
using JsonPointer = CaseSdk.Generator.Read.JsonPointer;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Media types of bodies. JSON, when offered, is what the SDK sends and reads. Otherwise the first media type is
/// used as it is: text as a <c>string</c>, bytes as a <c>Stream</c>, and form bodies as the caller's
/// <c>MultipartFormDataContent</c> or <c>FormUrlEncodedContent</c>. Alternatives left out are warnings.
/// </summary>
public sealed partial class ModelBuilder
{
    private TypeRef? BodyContent(IDictionary<string, IOpenApiMediaType> content, string pointer, string contextName, bool isRequest)
    {
        var json = content.Where(c => IsJsonMediaType(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var others = content.Keys.Where(k => !IsJsonMediaType(k)).ToList();
        if (json.Count > 0)
        {
            if (isRequest)
            {
                foreach (var other in others)
                {
                    Warn($"{pointer}/content/{JsonPointer.Escape(other)}", $"the '{other}' alternative is not generated; the body is sent as JSON");
                }
            }

            return JsonContent(json, pointer, contextName, requireSchema: true);
        }

        var mediaType = others[0];
        foreach (var other in others.Skip(1))
        {
            Warn($"{pointer}/content/{JsonPointer.Escape(other)}", $"the '{other}' alternative is not generated; '{mediaType}' is");
        }

        var bare = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        var kind = bare switch
        {
            "multipart/form-data" when isRequest => RawBodyKind.MultipartForm,
            "application/x-www-form-urlencoded" when isRequest => RawBodyKind.UrlEncodedForm,
            "application/x-www-form-urlencoded" => RawBodyKind.Text,
            _ when bare.StartsWith("text/", StringComparison.Ordinal) || bare.EndsWith("+xml", StringComparison.Ordinal) => RawBodyKind.Text,
            "application/yaml" or "application/x-yaml" or "application/xml" => RawBodyKind.Text,
            _ => RawBodyKind.Binary,
        };
        return new RawBodyRef(kind, bare);
    }

    private static bool IsJsonMediaType(string mediaType)
    {
        var bare = mediaType.Split(';')[0].Trim();
        return bare.Equals("application/json", StringComparison.OrdinalIgnoreCase) || bare.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private TypeRef? JsonContent(IDictionary<string, IOpenApiMediaType> content, string pointer, string contextName, bool requireSchema)
    {
        TypeRef? result = null;
        foreach (var (mediaType, media) in content)
        {
            var mediaPointer = $"{pointer}/content/{JsonPointer.Escape(mediaType)}";
            var bare = mediaType.Split(';')[0].Trim();
            if (!bare.Equals("application/json", StringComparison.OrdinalIgnoreCase) && !bare.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            {
                Report(mediaPointer, $"media type '{mediaType}' is not supported; only JSON bodies are");
                continue;
            }

            if (media.Schema is null)
            {
                if (requireSchema)
                {
                    Report(mediaPointer, "the JSON content has no schema");
                }

                continue;
            }

            if (result is not null)
            {
                Report(mediaPointer, "several JSON media types for one body are not supported");
                continue;
            }

            result = Resolve(media.Schema, mediaPointer + "/schema", contextName);
        }

        return result;
    }
}
