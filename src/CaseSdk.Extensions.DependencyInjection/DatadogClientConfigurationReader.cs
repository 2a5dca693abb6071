using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CaseSdk.Extensions.DependencyInjection;

/// <summary>
/// Reads <see cref="DatadogClientOptions"/> from a configuration section key by key. No reflection-based binding,
/// so it stays trimming- and NativeAOT-safe. Problems name the key and the expected form, never a secret value.
/// </summary>
internal sealed class DatadogClientConfigurationReader
{
    internal const string SiteKey = "Site";
    internal const string BaseAddressKey = "BaseAddress";
    internal const string ApiKeyKey = "ApiKey";
    internal const string ApplicationKeyKey = "ApplicationKey";
    internal const string AccessTokenKey = "AccessToken";
    internal const string TimeoutKey = "Timeout";
    internal const string UserAgentSuffixKey = "UserAgentSuffix";
    internal const string MaxResponseBytesKey = "MaxResponseBytes";
    internal const string MaxPagesKey = "Paging:MaxPages";
    internal const string MaxRetriesKey = "Retry:MaxRetries";
    internal const string BaseDelayKey = "Retry:BaseDelay";
    internal const string MaxDelayKey = "Retry:MaxDelay";
    internal const string RetryNonIdempotentRequestsKey = "Retry:RetryNonIdempotentRequests";

    private readonly Func<string, string?>? _environment;

    /// <param name="section">The section holding the keys, e.g. <c>configuration.GetSection("Datadog")</c>.</param>
    /// <param name="environment">
    /// Reads an environment variable; <c>DD_API_KEY</c>, <c>DD_APP_KEY</c> and <c>DD_SITE</c> fill keys the section lacks.
    /// Null for a keyed client: one organisation's variables must not stand in for another's keys.
    /// </param>
    /// <param name="optionsName">The name of the options this section configures (empty for the unkeyed client).</param>
    public DatadogClientConfigurationReader(IConfiguration section, Func<string, string?>? environment, string optionsName = "")
    {
        Section = section ?? throw new ArgumentNullException(nameof(section));
        _environment = environment;
        OptionsName = optionsName ?? throw new ArgumentNullException(nameof(optionsName));
    }

    /// <summary>The section read.</summary>
    public IConfiguration Section { get; }

    /// <summary>The name of the options this section configures: the service key of a keyed client, else empty.</summary>
    public string OptionsName { get; }

