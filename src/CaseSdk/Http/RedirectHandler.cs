using System.Net;

namespace CaseSdk.Http;

/// <summary>
/// Follows redirects itself (the transport's automatic redirects are off) so that credentials never leave the
/// configured origin. Each hop is a new message: the request handed in is never changed, so a retry above starts
/// again from the original address, not from wherever a redirect pointed. A hop to another origin carries no
/// credential header; a redirect to a scheme other than http(s), an HTTPS → HTTP downgrade and the sixth redirect
/// are not followed — the 3xx response is handed back (and becomes a <see cref="DatadogApiException"/>).
/// </summary>
internal sealed class RedirectHandler(RequestOrigin origin) : DelegatingHandler
{
    private const int MaxRedirects = 5;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var current = request;
        for (var redirects = 0; IsRedirect(response.StatusCode); redirects++)
        {
            if (redirects == MaxRedirects || Target(current.RequestUri!, response) is not { } target)
            {
                return response;
            }

            if (current.RequestUri!.Scheme == Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttps)
            {
                // Hand the redirect back as an error rather than follow it in clear text.
                return response;
            }

            var next = NextHop(current, target, response.StatusCode);
            response.Dispose();
            current = next;
            response = await base.SendAsync(current, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>The absolute http(s) address the redirect points at, or null when it is missing, malformed or another scheme.</summary>
    private static Uri? Target(Uri from, HttpResponseMessage response)
    {
        Uri? location;
        try
        {
            location = response.Headers.Location;
        }
        catch (FormatException)
        {
            return null;
        }

        if (location is null)
        {
            return null;
        }

        Uri? target = location;
        if (!location.IsAbsoluteUri && !Uri.TryCreate(from, location, out target))
        {
            return null;
        }

        return target!.Scheme == Uri.UriSchemeHttps || target.Scheme == Uri.UriSchemeHttp ? target : null;
    }

    private HttpRequestMessage NextHop(HttpRequestMessage current, Uri target, HttpStatusCode status)
    {
        var becomesGet = status == HttpStatusCode.SeeOther || (IsLegacyRedirect(status) && current.Method == HttpMethod.Post);
        var next = new HttpRequestMessage(becomesGet ? HttpMethod.Get : current.Method, target) { Version = current.Version };
        // Credentials are copied only onto a hop to the configured origin; once dropped they stay dropped.
        var keepSecrets = origin.Contains(target) && origin.Contains(current.RequestUri);
        foreach (var header in current.Headers)
        {
            if (keepSecrets || !CredentialHeaders.Contains(header.Key))
            {
                next.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        if (!becomesGet)
        {
            // Shared with the original request, which owns (and disposes) it; hop messages are never disposed.
            next.Content = current.Content;
        }

        return next;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or (HttpStatusCode)308;

    private static bool IsLegacyRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found;
}
