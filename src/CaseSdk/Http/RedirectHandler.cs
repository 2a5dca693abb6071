using System.Net;

namespace CaseSdk.Http;

/// <summary>
/// Follows redirects itself (the transport's automatic redirects are off) so that credentials are never
/// sent to another origin: on a cross-origin redirect the secret headers are removed, and an HTTPS → HTTP
/// downgrade is refused.
/// </summary>
internal sealed class RedirectHandler : DelegatingHandler
{
    private const int MaxRedirects = 5;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        for (var redirects = 0; IsRedirect(response.StatusCode) && response.Headers.Location is { } location; redirects++)
        {
            if (redirects == MaxRedirects)
            {
                return response;
            }

            var target = location.IsAbsoluteUri ? location : new Uri(request.RequestUri!, location);
            if (request.RequestUri!.Scheme == Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttps)
            {
                // Hand the redirect back as an error rather than follow it in clear text.
                return response;
            }

            if (!SameOrigin(request.RequestUri, target))
            {
                foreach (var name in DatadogCredentials.SecretHeaderNames)
                {
                    request.Headers.Remove(name);
                }
            }

            if (response.StatusCode == HttpStatusCode.SeeOther || (IsLegacyRedirect(response.StatusCode) && request.Method == HttpMethod.Post))
            {
                request.Method = HttpMethod.Get;
                request.Content = null;
            }

            response.Dispose();
            request.RequestUri = target;
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or (HttpStatusCode)308;

    private static bool IsLegacyRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found;

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;
}
