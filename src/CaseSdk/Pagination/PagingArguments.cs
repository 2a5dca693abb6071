using System.Globalization;

namespace CaseSdk.Runtime;

/// <summary>Checks the paging values a caller sets for a <c>ListAllAsync</c> helper, before anything is sent.</summary>
internal static class PagingArguments
{
    /// <summary>The caller's page size, first page number or offset, or <paramref name="fallback"/> when the caller set none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The caller's value is outside <paramref name="minimum"/>..<paramref name="maximum"/>.</exception>
    public static long ValueOrDefault(long? requested, string operationId, string wireName, long minimum, long maximum, long fallback) =>
        requested is { } value ? InRange(value, operationId, wireName, minimum, maximum) : fallback;

    private static long InRange(long value, string operationId, string wireName, long minimum, long maximum)
    {
        if (value < minimum || value > maximum)
        {
            var range = maximum == long.MaxValue
                ? $"at least {minimum.ToString(CultureInfo.InvariantCulture)}"
                : $"between {minimum.ToString(CultureInfo.InvariantCulture)} and {maximum.ToString(CultureInfo.InvariantCulture)}";
            throw new ArgumentOutOfRangeException("filter", value, $"{operationId}: {wireName} must be {range}.");
        }

        return value;
    }
}
