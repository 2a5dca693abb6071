namespace CaseSdk.Http;

/// <summary>Adds the credential headers to every request, after retries so a refreshed token is used on each attempt.</summary>
internal sealed class AuthenticationHandler(DatadogCredentials credentials) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
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
