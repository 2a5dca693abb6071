using System.Globalization;
using System.Net.Http.Headers;

namespace CaseSdk;

/// <summary>
/// Datadog's rate-limit headers on a response: <c>X-RateLimit-Limit</c>, <c>-Period</c>, <c>-Remaining</c>,
/// <c>-Reset</c> and <c>-Name</c>. Members are null when the header is absent, negative or not a number; durations
/// beyond <see cref="int.MaxValue"/> seconds are clamped to it, and the name is cut at 256 characters.
/// </summary>
public sealed class RateLimitInfo
{
    /// <summary>Requests allowed per period (<c>X-RateLimit-Limit</c>).</summary>
    public long? Limit { get; init; }

    /// <summary>The period length (<c>X-RateLimit-Period</c>).</summary>
    public TimeSpan? Period { get; init; }

    /// <summary>Requests left in the current period (<c>X-RateLimit-Remaining</c>).</summary>
    public long? Remaining { get; init; }

    /// <summary>Time until the period resets (<c>X-RateLimit-Reset</c>).</summary>
    public TimeSpan? Reset { get; init; }

    /// <summary>The name of the limit that applies (<c>X-RateLimit-Name</c>).</summary>
    public string? Name { get; init; }

    /// <summary>Reads the headers; returns null when the response carries none of them.</summary>
    internal static RateLimitInfo? From(HttpResponseHeaders headers)
    {
        var info = new RateLimitInfo
        {
            Limit = ReadLong(headers, "X-RateLimit-Limit"),
            Period = ReadSeconds(headers, "X-RateLimit-Period"),
            Remaining = ReadLong(headers, "X-RateLimit-Remaining"),
            Reset = ResetFrom(headers),
            Name = ReadName(headers),
        };
        return info.Limit is null && info.Period is null && info.Remaining is null && info.Reset is null && info.Name is null ? null : info;
    }

    /// <summary>The wait <c>X-RateLimit-Reset</c> announces (clamped), or null when it is absent, negative or not a number.</summary>
    internal static TimeSpan? ResetFrom(HttpResponseHeaders headers) => ReadSeconds(headers, "X-RateLimit-Reset");

    /// <summary>A summary such as <c>limit 100 per 60s, 0 remaining, reset in 12s (name)</c>.</summary>
    public override string ToString() =>
        $"limit {Limit?.ToString(CultureInfo.InvariantCulture) ?? "?"} per {Seconds(Period)}, {Remaining?.ToString(CultureInfo.InvariantCulture) ?? "?"} remaining, reset in {Seconds(Reset)}{(Name is null ? string.Empty : $" ({Name})")}";

    private static string Seconds(TimeSpan? value) => value is null ? "?" : ((long)value.Value.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s";

    private static long? ReadLong(HttpResponseHeaders headers, string name)
    {
        if (!headers.TryGetValues(name, out var values) || values.FirstOrDefault()?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // Only digits, yet no long: a number beyond long's range, clamped rather than dropped.
        return text.All(c => c is >= '0' and <= '9') ? long.MaxValue : null;
    }

    // Servers can send any number: longer than this (68 years) is clamped here, since TimeSpan.FromSeconds
    // overflows near 10^12 s and a rate-limit reset that far away means "not soon" either way.
    private const long MaxSeconds = int.MaxValue;

    private const int MaxNameLength = 256;

    private static TimeSpan? ReadSeconds(HttpResponseHeaders headers, string name) =>
        ReadLong(headers, name) is { } seconds && seconds >= 0 ? TimeSpan.FromSeconds(Math.Min(seconds, MaxSeconds)) : null;

    private static string? ReadName(HttpResponseHeaders headers) =>
        headers.TryGetValues("X-RateLimit-Name", out var names) && names.FirstOrDefault() is { } name
            ? name.Length <= MaxNameLength ? name : name.Substring(0, MaxNameLength)
            : null;
}
