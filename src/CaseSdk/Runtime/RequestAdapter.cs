using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.Runtime;

/// <summary>Sends the requests generated builders describe and turns responses into models or exceptions.</summary>
internal sealed partial class RequestAdapter
{
    /// <summary>The response-size limit when none is given: 64 MiB, far above any real Datadog page.</summary>
    internal const long DefaultMaxResponseBytes = 64L * 1024 * 1024;

    private const int MaxErrorBodyBytes = 16 * 1024;
    private const int MaxExcerptChars = 2048;

    private readonly HttpMessageInvoker _invoker;
    private readonly DeadlineSource _deadlines;
    private readonly string _baseUrlPrefix;
    private readonly long _maxResponseBytes;
    private readonly string? _userAgent;

    /// <summary>Creates an adapter over an already configured handler chain (auth, retries), with no deadline.</summary>
    public RequestAdapter(HttpMessageInvoker invoker, Uri baseAddress)
        : this(invoker, baseAddress, Timeout.InfiniteTimeSpan, DefaultMaxResponseBytes, userAgent: null)
    {
    }

    /// <summary>
    /// Creates an adapter whose calls, body included, must finish within <paramref name="timeout"/>, with a limit on
    /// response bodies (bytes after decompression) and the <c>User-Agent</c> every request carries.
    /// </summary>
    /// <remarks>
    /// The chain is driven through a plain <see cref="HttpMessageInvoker"/>, not an <see cref="HttpClient"/>: the
    /// client's per-call linked token source, pending-request tracking and timeout would duplicate this adapter's own
    /// deadline. What else HttpClient does is done here: the <c>User-Agent</c> (unless the caller set one), the check
    /// for a handler that returns no response, a transport failure under a cancelled token reported as cancellation,
    /// and cancelling the calls in flight on disposal (<see cref="CancelPendingCalls"/>).
    /// </remarks>
    public RequestAdapter(HttpMessageInvoker invoker, Uri baseAddress, TimeSpan timeout, long maxResponseBytes, string? userAgent)
    {
        // An HttpClient's SendAsync(request, token) would buffer every response body, defeating the size limit.
        _invoker = invoker is HttpClient ? throw new ArgumentException("Pass the handler chain as a plain HttpMessageInvoker, not an HttpClient.", nameof(invoker))
            : invoker ?? throw new ArgumentNullException(nameof(invoker));
        BaseAddress = baseAddress ?? throw new ArgumentNullException(nameof(baseAddress));
        _baseUrlPrefix = RequestInfo.BaseUrlPrefix(baseAddress);
        _deadlines = new DeadlineSource(timeout);
        _maxResponseBytes = maxResponseBytes > 0 ? maxResponseBytes : throw new ArgumentOutOfRangeException(nameof(maxResponseBytes));
        _userAgent = userAgent;
    }

    /// <summary>The address relative operation paths are resolved against.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Cancels the calls in flight and any started later, as disposing an <see cref="HttpClient"/> does.</summary>
    public void CancelPendingCalls() => _deadlines.ShutDown();

    /// <summary>The most pages one <c>ListAllAsync</c> enumeration requests (<see cref="DatadogPagingOptions.MaxPages"/>).</summary>
    public int MaxPages { get; init; } = DatadogPagingOptions.DefaultMaxPages;

