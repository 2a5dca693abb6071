using CaseSdk.Http;

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
    /// <exception cref="ArgumentException">A key is null, empty, or contains a space, a control character such as CR or LF, or a non-ASCII character.</exception>
    public static DatadogCredentials FromApiKeys(string apiKey, string applicationKey) =>
        new ApiKeyCredentials(
            SecretText.Require(apiKey, "API key", nameof(apiKey)),
            SecretText.Require(applicationKey, "application key", nameof(applicationKey)));

    /// <summary>Authenticates with a fixed OAuth access token, sent as <c>Authorization: Bearer</c>.</summary>
    /// <exception cref="ArgumentException">The token is null, empty, or contains a space, a control character or a non-ASCII character.</exception>
    public static DatadogCredentials FromAccessToken(string accessToken)
    {
        var token = SecretText.Require(accessToken, "access token", nameof(accessToken));
        return new AccessTokenCredentials(_ => new ValueTask<string>(token));
    }

    /// <summary>
    /// Authenticates with an OAuth access token obtained per request from <paramref name="tokenProvider"/>
    /// (which should cache and refresh), sent as <c>Authorization: Bearer</c>. Each token it returns is checked like
    /// <see cref="FromAccessToken"/>'s; a malformed one fails that call with an <see cref="ArgumentException"/> before
    /// the request is sent. The call's deadline covers the provider: one that ignores its token is abandoned.
    /// </summary>
    /// <remarks>
    /// The provider runs for every attempt, retries included, so a malformed token on a retry fails the call after the
    /// first attempt went out. A transport exception the provider throws (say, an <see cref="HttpRequestException"/>
    /// from a token endpoint) is treated like one from Datadog: retried for idempotent calls, then reported as an
    /// <see cref="HttpRequestException"/> naming the operation. Any other exception from it reaches the caller unchanged.
    /// </remarks>
    public static DatadogCredentials FromAccessTokenProvider(Func<CancellationToken, ValueTask<string>> tokenProvider) =>
        new AccessTokenCredentials(tokenProvider ?? throw new ArgumentNullException(nameof(tokenProvider)));

    /// <summary>Reads <c>DD_API_KEY</c> and <c>DD_APP_KEY</c> from the environment.</summary>
    /// <exception cref="ArgumentException">A variable is missing or malformed; the message names it, never its value.</exception>
    public static DatadogCredentials FromEnvironment() =>
        new ApiKeyCredentials(
            SecretText.Require(Environment.GetEnvironmentVariable(ApiKeyVariable), $"API key ({ApiKeyVariable})", ApiKeyVariable),
            SecretText.Require(Environment.GetEnvironmentVariable(ApplicationKeyVariable), $"application key ({ApplicationKeyVariable})", ApplicationKeyVariable));

    /// <summary>Adds the credential headers to <paramref name="request"/>.</summary>
    /// <exception cref="ArgumentException">A token provider returned a malformed token (the message never quotes it).</exception>
    internal abstract ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    private sealed class ApiKeyCredentials(string apiKey, string applicationKey) : DatadogCredentials
    {
        internal override ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var operation = request as Runtime.OperationRequestMessage;
            if (operation is not null && ReferenceEquals(operation.CredentialSource, this))
            {
                // A retry resends the message, which carries these fixed keys already.
                return default;
            }

            if (operation is not { CredentialSource: null })
            {
                request.Headers.Remove("DD-API-KEY");
                request.Headers.Remove("DD-APPLICATION-KEY");
            }

            request.Headers.TryAddWithoutValidation("DD-API-KEY", apiKey);
            request.Headers.TryAddWithoutValidation("DD-APPLICATION-KEY", applicationKey);
            if (operation is not null)
            {
                operation.CredentialSource = this;
            }

            return default;
        }

        public override string ToString() => "API key and application key (values hidden)";
    }

    private sealed class AccessTokenCredentials(Func<CancellationToken, ValueTask<string>> tokenProvider) : DatadogCredentials
    {
        internal override async ValueTask ApplyAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var pending = tokenProvider(cancellationToken);
            // A provider that ignores its token must not hold the call past its deadline: stop waiting for it.
            var token = pending.IsCompleted ? pending.Result : await AbandonOnCancellation.WaitAsync(pending.AsTask(), cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(token))
            {
                throw new ArgumentException("The access token returned by the token provider is missing (null, empty or white space).", "tokenProvider");
            }

            if (HeaderText.Problem(token, allowSpaces: false) is { } problem)
            {
                throw new ArgumentException($"The access token returned by the token provider contains {problem}.", "tokenProvider");
            }

            // The token may have been refreshed since the last attempt: a message that carries one gets the current one.
            if (request is not Runtime.OperationRequestMessage { CredentialSource: null })
            {
                request.Headers.Remove("Authorization");
            }

            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            if (request is Runtime.OperationRequestMessage operation)
            {
                operation.CredentialSource = this;
            }
        }

        public override string ToString() => "OAuth access token (value hidden)";
    }
}
