using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.Runtime;

/// <summary>
/// Operations whose 2xx statuses carry a JSON body on some statuses only (200 with the resource, 204 without): the
/// documented bodiless statuses give null, any other success status must carry the body.
/// </summary>
internal sealed partial class RequestAdapter
{
    /// <summary>Sends the request; null on a status in <paramref name="bodilessStatusCodes"/>, else the body.</summary>
    public async Task<TResponse?> SendForOptionalAsync<TResponse>(RequestInfo request, JsonTypeInfo<TResponse> responseType, int[] bodilessStatusCodes, CancellationToken cancellationToken)
        where TResponse : class
    {
        var (hasBody, value, _) = await SendForOptionalCoreAsync(request, responseType, bodilessStatusCodes, withDetails: false, cancellationToken).ConfigureAwait(false);
        return hasBody ? value : null;
    }

    /// <summary>As <see cref="SendForOptionalAsync{TResponse}"/>, for a body that is a value type (a number, an enum).</summary>
    public async Task<TResponse?> SendForOptionalValueAsync<TResponse>(RequestInfo request, JsonTypeInfo<TResponse> responseType, int[] bodilessStatusCodes, CancellationToken cancellationToken)
        where TResponse : struct
    {
        var (hasBody, value, _) = await SendForOptionalCoreAsync(request, responseType, bodilessStatusCodes, withDetails: false, cancellationToken).ConfigureAwait(false);
        return hasBody ? value : null;
    }

    /// <summary>As <see cref="SendForOptionalAsync{TResponse}"/>, with the response's details.</summary>
    public async Task<DatadogResponse<TResponse?>> SendForOptionalWithResponseAsync<TResponse>(RequestInfo request, JsonTypeInfo<TResponse> responseType, int[] bodilessStatusCodes, CancellationToken cancellationToken)
        where TResponse : class
    {
        var (hasBody, value, details) = await SendForOptionalCoreAsync(request, responseType, bodilessStatusCodes, withDetails: true, cancellationToken).ConfigureAwait(false);
        return new DatadogResponse<TResponse?>(hasBody ? value : null, details!);
    }

    /// <summary>As <see cref="SendForOptionalValueAsync{TResponse}"/>, with the response's details.</summary>
    public async Task<DatadogResponse<TResponse?>> SendForOptionalValueWithResponseAsync<TResponse>(RequestInfo request, JsonTypeInfo<TResponse> responseType, int[] bodilessStatusCodes, CancellationToken cancellationToken)
        where TResponse : struct
    {
        var (hasBody, value, details) = await SendForOptionalCoreAsync(request, responseType, bodilessStatusCodes, withDetails: true, cancellationToken).ConfigureAwait(false);
        return new DatadogResponse<TResponse?>(hasBody ? value : null, details!);
    }

    private async Task<(bool HasBody, TResponse Value, DatadogResponse? Details)> SendForOptionalCoreAsync<TResponse>(RequestInfo request, JsonTypeInfo<TResponse> responseType, int[] bodilessStatusCodes, bool withDetails, CancellationToken cancellationToken)
    {
        using var deadline = _deadlines.Start(cancellationToken);
        try
        {
            using var response = await SendCoreAsync(request, deadline.Token).ConfigureAwait(false);
            var details = withDetails ? DatadogResponse.From(response) : null;
            if (Array.IndexOf(bodilessStatusCodes, (int)response.StatusCode) >= 0)
            {
                return (false, default!, details);
            }

            return (true, await ReadJsonBodyAsync(request, response, responseType, deadline.Token).ConfigureAwait(false), details);
        }
        catch (OperationCanceledException e) when (deadline.HasExpired)
        {
            throw TimedOut(request, e);
        }
    }
}
