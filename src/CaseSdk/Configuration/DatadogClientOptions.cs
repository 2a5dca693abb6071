using CaseSdk.Http;
using Microsoft.Extensions.Logging;

namespace CaseSdk;

/// <summary>Everything a client (<c>DatadogClient</c> in this package) is configured with.</summary>
public sealed class DatadogClientOptions
{
    /// <summary>The environment variable the official clients read the site from.</summary>
    public const string SiteVariable = "DD_SITE";

    /// <summary>The Datadog site of the organisation. Default: US1 (<c>datadoghq.com</c>).</summary>
    public DatadogSite Site { get; set; } = DatadogSite.US1;

    /// <summary>
    /// An address that replaces the site's API host: a proxy or a local mock. It must be HTTPS unless it is a
    /// loopback address. Its path, if any, prefixes every operation path.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>How requests authenticate. Required.</summary>
    public DatadogCredentials? Credentials { get; set; }

    /// <summary>Retry behaviour for rate limits and transient failures.</summary>
    public DatadogRetryOptions Retry { get; set; } = new();

    /// <summary>Limits of the <c>ListAllAsync</c> helpers (the most pages one enumeration requests).</summary>
    public DatadogPagingOptions Paging { get; set; } = new();

    /// <summary>The default <see cref="MaxResponseBytes"/>: 64 MiB, far above any real Datadog page.</summary>
    public const long DefaultMaxResponseBytes = Runtime.RequestAdapter.DefaultMaxResponseBytes;

    /// <summary>
    /// The time one call may take: the token provider, every attempt, retry waits and reading the body included.
    /// Default 100 s.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The largest response body the client reads, counted after decompression while it streams in. A larger
    /// success body fails the call with <see cref="DatadogResponseFormatException"/>; of an error body only the first
    /// 16 KiB (or this limit, if smaller) are read. Default <see cref="DefaultMaxResponseBytes"/> (64 MiB).
    /// </summary>
    public long MaxResponseBytes { get; set; } = DefaultMaxResponseBytes;

    /// <summary>Appended to the <c>User-Agent</c> header, e.g. <c>my-service/1.2</c>: printable ASCII only.</summary>
    public string? UserAgentSuffix { get; set; }

    /// <summary>Where the client logs calls and retries. Default: no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>
    /// Replaces the transport (by default a pooled <c>SocketsHttpHandler</c> handler with
    /// decompression and no automatic redirects); the client's retry, authentication and redirect handlers
    /// still run on top of it. The client does not dispose it.
    /// </summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>The clock used for retry waits; tests substitute a fake one. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Reads <c>DD_API_KEY</c>, <c>DD_APP_KEY</c> and <c>DD_SITE</c> (optional; default US1) from the environment.
    /// </summary>
    /// <exception cref="ArgumentException">A key is missing or malformed, or <c>DD_SITE</c> names no site.</exception>
    public static DatadogClientOptions FromEnvironment()
    {
        var site = Environment.GetEnvironmentVariable(SiteVariable);
        return new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromEnvironment(),
            Site = string.IsNullOrWhiteSpace(site) ? DatadogSite.US1 : DatadogSite.Parse(site),
        };
    }

    /// <summary>The address requests go to: <see cref="BaseAddress"/> when set, else the site's API host.</summary>
    public Uri EffectiveBaseAddress => BaseAddress ?? Site.ApiBaseAddress;

    /// <summary>Checks the options, naming the first problem found.</summary>
    /// <exception cref="ArgumentException">An option is missing or invalid.</exception>
    public void Validate()
    {
        if (Site is null)
        {
            throw new ArgumentException("Site must be set.", nameof(Site));
        }

        if (Credentials is null)
        {
            throw new ArgumentException(
                $"Credentials are missing: set Credentials (DatadogCredentials.FromApiKeys or FromAccessToken) or the {DatadogCredentials.ApiKeyVariable} and {DatadogCredentials.ApplicationKeyVariable} environment variables.",
                nameof(Credentials));
        }

        if (BaseAddress is { } address)
        {
            if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"BaseAddress must be an absolute http(s) URL; it is '{address}'.", nameof(BaseAddress));
            }

            if (address.Scheme != Uri.UriSchemeHttps && !address.IsLoopback)
            {
                throw new ArgumentException($"BaseAddress must use HTTPS unless it is a loopback address (credentials would travel in clear text); it is '{address}'.", nameof(BaseAddress));
            }

            if (!string.IsNullOrEmpty(address.UserInfo))
            {
                // A password in the URL would end up in logs and messages that print the address.
                throw new ArgumentException("BaseAddress must not contain user information (user:password@); configure proxy credentials on the transport instead.", nameof(BaseAddress));
            }

            if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
            {
                throw new ArgumentException($"BaseAddress must not have a query or fragment; it is '{address}'.", nameof(BaseAddress));
            }
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"Timeout must be positive; it is {Timeout}.", nameof(Timeout));
        }

        if (UserAgentSuffix is { } suffix
            && (string.IsNullOrWhiteSpace(suffix) ? "is empty" : HeaderText.Problem(suffix, allowSpaces: true) is { } found ? "contains " + found : null) is { } problem)
        {
            throw new ArgumentException($"UserAgentSuffix {problem}; it must be printable ASCII.", nameof(UserAgentSuffix));
        }

        if (MaxResponseBytes <= 0)
        {
            throw new ArgumentException($"MaxResponseBytes must be positive; it is {MaxResponseBytes}.", nameof(MaxResponseBytes));
        }

        (Retry ?? throw new ArgumentException("Retry must not be null.", nameof(Retry))).Validate();
        (Paging ?? throw new ArgumentException("Paging must not be null.", nameof(Paging))).Validate();
        if (TimeProvider is null)
        {
            throw new ArgumentException("TimeProvider must not be null.", nameof(TimeProvider));
        }
    }

    /// <summary>Describes the options without secrets.</summary>
    public override string ToString() => $"DatadogClientOptions(BaseAddress={EffectiveBaseAddress}, Credentials={Credentials?.ToString() ?? "none"})";
}
