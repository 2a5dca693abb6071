using System.Runtime.CompilerServices;

namespace CaseSdk;

/// <summary>
/// Walks a list one page at a time for the <c>ListAllAsync</c> extensions. A page is requested only when the
/// consumer reaches it, through the client's normal pipeline (so retries and telemetry apply).
/// </summary>
internal static class PageWalker
{
    /// <summary>The page size used when the caller sets none; the largest every paged list accepts.</summary>
    public const long DefaultPageSize = 100;

    /// <summary>The largest page size accepted (the spec's maximum for cases and incident teams).</summary>
    public const long MaxPageSize = 100;

    /// <summary>The caller's <c>page[size]</c> if valid, or <see cref="DefaultPageSize"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The caller's page size is outside 1..<see cref="MaxPageSize"/>.</exception>
    public static long PageSizeOrDefault(long? requested, string operationId)
    {
        if (requested is null)
        {
            return DefaultPageSize;
        }

        if (requested < 1 || requested > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException("filter", requested, $"{operationId}: page[size] must be between 1 and {MaxPageSize}.");
        }

        return requested.Value;
    }

    /// <summary>The caller's starting <c>page[number]</c> or <c>page[offset]</c>, or 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The caller's value is negative.</exception>
    public static long StartOrZero(long? requested, string wireName, string operationId)
    {
        if (requested < 0)
        {
            throw new ArgumentOutOfRangeException("filter", requested, $"{operationId}: {wireName} must not be negative.");
        }

        return requested ?? 0;
    }

    /// <summary>
    /// Pages by <c>page[number]</c> from <paramref name="firstPage"/>, stopping after an empty or short page or
    /// when <paramref name="isLastPage"/> says the response's metadata marks the last page.
    /// </summary>
    /// <exception cref="DatadogResponseFormatException">A page starts with the same item as the one before it.</exception>
    public static async IAsyncEnumerable<TItem> ByPageNumberAsync<TResponse, TItem>(
        string operationId,
        long firstPage,
        long pageSize,
        Func<long, CancellationToken, Task<TResponse>> fetchPage,
        Func<TResponse, IReadOnlyList<TItem>?> itemsOf,
        Func<TResponse, long, bool> isLastPage,
        Func<TItem, string?> idOf,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? previousFirstId = null;
        for (var page = firstPage; ; page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = await fetchPage(page, cancellationToken).ConfigureAwait(false);
            var items = itemsOf(response);
            if (items is null || items.Count == 0)
            {
                yield break;
            }

            previousFirstId = EnsureAdvanced(operationId, $"page[number]={page}", previousFirstId, idOf(items[0]));
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }

            if (items.Count < pageSize || isLastPage(response, page))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Pages by <c>page[offset]</c> from <paramref name="firstOffset"/>, following the response's next offset and
    /// stopping when there is none, or after an empty or short page.
    /// </summary>
    /// <exception cref="DatadogResponseFormatException">The next offset does not move forward, or a page starts with the same item as the one before it.</exception>
    public static async IAsyncEnumerable<TItem> ByOffsetAsync<TResponse, TItem>(
        string operationId,
        long firstOffset,
        long pageSize,
        Func<long, CancellationToken, Task<TResponse>> fetchPage,
        Func<TResponse, IReadOnlyList<TItem>?> itemsOf,
        Func<TResponse, long?> nextOffsetOf,
        Func<TItem, string?> idOf,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? previousFirstId = null;
        var offset = firstOffset;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var response = await fetchPage(offset, cancellationToken).ConfigureAwait(false);
            var items = itemsOf(response);
            if (items is null || items.Count == 0)
            {
                yield break;
            }

            previousFirstId = EnsureAdvanced(operationId, $"page[offset]={offset}", previousFirstId, idOf(items[0]));
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }

            var next = nextOffsetOf(response);
            if (next is null || items.Count < pageSize)
            {
                yield break;
            }

            // Following an offset that does not move forward would request the same items forever.
            if (next <= offset)
            {
                throw new DatadogResponseFormatException(operationId, $"the next offset ({next}) does not move past page[offset]={offset}; the listing was stopped instead of repeating pages.");
            }

            offset = next.Value;
        }
    }

    /// <summary>Fails when a page starts with the previous page's first item: the server is ignoring the page parameter.</summary>
    private static string? EnsureAdvanced(string operationId, string request, string? previousFirstId, string? firstId)
    {
        if (firstId is not null && string.Equals(firstId, previousFirstId, StringComparison.Ordinal))
        {
            throw new DatadogResponseFormatException(operationId, $"the page for {request} starts with the same item ('{firstId}') as the page before it; the listing was stopped instead of repeating pages.");
        }

        return firstId;
    }
}
