using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.Runtime;

/// <summary>
/// Walks a list one page at a time for the generated <c>ListAllAsync</c> helpers. A page is requested only when the
/// consumer reaches it, through the client's normal pipeline (so retries and telemetry apply). It names no generated
/// type: the helper hands it how to fetch a page, where the items are, and the stop signals its spec documents.
/// </summary>
/// <remarks>
/// The walk ends after an empty page, a page shorter than the page size, or when a documented signal says the page
/// was the last one (the number of pages or items, the absence of a next offset or cursor, or one that does not move
/// forward). It always ends: a page whose items repeat any earlier page of the walk, or a walk longer than the
/// maximum number of pages, fails with <see cref="DatadogResponseFormatException"/> naming the operation.
/// </remarks>
/// <typeparam name="TResponse">The list operation's response body.</typeparam>
/// <typeparam name="TItem">One item of the list.</typeparam>
internal sealed class PageWalker<TResponse, TItem>
{
    private const int MaxCursorTextInMessages = 64;

    private readonly string _operationId;
    private readonly PagingMode _mode;
    private readonly string _positionName;
    private readonly long _pageSize;
    private readonly PagePosition _start;
    private readonly int _maxPages;
    private readonly Func<PagePosition, CancellationToken, Task<TResponse>> _fetchPage;
    private readonly Func<TResponse, IReadOnlyList<TItem>?> _itemsOf;
    private readonly JsonTypeInfo<TItem> _itemType;

