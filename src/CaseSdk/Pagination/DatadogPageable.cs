using System.Runtime.CompilerServices;

namespace CaseSdk;

/// <summary>
/// A list that pages itself: enumerate it for every item, or call <see cref="AsPages"/> for page by page access with
/// each page's totals and the position to resume from. Nothing is sent before enumeration starts, and each page is
/// requested only when the enumeration reaches it.
/// </summary>
/// <typeparam name="T">One item of the list.</typeparam>
public class DatadogPageable<T> : IAsyncEnumerable<T>
{
    private readonly Func<string?, IAsyncEnumerable<DatadogPage<T>>>? _pages;

    /// <summary>Creates a list from a source of pages: a function of the continuation token to resume from (null for the first page).</summary>
    /// <param name="pages">Returns the pages from a continuation token; it may check the token and throw <see cref="ArgumentException"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> is null.</exception>
    public DatadogPageable(Func<string?, IAsyncEnumerable<DatadogPage<T>>> pages)
    {
        _pages = pages ?? throw new ArgumentNullException(nameof(pages));
    }

    /// <summary>For mocking: override <see cref="AsPages"/> (enumerating the items reads it).</summary>
    protected DatadogPageable()
    {
    }

    /// <summary>
    /// A list of fixed pages, for tests: <see cref="AsPages"/> with a token resumes after the page whose
    /// <see cref="DatadogPage{T}.ContinuationToken"/> it is.
    /// </summary>
    /// <param name="pages">The pages, in order.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pages"/> is null or holds null.</exception>
    public static DatadogPageable<T> FromPages(IEnumerable<DatadogPage<T>> pages)
    {
        if (pages is null)
        {
            throw new ArgumentNullException(nameof(pages));
        }

        var fixedPages = pages.ToList();
        if (fixedPages.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(pages), "A page is null.");
        }

        return new DatadogPageable<T>(token =>
        {
            var start = 0;
            if (token is not null)
            {
                start = fixedPages.FindIndex(p => string.Equals(p.ContinuationToken, token, StringComparison.Ordinal)) + 1;
                if (start == 0)
                {
                    throw new ArgumentException("No page has this continuation token.", "continuationToken");
                }
            }

            return Replay(fixedPages, start);
        });
    }

    /// <summary>The pages from <paramref name="continuationToken"/>, each with its items, totals and next position.</summary>
    /// <param name="continuationToken">A <see cref="DatadogPage{T}.ContinuationToken"/> from an earlier enumeration of the same call; null for the first page.</param>
    /// <returns>The pages, requested one at a time as the enumeration reaches them.</returns>
    /// <exception cref="ArgumentException">The token is not a position this list can resume from; nothing is sent.</exception>
    public virtual IAsyncEnumerable<DatadogPage<T>> AsPages(string? continuationToken = null) =>
        (_pages ?? throw new InvalidOperationException("This DatadogPageable was created for mocking; override AsPages."))(continuationToken);

    /// <summary>Every item of every page, in the server's order.</summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>The enumerator.</returns>
    public virtual IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default) => Items(cancellationToken).GetAsyncEnumerator(cancellationToken);

    private static async IAsyncEnumerable<DatadogPage<T>> Replay(List<DatadogPage<T>> pages, int start, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = start; i < pages.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return pages[i];
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async IAsyncEnumerable<T> Items([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in AsPages().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }
}
