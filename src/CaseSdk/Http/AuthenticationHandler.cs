namespace CaseSdk.Http;

/// <summary>Adds the credential headers to every request, after retries so a refreshed token is used on each attempt.</summary>
internal sealed class AuthenticationHandler(DatadogCredentials credentials) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await credentials.ApplyAsync(request, cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
