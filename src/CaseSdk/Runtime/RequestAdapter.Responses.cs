using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.Runtime;

/// <summary>
/// The <c>...WithResponseAsync</c> path: the same request, checks and errors as the body-returning calls, with the
/// response's details (<see cref="DatadogResponse"/>) read beside the body. It is kept apart so the body-returning
/// path reads no header it does not need.
/// </summary>
internal sealed partial class RequestAdapter
{
    /// <summary>Sends the request and returns the deserialized success body with the response's details.</summary>
    public async Task<DatadogResponse<TResponse>> SendWithResponseAsync<TResponse>(RequestInfo request, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        using var deadline = _deadlines.Start(cancellationToken);
        try
        {
            using var response = await SendCoreAsync(request, deadline.Token).ConfigureAwait(false);
            var details = DatadogResponse.From(response);
            return new DatadogResponse<TResponse>(await ReadJsonBodyAsync(request, response, responseType, deadline.Token).ConfigureAwait(false), details);
        }
        catch (OperationCanceledException e) when (deadline.HasExpired)
        {
            throw TimedOut(request, e);
        }
    }

    /// <summary>Sends a request whose success response carries no body and returns the response's details.</summary>
    public async Task<DatadogResponse> SendNoContentWithResponseAsync(RequestInfo request, CancellationToken cancellationToken)
    {
        using var deadline = _deadlines.Start(cancellationToken);
        try
        {
            using var response = await SendCoreAsync(request, deadline.Token).ConfigureAwait(false);
            return DatadogResponse.From(response);
        }
        catch (OperationCanceledException e) when (deadline.HasExpired)
        {
            throw TimedOut(request, e);
        }
    }

    /// <summary>Sends the request and returns the success body as text with the response's details.</summary>
    public async Task<DatadogResponse<string>> SendForTextWithResponseAsync(RequestInfo request, CancellationToken cancellationToken)
    {
        var (body, charset, details) = await SendForBytesAsync(request, withDetails: true, cancellationToken).ConfigureAwait(false);
        return new DatadogResponse<string>(TextEncoding(charset).GetString(body), details!);
    }

    /// <summary>Sends the request and returns the success body as a read-only stream with the response's details.</summary>
    public async Task<DatadogResponse<Stream>> SendForStreamWithResponseAsync(RequestInfo request, CancellationToken cancellationToken)
    {
        var (body, _, details) = await SendForBytesAsync(request, withDetails: true, cancellationToken).ConfigureAwait(false);
        return new DatadogResponse<Stream>(new MemoryStream(body, writable: false), details!);
    }
}
