using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseSdk.Benchmarks.KiotaColumn;

/// <summary>
/// Datadog's two key headers on every Kiota request, as the SDK's authentication handler sets them. Kiota's own
/// <see cref="ApiKeyAuthenticationProvider"/> carries one key only, so a Kiota user writes this small provider.
/// </summary>
public sealed class ApiKeyHeadersAuthenticationProvider(string apiKey, string applicationKey) : IAuthenticationProvider
{
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.TryAdd("DD-API-KEY", apiKey);
        request.Headers.TryAdd("DD-APPLICATION-KEY", applicationKey);
        return Task.CompletedTask;
    }
}
