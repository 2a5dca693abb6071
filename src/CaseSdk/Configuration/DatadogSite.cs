namespace CaseSdk;

/// <summary>
/// One of the regional Datadog sites. Each site has its own API host, <c>https://api.{site}</c>; an
/// organisation's keys work only on the site it was created on.
/// </summary>
public sealed class DatadogSite : IEquatable<DatadogSite>
{
    /// <summary>US1, <c>datadoghq.com</c> (the default).</summary>
    public static DatadogSite US1 { get; } = new("US1", "datadoghq.com");

    /// <summary>US3, <c>us3.datadoghq.com</c>.</summary>
    public static DatadogSite US3 { get; } = new("US3", "us3.datadoghq.com");

    /// <summary>US5, <c>us5.datadoghq.com</c>.</summary>
    public static DatadogSite US5 { get; } = new("US5", "us5.datadoghq.com");

    /// <summary>EU1, <c>datadoghq.eu</c>.</summary>
    public static DatadogSite EU1 { get; } = new("EU1", "datadoghq.eu");

    /// <summary>AP1, <c>ap1.datadoghq.com</c>.</summary>
    public static DatadogSite AP1 { get; } = new("AP1", "ap1.datadoghq.com");

    /// <summary>US1-FED (GovCloud), <c>ddog-gov.com</c>.</summary>
    public static DatadogSite US1Fed { get; } = new("US1-FED", "ddog-gov.com");

    /// <summary>Every site, in the order the API reference lists them.</summary>
    public static IReadOnlyList<DatadogSite> All { get; } = [US1, US3, US5, EU1, AP1, US1Fed];

    private DatadogSite(string id, string domain)
    {
        Id = id;
        Domain = domain;
        ApiBaseAddress = new Uri($"https://api.{domain}/");
    }

    /// <summary>The short name Datadog's documentation uses: <c>US1</c>, <c>EU1</c>, <c>US1-FED</c>, ….</summary>
    public string Id { get; }

    /// <summary>The site's domain, the value of <c>DD_SITE</c>: <c>datadoghq.com</c>, <c>datadoghq.eu</c>, ….</summary>
    public string Domain { get; }

    /// <summary>The API base address, <c>https://api.{Domain}/</c>.</summary>
    public Uri ApiBaseAddress { get; }

    /// <summary>
    /// Parses what users type for a site: the domain (<c>datadoghq.eu</c>), the API host
    /// (<c>api.datadoghq.eu</c>), a URL (<c>https://api.datadoghq.eu/</c>) or the short name
    /// (<c>EU1</c>, <c>eu1</c>, <c>US1-FED</c>), ignoring case and surrounding white space.
    /// </summary>
    /// <exception cref="ArgumentException">The text names no known site; the message lists the valid ones.</exception>
    public static DatadogSite Parse(string? text)
    {
        if (TryParse(text, out var site))
        {
            return site;
        }

        var valid = string.Join(", ", All.Select(s => $"{s.Domain} ({s.Id})"));
        throw new ArgumentException($"'{text}' is not a Datadog site. Valid sites: {valid}.", nameof(text));
    }

    /// <summary>Like <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string? text, out DatadogSite site)
    {
        site = US1;
        var candidate = Normalize(text);
        if (candidate is null)
        {
            return false;
        }

        foreach (var known in All)
        {
            if (string.Equals(candidate, known.Domain, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate, known.Id, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate, known.Id.Replace("-", string.Empty), StringComparison.OrdinalIgnoreCase))
            {
                site = known;
                return true;
            }
        }

        return false;
    }

    private static string? Normalize(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value!.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
                || (uri.AbsolutePath != "/" && uri.AbsolutePath.Length > 0) || !string.IsNullOrEmpty(uri.Query))
            {
                return null;
            }

            value = uri.Host;
        }

        value = value.TrimEnd('/');
        return value.StartsWith("api.", StringComparison.OrdinalIgnoreCase) ? value.Substring(4) : value;
    }

    /// <inheritdoc/>
    public bool Equals(DatadogSite? other) => other is not null && other.Domain == Domain;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DatadogSite);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Domain);

    /// <summary>The domain, e.g. <c>datadoghq.eu</c>.</summary>
    public override string ToString() => Domain;
}