    /// <summary>Sets every value the section (or the environment) supplies on <paramref name="options"/> and returns the problems found.</summary>
    public IReadOnlyList<string> ApplyTo(DatadogClientOptions options)
    {
        var problems = new List<string>();
        ReadSite(options, problems);
        ReadCredentials(options, problems);

        if (Value(BaseAddressKey) is { } address)
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                options.BaseAddress = uri;
            }
            else
            {
                problems.Add($"{Path(BaseAddressKey)} must be an absolute URL such as https://proxy.example.com/; it is '{address}'.");
            }
        }

        if (ReadTimeSpan(TimeoutKey, problems) is { } timeout)
        {
            options.Timeout = timeout;
        }

        if (Value(UserAgentSuffixKey) is { } suffix)
        {
            options.UserAgentSuffix = suffix;
        }

        if (ReadWholeNumber(MaxResponseBytesKey, problems) is { } maxResponseBytes)
        {
            options.MaxResponseBytes = maxResponseBytes;
        }

        if (ReadWholeNumber(MaxPagesKey, problems) is { } maxPages)
        {
            // The client checks the range when it is created; out of int's range is as wrong as out of the client's.
            (options.Paging ??= new DatadogPagingOptions()).MaxPages = maxPages is >= int.MinValue and <= int.MaxValue ? (int)maxPages : int.MaxValue;
        }

        var retry = options.Retry ??= new DatadogRetryOptions();
        if (Value(MaxRetriesKey) is { } maxRetries)
        {
            if (int.TryParse(maxRetries, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
            {
                retry.MaxRetries = count;
            }
            else
            {
                problems.Add($"{Path(MaxRetriesKey)} must be a whole number; it is '{maxRetries}'.");
            }
        }

        if (ReadTimeSpan(BaseDelayKey, problems) is { } baseDelay)
        {
            retry.BaseDelay = baseDelay;
        }

        if (ReadTimeSpan(MaxDelayKey, problems) is { } maxDelay)
        {
            retry.MaxDelay = maxDelay;
        }

        if (Value(RetryNonIdempotentRequestsKey) is { } retryAll)
        {
            if (bool.TryParse(retryAll, out var flag))
            {
                retry.RetryNonIdempotentRequests = flag;
            }
            else
            {
                problems.Add($"{Path(RetryNonIdempotentRequestsKey)} must be true or false; it is '{retryAll}'.");
            }
        }

        return problems;
    }

    private void ReadSite(DatadogClientOptions options, List<string> problems)
    {
        var text = Value(SiteKey);
        var source = Path(SiteKey);
        if (text is null && Environment(DatadogClientOptions.SiteVariable) is { } fromEnvironment)
        {
            text = fromEnvironment;
            source = $"The {DatadogClientOptions.SiteVariable} environment variable";
        }

        if (text is null)
        {
            return;
        }

        if (DatadogSite.TryParse(text, out var site))
        {
            options.Site = site;
        }
        else
        {
            var valid = string.Join(", ", DatadogSite.All.Select(s => $"{s.Domain} ({s.Id})"));
            problems.Add($"{source} names no Datadog site ('{text}'). Valid sites: {valid}.");
        }
    }

    private void ReadCredentials(DatadogClientOptions options, List<string> problems)
    {
        var accessToken = Value(AccessTokenKey);
        if (accessToken is not null)
        {
            if (Value(ApiKeyKey) is not null || Value(ApplicationKeyKey) is not null)
            {
                problems.Add($"{Path(AccessTokenKey)} and {Path(ApiKeyKey)}/{Path(ApplicationKeyKey)} are both set; use either the access token or the key pair.");
            }
            else if (!SecretText.IsWellFormed(accessToken))
            {
                problems.Add(Malformed(Path(AccessTokenKey)));
            }
            else
            {
                options.Credentials = DatadogCredentials.FromAccessToken(accessToken);
            }

            return;
        }

        var apiKey = Secret(ApiKeyKey, DatadogCredentials.ApiKeyVariable, problems);
        var applicationKey = Secret(ApplicationKeyKey, DatadogCredentials.ApplicationKeyVariable, problems);
        if (apiKey is not null && applicationKey is not null)
        {
            options.Credentials = DatadogCredentials.FromApiKeys(apiKey, applicationKey);
        }
    }

    /// <summary>The key's value, else the environment variable's; null (with a problem recorded) when missing or malformed.</summary>
    private string? Secret(string key, string variable, List<string> problems)
    {
        var (value, source) = Value(key) is { } configured ? (configured, Path(key)) : (Environment(variable), $"The {variable} environment variable");
        if (value is null)
        {
            // A keyed client reads only its own section; the host's environment provider maps A__B to A:B.
            var elsewhere = _environment is null
                ? $"for example with the {Path(key).Replace(":", "__")} environment variable"
                : $"or the {variable} environment variable";
            problems.Add($"{Path(key)} is missing: set it (or {Path(AccessTokenKey)} instead of the key pair), {elsewhere}.");
            return null;
        }

        if (!SecretText.IsWellFormed(value))
        {
            problems.Add(Malformed(source));
            return null;
        }

        return value;
    }

    private static string Malformed(string source) =>
        $"{source} contains a line break, a control character, a space or a non-ASCII character; check how it was copied.";

    private long? ReadWholeNumber(string key, List<string> problems)
    {
        if (Value(key) is not { } text)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add($"{Path(key)} must be a whole number; it is '{text}'.");
        return null;
    }

    private TimeSpan? ReadTimeSpan(string key, List<string> problems)
    {
        if (Value(key) is not { } text)
        {
            return null;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add($"{Path(key)} must be a time span such as 00:00:30; it is '{text}'.");
        return null;
    }

    /// <summary>A configured value; empty and white-space values count as absent, as an unset environment override would.</summary>
    private string? Value(string key) => Section[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private string? Environment(string variable) => _environment?.Invoke(variable) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The key's full configuration path, as the user wrote it (e.g. <c>Datadog:ApiKey</c>).</summary>
    private string Path(string key) => Section is IConfigurationSection section && section.Path.Length > 0 ? $"{section.Path}:{key}" : key;
}
