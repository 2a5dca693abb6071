using System.Net.Http.Headers;

namespace CaseSdk;

/// <summary>
/// How requests authenticate: an API key with an application key, or an OAuth access token.
/// Secret values are never part of <c>ToString()</c>, exception messages or logs.
/// </summary>
public abstract class DatadogCredentials
{
    /// <summary>The environment variable the official clients read the API key from.</summary>
    public const string ApiKeyVariable = "DD_API_KEY";

    /// <summary>The environment variable the official clients read the application key from.</summary>
    public const string ApplicationKeyVariable = "DD_APP_KEY";

    private protected DatadogCredentials()
    {
    }

    /// <summary>Authenticates with the <c>DD-API-KEY</c> and <c>DD-APPLICATION-KEY</c> headers.</summary>
    /// <exception cref="ArgumentException">A key is null, empty, white space, or contains a control character such as CR or LF.</exception>
    public static DatadogCredentials FromApiKeys(string apiKey, string applicationKey) =>
        new ApiKeyCredentials(
            SecretText.Require(apiKey, "API key", nameof(apiKey)),
            SecretText.Require(applicationKey, "application key", nameof(applicationKey)));

    /// <summary>Authenticates with a fixed OAuth access token, sent as <c>Authorization: Bearer</c>.</summary>
    /// <exception cref="ArgumentException">The token is null, empty, white space, or contains a control character.</exception>
    public static DatadogCredentials FromAccessToken(string accessToken)
    {
        var token = SecretText.Require(accessToken, "access token", nameof(accessToken));
        return new AccessTokenCredentials(_ => new ValueTask<string>(token));
    }

    /// <summary>
    /// Authenticates with an OAuth access token obtained per request from <paramref name="tokenProvider"/>
    /// (which should cache and refresh), sent as <c>Authorization: Bearer</c>.
    /// </summary>
    public static DatadogCredentials FromAccessTokenProvider(Func<CancellationToken, ValueTask<string>> tokenProvider) =>
        new AccessTokenCredentials(tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider)));

    /// <summary>Reads <c>DD_API_KEY</c> and <c>DD_APP_KEY</c> from the environment.</summary>
    /// <exception cref="ArgumentException">A variable is missing or malformed; the message names it, never its value.</exception>
    public static DatadogCredentials FromEnvironment() =>
        new ApiKeyCredentials(
            SecretText.Require(Environment.GetEnvironmentVariable(ApiKeyVariable), $"API key ({ApiKeyVariable})", ApiKeyVariable),
            SecretText.Require(Environment.GetEnvironmentVariable(ApplicationKeyVariable), $"application key ({ApplicationKeyVariable})", ApplicationKeyVariable));

    /// <summary>Header names that carry secrets; they are stripped on cross-host redirects and never logged.</summary>
    internal static IReadOnlyList<string> SecretHeaderNames { get; } = ["DD-API-KEY", "DD-APPLICATION-KEY", "Authorization"];

    /// <summary>Adds the credential headers to <paramref name="request"/>.</summary>
    internal abstract ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    private sealed class ApiKeyCredentials(string apiKey, string applicationKey) : DatadogCredentials
    {
        internal override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Remove("DD-API-KEY");
            request.Headers.Remove("DD-APPLICATION-KEY");
            request.Headers.TryAddWithoutValidation("DD-API-KEY", apiKey);
            request.Headers.TryAddWithoutValidation("DD-APPLICATION-KEY", applicationKey);
            return default;
        }

        public override string ToString() => "API key and application key (values hidden)";
    }

    private sealed class AccessTokenCredentials(Func<CancellationToken, ValueTask<string>> tokenProvider) : DatadogCredentials
    {
        internal override async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = await tokenProvider(cancellationToken).ConfigureAwait(false);
            if (!SecretText.IsWellFormed(token))
            {
                throw new InvalidOperationException("The access token provider returned a null, empty or malformed token.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        public override string ToString() => "OAuth access token (value hidden)";
    }
}
