namespace CaseSdk;

/// <summary>
/// One page of a list: its items, the totals the response reports, and the position to resume from. Public
/// constructor, so that a test can build pages (and a <see cref="DatadogPageable{T}"/> of them).
/// </summary>
/// <typeparam name="T">One item of the list.</typeparam>
public class DatadogPage<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="items">The page's items, in the server's order.</param>
    /// <param name="continuationToken">Where the next page starts; null when this page is the last.</param>
    /// <param name="position">Where this page starts (its page number, offset or cursor); null when unknown.</param>
    /// <param name="totalItems">The number of items in the whole list, when the response reports it.</param>
    /// <param name="totalPages">The number of pages in the whole list, when the response reports it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public DatadogPage(IReadOnlyList<T> items, string? continuationToken, string? position = null, long? totalItems = null, long? totalPages = null)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
        ContinuationToken = continuationToken;
        Position = position;
        TotalItems = totalItems;
        TotalPages = totalPages;
    }

    /// <summary>For mocking.</summary>
    protected DatadogPage()
    {
        Items = [];
    }

    /// <summary>The page's items, in the server's order.</summary>
    public virtual IReadOnlyList<T> Items { get; }

    /// <summary>
    /// Where the next page starts (a page number, an offset or a cursor, as text); null when this page is the last.
    /// Pass it to <see cref="DatadogPageable{T}.AsPages"/> of the same call, with the same query, to resume there.
    /// </summary>
    public virtual string? ContinuationToken { get; }

    /// <summary>Where this page started, in the same form as <see cref="ContinuationToken"/>; resuming from it reads this page again.</summary>
    public virtual string? Position { get; }

    /// <summary>The number of items in the whole list as the response reports it; null when it does not.</summary>
    public virtual long? TotalItems { get; }

    /// <summary>The number of pages in the whole list as the response reports it; null when it does not.</summary>
    public virtual long? TotalPages { get; }

    /// <summary>Describes the page (counts and positions; never item contents).</summary>
    public override string ToString() => $"DatadogPage({Items.Count} items, position {Position ?? "?"}, next {ContinuationToken ?? "none"})";
}