    /// <summary>Creates the walker; nothing is sent until <see cref="WalkAsync"/> is enumerated.</summary>
    /// <param name="operationId">The list operation, for messages.</param>
    /// <param name="mode">How pages are named.</param>
    /// <param name="positionName">The query parameter naming the page (<c>page[number]</c>), for messages.</param>
    /// <param name="pageSize">The page size every request asks for; a shorter page is the last.</param>
    /// <param name="start">The first page to request.</param>
    /// <param name="maxPages">The most pages to request.</param>
    /// <param name="fetchPage">Requests one page.</param>
    /// <param name="itemsOf">The page's items (the spec's <c>resultsPath</c>).</param>
    /// <param name="itemType">The items' serializer metadata, to tell items without ids apart by content.</param>
    public PageWalker(
        string operationId,
        PagingMode mode,
        string positionName,
        long pageSize,
        PagePosition start,
        int maxPages,
        Func<PagePosition, CancellationToken, Task<TResponse>> fetchPage,
        Func<TResponse, IReadOnlyList<TItem>?> itemsOf,
        JsonTypeInfo<TItem> itemType)
    {
        _operationId = operationId ?? throw new ArgumentNullException(nameof(operationId));
        _mode = mode;
        _positionName = positionName ?? throw new ArgumentNullException(nameof(positionName));
        _pageSize = pageSize > 0 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "The page size must be positive.");
        _start = start;
        _maxPages = maxPages > 0 ? maxPages : throw new ArgumentOutOfRangeException(nameof(maxPages), maxPages, "The maximum number of pages must be positive.");
        _fetchPage = fetchPage ?? throw new ArgumentNullException(nameof(fetchPage));
        _itemsOf = itemsOf ?? throw new ArgumentNullException(nameof(itemsOf));
        _itemType = itemType ?? throw new ArgumentNullException(nameof(itemType));
    }

    /// <summary>The item's id, or null when it has none (then its content identifies it). Null when items have no id member.</summary>
    public Func<TItem, string?>? IdOf { get; init; }

    /// <summary>The list's first page number (<c>pageStart</c>), which <see cref="TotalPagesOf"/> and <see cref="TotalItemsOf"/> count from.</summary>
    public long PageStart { get; init; }

    /// <summary>The largest page number or offset the request can carry (the parameter's type or documented maximum).</summary>
    public long MaxPosition { get; init; } = long.MaxValue;

    /// <summary>The number of pages the response reports, if the spec documents one.</summary>
    public Func<TResponse, long?>? TotalPagesOf { get; init; }

    /// <summary>The number of items the response reports, if the spec documents one.</summary>
    public Func<TResponse, long?>? TotalItemsOf { get; init; }

    /// <summary>The next page's offset the response reports (offset lists), if the spec documents one.</summary>
    public Func<TResponse, long?>? NextOffsetOf { get; init; }

    /// <summary>The next page's cursor (cursor lists: the spec's <c>cursorPath</c>).</summary>
    public Func<TResponse, string?>? NextCursorOf { get; init; }

    /// <summary>Every item of every page, in the server's order.</summary>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <exception cref="DatadogResponseFormatException">A page repeats an earlier one, or the walk exceeds the maximum number of pages.</exception>
    public async IAsyncEnumerable<TItem> WalkAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in WalkPagesAsync(_start, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
        }
    }

    /// <summary>
    /// The pages from <paramref name="continuationToken"/> (a <see cref="DatadogPage{T}.ContinuationToken"/> of an
    /// earlier walk with the same query; null for the walker's start), each with its metadata. The token is checked
    /// now, before anything is sent.
    /// </summary>
    /// <param name="continuationToken">Where to resume, or null.</param>
    /// <param name="callToken">The cancellation token of the call that made the list; the enumerator's token applies too.</param>
    /// <exception cref="ArgumentException">The token is not a position this list can resume from.</exception>
    public IAsyncEnumerable<DatadogPage<TItem>> Pages(string? continuationToken, CancellationToken callToken)
    {
        var start = continuationToken is null ? _start : Resume(continuationToken);
        return PagesFrom(start, callToken);
    }

    private async IAsyncEnumerable<DatadogPage<TItem>> PagesFrom(PagePosition start, CancellationToken callToken, [EnumeratorCancellation] CancellationToken enumeratorToken = default)
    {
        using var linked = callToken.CanBeCanceled && enumeratorToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(callToken, enumeratorToken) : null;
        var cancellationToken = linked?.Token ?? (callToken.CanBeCanceled ? callToken : enumeratorToken);
        await foreach (var page in WalkPagesAsync(start, cancellationToken).ConfigureAwait(false))
        {
            yield return new DatadogPage<TItem>(
                page.Items,
                page.Next is { } next ? Token(next) : null,
                Token(page.Position),
                TotalItemsOf?.Invoke(page.Response),
                TotalPagesOf?.Invoke(page.Response));
        }
    }

    private async IAsyncEnumerable<WalkedPage> WalkPagesAsync(PagePosition start, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Fingerprints of the pages read, with the page's ordinal: bounded by the maximum number of pages.
        var seen = new Dictionary<ulong, int>();
        var position = start;
        for (var pagesRead = 0; ; pagesRead++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pagesRead == _maxPages)
            {
                throw Fail($"the listing did not end within {_maxPages.ToString(CultureInfo.InvariantCulture)} pages (DatadogClientOptions.Paging.MaxPages); it was stopped before requesting {Describe(position)}");
            }

            var response = await _fetchPage(position, cancellationToken).ConfigureAwait(false);
            var items = response is null ? null : _itemsOf(response);
            if (items is null || items.Count == 0)
            {
                yield break;
            }

            var fingerprint = PageFingerprint.Of(items, IdOf, _itemType);
            if (seen.TryGetValue(fingerprint, out var earlier))
            {
                throw Fail($"the page for {Describe(position)} repeats the items of page {(earlier + 1).ToString(CultureInfo.InvariantCulture)} of this listing; it was stopped instead of looping");
            }

            seen.Add(fingerprint, pagesRead);

            // The next position is known before the page is handed out (its continuation token); a next position the
            // request cannot carry fails only when the caller asks for the next page, after this page's items.
            PagePosition? next = null;
            DatadogResponseFormatException? pending = null;
            if (items.Count >= _pageSize && !IsLastPage(response!, position, items.Count))
            {
                try
                {
                    next = Next(response!, position, items.Count);
                }
                catch (DatadogResponseFormatException e)
                {
                    pending = e;
                }
            }

            yield return new WalkedPage(items, response!, position, next);
            if (pending is not null)
            {
                throw pending;
            }

            if (next is not { } following)
            {
                yield break;
            }

            position = following;
        }
    }

    /// <summary>A position as the text a caller keeps: the page number or offset, or the cursor.</summary>
    private string Token(PagePosition position) =>
        _mode == PagingMode.Cursor ? position.Cursor ?? string.Empty : position.Number.ToString(CultureInfo.InvariantCulture);

    private PagePosition Resume(string token)
    {
        if (_mode == PagingMode.Cursor)
        {
            // The empty token is the first page (a walk that started without a cursor).
            return new PagePosition(0, token.Length == 0 ? null : token);
        }

        var minimum = _mode == PagingMode.PageNumber ? PageStart : 0;
        if (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < minimum || number > MaxPosition)
        {
            throw new ArgumentException($"The continuation token of {_operationId} must be a {_positionName} from {minimum.ToString(CultureInfo.InvariantCulture)} to {MaxPosition.ToString(CultureInfo.InvariantCulture)}, as a page's ContinuationToken gives it.", "continuationToken");
        }

        return new PagePosition(number, null);
    }

    private bool IsLastPage(TResponse response, PagePosition position, int itemCount)
    {
        if (_mode == PagingMode.PageNumber && TotalPagesOf?.Invoke(response) is long totalPages)
        {
            // Pages are numbered from PageStart: the last one is PageStart + totalPages - 1.
            if (totalPages <= 0 || position.Number - PageStart >= totalPages - 1)
            {
                return true;
            }
        }

        if (TotalItemsOf?.Invoke(response) is long totalItems)
        {
            if (totalItems <= 0)
            {
                return true;
            }

            // Items up to the end of this page; computed so that no value can overflow.
            var itemsBefore = _mode switch
            {
                PagingMode.PageNumber => position.Number - PageStart > (long.MaxValue / _pageSize) ? long.MaxValue : (position.Number - PageStart) * _pageSize,
                PagingMode.Offset => position.Number,
                _ => -1,
            };
            if (itemsBefore >= 0 && itemCount >= totalItems - Math.Min(itemsBefore, totalItems))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next page to request, or null when the response says there is none.</summary>
    private PagePosition? Next(TResponse response, PagePosition position, int itemCount)
    {
        switch (_mode)
        {
            case PagingMode.PageNumber:
                if (position.Number >= MaxPosition)
                {
                    throw Fail($"the listing goes past {Describe(position)}, the largest {_positionName} a request can carry");
                }

                return new PagePosition(position.Number + 1, null);
            case PagingMode.Offset:
                long next;
                if (NextOffsetOf is not null)
                {
                    // The spec documents the next offset: its absence, or one that does not move forward, ends the list.
                    if (NextOffsetOf(response) is not long reported || reported <= position.Number)
                    {
                        return null;
                    }

                    next = reported;
                }
                else
                {
                    next = position.Number > long.MaxValue - itemCount ? long.MaxValue : position.Number + itemCount;
                }

                if (next > MaxPosition)
                {
                    throw Fail($"the next {_positionName} ({next.ToString(CultureInfo.InvariantCulture)}) is larger than a request can carry ({MaxPosition.ToString(CultureInfo.InvariantCulture)})");
                }

                return new PagePosition(next, null);
            default:
                var cursor = NextCursorOf?.Invoke(response);
                if (string.IsNullOrEmpty(cursor) || string.Equals(cursor, position.Cursor, StringComparison.Ordinal))
                {
                    return null;
                }

                return new PagePosition(0, cursor);
        }
    }

    private string Describe(PagePosition position)
    {
        if (_mode != PagingMode.Cursor)
        {
            return $"{_positionName}={position.Number.ToString(CultureInfo.InvariantCulture)}";
        }

        if (position.Cursor is null)
        {
            return "the first page";
        }

        // The cursor comes from the server: bounded, and printable ASCII only (no control or bidi-override characters
        // that could disguise the message), before it goes into a message.
        var cursor = position.Cursor.Length <= MaxCursorTextInMessages ? position.Cursor : position.Cursor.Substring(0, MaxCursorTextInMessages);
        var printable = new string(cursor.Select(c => c is < ' ' or > '~' ? '?' : c).ToArray()) + (cursor.Length < position.Cursor.Length ? "…" : string.Empty);
        return $"{_positionName}={printable}";
    }

    private DatadogResponseFormatException Fail(string problem) => new(_operationId, problem);

    private readonly record struct WalkedPage(IReadOnlyList<TItem> Items, TResponse Response, PagePosition Position, PagePosition? Next);
}