    /// <summary>Sends the request and deserializes the success body with source-generated metadata.</summary>
    /// <remarks>
    /// Sending, checking and reading are one async method on purpose: each async method that awaits allocates its
    /// own state machine on every call, and this is the path every call with a response body takes.
    /// </remarks>
    public async Task<TResponse> SendAsync<TResponse>(RequestInfo request, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        // The deadline covers the body too: HttpClient.Timeout stops at the headers when the body is streamed.
        using var deadline = _deadlines.Start(cancellationToken);
        try
        {
            using var message = request.ToHttpRequestMessage(BaseAddress, _baseUrlPrefix, _userAgent);
            HttpResponseMessage response;
            try
            {
                response = await _invoker.SendAsync(message, deadline.Token).ConfigureAwait(false) ?? throw NoResponse();
            }
            catch (Exception e) when (TransportFault.Is(e))
            {
                throw TransportFailed(request, e, deadline.Token);
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw await CreateApiExceptionAsync(request, response, deadline.Token).ConfigureAwait(false);
                }

                CheckJsonBody(request, response);
                CheckDeclaredLength(request, response.Content);
                try
                {
                    using var stream = new BoundedResponseStream(await ReadBodyAsync(response.Content, deadline.Token).ConfigureAwait(false), _maxResponseBytes);
                    var result = await JsonSerializer.DeserializeAsync(stream, responseType, deadline.Token).ConfigureAwait(false);
                    return result ?? throw new DatadogResponseFormatException(request.OperationId, "the body was JSON null");
                }
                catch (JsonException e)
                {
                    var where = e.Path is null ? string.Empty : $" at {e.Path}";
                    throw new DatadogResponseFormatException(request.OperationId, $"invalid JSON for {typeof(TResponse).Name}{where}: {e.Message}", e);
                }
                catch (Exception e) when (BodyReadFailure(request, e) is { } failure)
                {
                    throw failure;
                }
            }
        }
        catch (OperationCanceledException e) when (deadline.HasExpired)
        {
            throw TimedOut(request, e);
        }
    }

    /// <summary>
    /// Reads a success response's JSON body for the paths off the hot one (response details, optional bodies): the
    /// same checks, bound and error mapping as <see cref="SendAsync{TResponse}"/>, which keeps them inline to spare
    /// the body-returning call an extra async frame.
    /// </summary>
    private async Task<TResponse> ReadJsonBodyAsync<TResponse>(RequestInfo request, HttpResponseMessage response, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        CheckJsonBody(request, response);
        CheckDeclaredLength(request, response.Content);
        try
        {
            using var stream = new BoundedResponseStream(await ReadBodyAsync(response.Content, cancellationToken).ConfigureAwait(false), _maxResponseBytes);
            var result = await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false);
            return result ?? throw new DatadogResponseFormatException(request.OperationId, $"{(int)response.StatusCode} had the body JSON null");
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? string.Empty : $" at {e.Path}";
            throw new DatadogResponseFormatException(request.OperationId, $"invalid JSON for {typeof(TResponse).Name}{where}: {e.Message}", e);
        }
        catch (Exception e) when (BodyReadFailure(request, e) is { } failure)
        {
            throw failure;
        }
    }

    /// <summary>What a failure while a success body streams in means to the caller; null when it is no such failure.</summary>
    private static Exception? BodyReadFailure(RequestInfo request, Exception e) => e switch
    {
        ResponseTooLargeException tooLarge => new DatadogResponseFormatException(request.OperationId, tooLarge.Message, tooLarge),
        // Automatic decompression met a corrupt gzip, deflate or brotli stream.
        InvalidDataException => new DatadogResponseFormatException(request.OperationId, "the compressed body could not be decompressed (corrupt gzip, deflate or brotli data)", e),
        // The headers arrived but the connection broke mid-body: a transport failure, reported like one.
        _ when TransportFault.Is(e) => new HttpRequestException($"{request.OperationId}: the connection failed while the response body was being read.", e),
        _ => null,
    };

    /// <summary>Sends a request whose success response carries no body.</summary>
    public async Task SendNoContentAsync(RequestInfo request, CancellationToken cancellationToken)
    {
        using var deadline = _deadlines.Start(cancellationToken);
        try
        {
            using var response = await SendCoreAsync(request, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (deadline.HasExpired)
        {
            throw TimedOut(request, e);
        }
    }

    /// <summary>Fails unless the success response has a body whose content type, if any, is JSON.</summary>
    private static void CheckJsonBody(RequestInfo request, HttpResponseMessage response)
    {
        if (response.Content is null)
        {
            throw new DatadogResponseFormatException(request.OperationId, $"{(int)response.StatusCode} had no body");
        }

        if (HasJsonMediaType(response.Content))
        {
            return;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            throw new DatadogResponseFormatException(request.OperationId, $"expected JSON but the content type is '{mediaType}'");
        }
    }

    /// <summary>
    /// True when the raw <c>Content-Type</c> is a JSON media type, read without parsing it into a header object (which
    /// allocates on every response). Anything else, absent or malformed headers included, gets the parsed check.
    /// </summary>
    private static bool HasJsonMediaType(HttpContent content)
    {
#if NETSTANDARD2_0
        return false;
#else
        if (!content.Headers.NonValidated.TryGetValues("Content-Type", out var values) || values.Count != 1)
        {
            return false;
        }

        var text = values.ToString().AsSpan();
        var semicolon = text.IndexOf(';');
        var mediaType = (semicolon < 0 ? text : text.Slice(0, semicolon)).Trim();
        return mediaType.EndsWith("json".AsSpan(), StringComparison.OrdinalIgnoreCase) && mediaType.IndexOf('/') > 0;
#endif
    }

    /// <summary>Fails before reading when the server announces a body longer than the limit.</summary>
    private void CheckDeclaredLength(RequestInfo request, HttpContent content)
    {
        if (DeclaredLength(content) is { } length && length > _maxResponseBytes)
        {
            throw new DatadogResponseFormatException(request.OperationId, new ResponseTooLargeException(_maxResponseBytes).Message + $"; it announces {length} bytes");
        }
    }

    /// <summary>
    /// The raw <c>Content-Length</c>, read without the typed property (which parses and stores a header object on
    /// every response). On .NET Standard the streaming bound alone applies.
    /// </summary>
    private static long? DeclaredLength(HttpContent content)
    {
#if NETSTANDARD2_0
        return null;
#else
        return content.Headers.NonValidated.TryGetValues("Content-Length", out var values) && values.Count == 1
            && long.TryParse(values.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
                ? length
                : null;
#endif
    }

    private TimeoutException TimedOut(RequestInfo request, Exception inner) =>
        new($"{request.OperationId} did not complete within the client's Timeout ({_deadlines.Timeout}).", inner);

    private async Task<HttpResponseMessage> SendCoreAsync(RequestInfo request, CancellationToken cancellationToken)
    {
        using var message = request.ToHttpRequestMessage(BaseAddress, _baseUrlPrefix, _userAgent);
        HttpResponseMessage response;
        try
        {
            response = await _invoker.SendAsync(message, cancellationToken).ConfigureAwait(false) ?? throw NoResponse();
        }
        catch (Exception e) when (TransportFault.Is(e))
        {
            throw TransportFailed(request, e, cancellationToken);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await CreateApiExceptionAsync(request, response, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Retries are exhausted or not allowed; says which operation failed. A failure under a token that was cancelled
    /// meanwhile is the cancellation's doing, as HttpClient reports it: a <see cref="TaskCanceledException"/>.
    /// </summary>
    private static Exception TransportFailed(RequestInfo request, Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException && cancellationToken.IsCancellationRequested
#if NETSTANDARD2_0
            ? new OperationCanceledException("The operation was canceled.", e, cancellationToken)
#else
            ? new TaskCanceledException("The operation was canceled.", e, cancellationToken)
#endif
            : new HttpRequestException($"{request.OperationId}: {e.Message}", e);

    // HttpClient's own check and words, for a handler in the chain that returned null.
    private static InvalidOperationException NoResponse() => new("Handler did not return a response message.");

    private async Task<DatadogApiException> CreateApiExceptionAsync(RequestInfo request, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = response.Content is null ? [] : await ReadBoundedAsync(response.Content, (int)Math.Min(MaxErrorBodyBytes, _maxResponseBytes), cancellationToken).ConfigureAwait(false);
        var errors = ErrorBody.ReadErrors(body);
        var excerpt = body.Length == 0 ? null : Excerpt(body);
        var documented = request.DocumentedErrorStatusCodes.Contains((int)response.StatusCode);
        return new DatadogApiException(request.OperationId, response.StatusCode, errors, documented, excerpt, RateLimitInfo.From(response.Headers), ResponseHeaders.RequestId(response.Headers));
    }

    /// <summary>
    /// Reads at most <paramref name="limit"/> bytes of an error body; the rest is never read. The status is the
    /// failure: a body cut short by a broken connection or a corrupt encoding keeps what arrived.
    /// </summary>
    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit];
        var total = 0;
        try
        {
            using var stream = await ReadBodyAsync(content, cancellationToken).ConfigureAwait(false);
            int read;
            while (total < buffer.Length && (read = await stream.ReadAsync(buffer, total, buffer.Length - total, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or HttpRequestException)
        {
            // Keep the bytes read so far.
        }

        Array.Resize(ref buffer, total);
        return buffer;
    }

    private static string Excerpt(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= MaxExcerptChars ? text : text.Substring(0, MaxExcerptChars) + "…";
    }

    private static Task<Stream> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken) =>
#if NETSTANDARD2_0
        content.ReadAsStreamAsync();
#else
        content.ReadAsStreamAsync(cancellationToken);
#endif
}
