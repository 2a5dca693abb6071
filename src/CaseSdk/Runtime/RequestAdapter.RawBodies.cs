using System.Text;

namespace CaseSdk.Runtime;

/// <summary>
/// Success bodies that are not JSON: text as a string, bytes as a stream. Both are read whole within the
/// response-size limit and the client's timeout, so the caller never holds a connection open.
/// </summary>
internal sealed partial class RequestAdapter
{
    /// <summary>Sends the request and reads the success body as text, in the charset the response names (UTF-8 when none).</summary>
    public async Task<string> SendForTextAsync(RequestInfo request, CancellationToken cancellationToken)
    {
        var (body, charset, _) = await SendForBytesAsync(request, withDetails: false, cancellationToken).ConfigureAwait(false);
        return TextEncoding(charset).GetString(body);
    }

    /// <summary>Sends the request and returns the success body as a read-only stream.</summary>
    public async Task<Stream> SendForStreamAsync(RequestInfo request, CancellationToken cancellationToken)
    {
        var (body, _, _) = await SendForBytesAsync(request, withDetails: false, cancellationToken).ConfigureAwait(false);
        return new MemoryStream(body, writable: false);
    }

    /// <summary>Reads the whole success body; with <paramref name="withDetails"/>, the response's details too (else null).</summary>
    private async Task<(byte[] Body, string? Charset, DatadogResponse? Details)> SendForBytesAsync(RequestInfo request, bool withDetails, CancellationToken cancellationToken)
    {
        using var deadline = _deadlines.Start(cancellationToken);
        try
        {
            using var response = await SendCoreAsync(request, deadline.Token).ConfigureAwait(false);
            var details = withDetails ? DatadogResponse.From(response) : null;
            if (response.Content is null)
            {
                return ([], null, details);
            }

            CheckDeclaredLength(request, response.Content);
            try
            {
                using var stream = new BoundedResponseStream(await ReadBodyAsync(response.Content, deadline.Token).ConfigureAwait(false), _maxResponseBytes);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy, 81920, deadline.Token).ConfigureAwait(false);
                return (copy.ToArray(), response.Content.Headers.ContentType?.CharSet, details);
            }
            catch (Exception e) when (BodyReadFailure(request, e) is { } failure)
            {
                throw failure;
            }
        }
        catch (OperationCanceledException e) when (deadline.HasExpired)
        {
            throw TimedOut(request, e);
        }
    }

    private static Encoding TextEncoding(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(charset!.Trim('"'));
        }
        catch (ArgumentException)
        {
            // An unknown charset: UTF-8 is what the API sends.
            return Encoding.UTF8;
        }
    }
}
