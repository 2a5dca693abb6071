using CaseSdk.Runtime;

namespace CaseSdk.Http;

/// <summary>
/// Decides on every attempt whether the request may carry credentials: only when its address is on the configured
/// origin (scheme, host, port). Anything else gets every credential header removed, whatever put it there. It sits
/// below the retry handler, so each attempt gets a fresh token.
/// </summary>
internal sealed class AuthenticationHandler(DatadogCredentials credentials, RequestOrigin origin) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!origin.Contains(request.RequestUri))
        {
            CredentialHeaders.RemoveFrom(request);
            if (request is OperationRequestMessage operation)
            {
                operation.CredentialSource = null;
            }

            return base.SendAsync(request, cancellationToken);
        }

        var applying = credentials.ApplyAsync(request, cancellationToken);
        // API keys are applied synchronously: pass the inner task through instead of awaiting it in a state machine.
        if (applying.IsCompletedSuccessfully)
        {
            applying.GetAwaiter().GetResult();
            return base.SendAsync(request, cancellationToken);
        }

        return ApplyThenSendAsync(applying, request, cancellationToken);
    }

    private async Task<HttpResponseMessage> ApplyThenSendAsync(ValueTask applying, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await applying.ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
