using System.Net.Http.Headers;
using CaseSdk.Http;
using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.Runtime;

/// <summary>One HTTP request as a generated builder describes it, before it is sent.</summary>
internal sealed class RequestInfo
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    // Shared by every request that sets no header of its own, so most requests allocate no dictionary.
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    // Only a body this type serialized gets the shared JSON content type; other bodies carry their own.
    private bool _bodyIsJson;
    private bool _bodyCanBeResent = true;

    // Headers the operation documents as parameters, in the order set; null when there are none.
    private List<KeyValuePair<string, string>>? _parameterHeaders;

    /// <summary>Creates a request for <paramref name="operationId"/>.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="operationId">The spec's operationId, used in errors, logs and traces.</param>
    /// <param name="path">The escaped path relative to the base address, or an absolute URL from <c>WithUrl</c>.</param>
    /// <param name="documentedErrorStatusCodes">The error statuses the spec documents for the operation.</param>
    public RequestInfo(HttpMethod method, string operationId, string path, IReadOnlyCollection<int> documentedErrorStatusCodes)
    {
        Method = method;
        OperationId = operationId;
        Path = path;
        DocumentedErrorStatusCodes = documentedErrorStatusCodes;
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; }

    /// <summary>The escaped relative path, or an absolute URL.</summary>
    public string Path { get; }

    /// <summary>The error statuses the spec documents for this operation.</summary>
    public IReadOnlyCollection<int> DocumentedErrorStatusCodes { get; }

    /// <summary>The query string, with its leading <c>?</c>, or empty.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>Caller-supplied headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; private set; } = NoHeaders;

    /// <summary>The media type asked for: JSON, or the one a text or binary response documents.</summary>
    public string Accept { get; set; } = "application/json";

    /// <summary>The request body, if any; the message built from this request owns it.</summary>
    public HttpContent? Body { get; private set; }

    /// <summary>Applies the caller's configuration callback: query parameters and headers.</summary>
    public void Configure<TQueryParameters>(Action<RequestConfiguration<TQueryParameters>>? configure)
        where TQueryParameters : class, IQueryParameters, new()
    {
        if (configure is null)
        {
            return;
        }

        var configuration = new RequestConfiguration<TQueryParameters>();
        configure(configuration);
        var writer = new QueryStringWriter();
        (configuration.QueryParameters ?? throw new ArgumentException("RequestConfiguration.QueryParameters must not be null.", nameof(configure))).WriteTo(writer);
        Query = writer.ToString();
        if (configuration.Headers.Count > 0)
        {
            foreach (var header in configuration.Headers)
            {
                CheckHeader(header.Key, header.Value);
            }

            Headers = new Dictionary<string, string>(configuration.Headers, StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// Refuses a caller header that could split into several lines on the wire, would be re-encoded by the transport,
    /// or would replace a credential header. The message names the header, never its value.
    /// </summary>
    private void CheckHeader(string name, string? value)
    {
        if (!HeaderText.IsToken(name))
        {
            throw new ArgumentException($"{OperationId}: a name in RequestConfiguration.Headers is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only).", "configure");
        }

        if (CredentialHeaders.Contains(name))
        {
            throw new ArgumentException($"{OperationId}: RequestConfiguration.Headers must not set '{name}'; credentials come from DatadogClientOptions.Credentials.", "configure");
        }

        if (value is null)
        {
            throw new ArgumentException($"{OperationId}: the value of request header '{name}' is null.", "configure");
        }

        if (HeaderText.Problem(value, allowSpaces: true) is { } problem)
        {
            throw new ArgumentException($"{OperationId}: the value of request header '{name}' contains {problem}.", "configure");
        }
    }

    /// <summary>
    /// Sets a header the operation documents as a parameter; a content header (such as <c>Content-Encoding</c>) goes
    /// on the body. The message names the header and the parameter, never the value.
    /// </summary>
    public void SetHeader(string name, string value, string parameterName)
    {
        if (HeaderText.Problem(value, allowSpaces: true) is { } problem)
        {
            throw new ArgumentException($"{OperationId}: the value of header '{name}' contains {problem}.", parameterName);
        }

        (_parameterHeaders ??= []).Add(new KeyValuePair<string, string>(name, value));
    }

    /// <summary>Serializes <paramref name="body"/> as the JSON request body with source-generated metadata.</summary>
    public void SetJsonBody<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        Body = PooledJsonContent.Create(body, typeInfo);
        _bodyIsJson = true;
    }

    /// <summary>Sends <paramref name="text"/> as the request body, UTF-8 encoded, with <paramref name="mediaType"/>.</summary>
    public void SetTextBody(string text, string mediaType)
    {
        Body = new StringContent(text, System.Text.Encoding.UTF8, mediaType);
        _bodyIsJson = false;
    }

    /// <summary>
    /// Sends the bytes of <paramref name="stream"/> from its position as the request body with
    /// <paramref name="mediaType"/>; like <see cref="StreamContent"/>, the stream is disposed with the request.
    /// A retry resends a seekable stream from that position; one that cannot seek is never retried.
    /// </summary>
    public void SetStreamBody(Stream stream, string mediaType)
    {
        var content = new StreamContent(stream);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        Body = content;
        _bodyIsJson = false;
        _bodyCanBeResent = stream.CanSeek;
    }

    /// <summary>Sends content the caller built (a multipart or URL-encoded form) as the request body, with its own headers.</summary>
    public void SetBody(HttpContent content)
    {
        Body = content;
        _bodyIsJson = false;
    }

    /// <summary>Builds the <see cref="HttpRequestMessage"/> against <paramref name="baseAddress"/>; call it once per request.</summary>
    public HttpRequestMessage ToHttpRequestMessage(Uri baseAddress) => ToHttpRequestMessage(baseAddress, BaseUrlPrefix(baseAddress));

    /// <summary>
    /// The text operation paths are appended to: <paramref name="baseAddress"/> without its trailing slash.
    /// The adapter computes it once, not per request.
    /// </summary>
    public static string BaseUrlPrefix(Uri baseAddress) => baseAddress.AbsoluteUri.TrimEnd('/');

    /// <summary>
    /// Builds the <see cref="HttpRequestMessage"/> against <paramref name="baseAddress"/>, whose
    /// <see cref="BaseUrlPrefix"/> is <paramref name="baseUrlPrefix"/>. Call it once per request: the message takes
    /// over the body, and disposing the message releases the body's pooled buffer.
    /// </summary>
    public HttpRequestMessage ToHttpRequestMessage(Uri baseAddress, string baseUrlPrefix) => ToHttpRequestMessage(baseAddress, baseUrlPrefix, userAgent: null);

    /// <summary>
    /// As <see cref="ToHttpRequestMessage(Uri, string)"/>, with <paramref name="userAgent"/> as the <c>User-Agent</c>
    /// unless the caller set one (the rule of <see cref="HttpClient.DefaultRequestHeaders"/>).
    /// </summary>
    public HttpRequestMessage ToHttpRequestMessage(Uri baseAddress, string baseUrlPrefix, string? userAgent)
    {
        // A base address may carry a path prefix (a proxy); the operation path is appended to it.
        // Generated paths start with '/'; only a URL from WithUrl does not. Testing that first skips parsing
        // every relative path as a URI (on Unix "/api/..." parses as an absolute file: URI).
        Uri target;
        if (!Path.StartsWith("/", StringComparison.Ordinal) && IsAbsoluteUrl(Path, out var absolute))
        {
            // Credentials go with every request, so a URL from WithUrl may only point at the client's own origin.
            if (Uri.Compare(absolute, baseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                throw new ArgumentException($"{OperationId}: the URL passed to WithUrl is not on the client's base address ({baseAddress.GetLeftPart(UriPartial.Authority)}); credentials are only sent there.", "absoluteUrl");
            }

            target = new Uri(Query.Length > 0 ? absolute.GetLeftPart(UriPartial.Path) + Query : absolute.AbsoluteUri);
        }
        else
        {
            target = new Uri(baseUrlPrefix + Path + Query);
        }

        // The message carries the operation id itself, so the handlers need no per-request options dictionary.
        var message = new OperationRequestMessage(Method, target, OperationId) { BodyCanBeResent = _bodyCanBeResent, CredentialSource = SetsCredentialHeader() ? OperationRequestMessage.OtherCredentialSource : null };
        // A constant, valid value: stored as text, never parsed into a header object.
        message.Headers.TryAddWithoutValidation("Accept", Accept);
        foreach (var header in Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                throw new ArgumentException($"The header '{header.Key}' cannot be set on a request.", nameof(Headers));
            }
        }

        if (Body is not null)
        {
            message.Content = Body;
            if (_bodyIsJson)
            {
                message.Content.Headers.ContentType = JsonMediaType;
            }
        }

        // Not "?? []": that would make an empty list on every request without header parameters.
        if (_parameterHeaders is { } parameterHeaders)
        {
            foreach (var header in parameterHeaders)
            {
                if (!message.Headers.TryAddWithoutValidation(header.Key, header.Value) && message.Content?.Headers.TryAddWithoutValidation(header.Key, header.Value) != true)
                {
                    throw new ArgumentException($"{OperationId}: the header '{header.Key}' cannot be set on this request.", header.Key);
                }
            }
        }

        if (userAgent is not null && !message.Headers.Contains("User-Agent"))
        {
            message.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        return message;
    }

    // Caller headers never name a credential header (Configure refuses them); documented header parameters might.
    private bool SetsCredentialHeader()
    {
        if (_parameterHeaders is not { } headers)
        {
            return false;
        }

        foreach (var header in headers)
        {
            if (CredentialHeaders.Contains(header.Key))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAbsoluteUrl(string path, out Uri absolute) =>
        Uri.TryCreate(path, UriKind.Absolute, out absolute!) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp);
}
