using System.Globalization;

namespace CaseSdk.Runtime;

/// <summary>Checks the paging values a caller sets for a <c>ListAllAsync</c> helper, before anything is sent.</summary>
internal static class PagingArguments
{
    /// <summary>The caller's page size, or <paramref name="defaultSize"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The caller's page size is outside <paramref name="minimum"/>..<paramref name="maximum"/>.</exception>
    public static long PageSize(long? requested, string operationId, string wireName, long minimum, long maximum, long defaultSize)
    {
        if (requested is null)
        {
            return defaultSize;
        }

        return InRange(requested.Value, operationId, wireName, minimum, maximum);
    }

    /// <summary>The caller's first page number or offset, or the list's start value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The caller's value is outside <paramref name="minimum"/>..<paramref name="maximum"/>.</exception>
    public static long Start(long? requested, string operationId, string wireName, long minimum, long maximum, long start)
    {
        if (requested is null)
        {
            return start;
        }

        return InRange(requested.Value, operationId, wireName, minimum, maximum);
    }

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
