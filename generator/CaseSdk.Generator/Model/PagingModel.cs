namespace CaseSdk.Generator.Model;

/// <summary>The paged lists of the API: the operations whose <c>x-pagination</c> the generator turns into <c>ListAllAsync</c> helpers.</summary>
public sealed partial record ApiModel
{
    /// <summary>Every list operation with a helper, in operation order.</summary>
    public IReadOnlyList<PagedListModel> PagedLists { get; init; } = [];

    /// <summary>Operations whose <c>x-pagination</c> gets no helper, with the reason (a shape the helpers do not cover).</summary>
    public IReadOnlyList<SkippedPagedList> SkippedPagedLists { get; init; } = [];
}

/// <summary>How a list names its pages (the <c>x-pagination</c> member that says which parameter does).</summary>
public enum PagingKind
{
    /// <summary><c>pageParam</c>: page numbers from <c>pageStart</c>.</summary>
    PageNumber,
    /// <summary><c>pageOffsetParam</c>: the index of the page's first item.</summary>
    Offset,
    /// <summary><c>cursorParam</c>/<c>cursorPath</c>: an opaque cursor from the previous page.</summary>
    Cursor,
}

/// <summary>A list operation with a generated <c>ListAllAsync</c> helper.</summary>
/// <param name="OperationId">The list operation.</param>
/// <param name="Kind">How pages are named.</param>
/// <param name="Limit">The page-size parameter (<c>limitParam</c>) and its bounds.</param>
/// <param name="Position">The page-number, offset or cursor parameter and its bounds.</param>
/// <param name="ResponseModel">The response body's model.</param>
/// <param name="ResultsPath">The members from the response body to the item list (<c>resultsPath</c>, default <c>data</c>).</param>
/// <param name="ItemType">One item of the list.</param>
/// <param name="ItemId">The item's string <c>id</c> member, or null when the item type has none.</param>
/// <param name="Signals">The documented members of the response that say a page is the last.</param>
/// <param name="Pointer">Where the operation's <c>x-pagination</c> is.</param>
public sealed record PagedListModel(
    string OperationId,
    PagingKind Kind,
    PagingParameter Limit,
    PagingParameter Position,
    string ResponseModel,
    IReadOnlyList<PropertyModel> ResultsPath,
    TypeRef ItemType,
    PropertyModel? ItemId,
    PagingSignals Signals,
    string Pointer);

/// <summary>A paging query parameter with the values the helper accepts for it.</summary>
/// <param name="Parameter">The query parameter.</param>
/// <param name="Minimum">The smallest value a caller may set (page sizes at least 1; page numbers at least <c>pageStart</c>; offsets at least 0).</param>
/// <param name="Maximum">The largest value a caller may set or the helper may send (the documented maximum or the type's).</param>
/// <param name="Initial">The value the helper uses when the caller sets none: the first page, or the page size (the documented maximum, else the default, else 100).</param>
public sealed record PagingParameter(QueryParameterModel Parameter, long Minimum, long Maximum, long Initial);

/// <summary>
/// The members of a list's response that end the walk, found by Datadog's metadata vocabulary. Each is a member path
/// from the response body; null or empty when the response does not document it.
/// </summary>
/// <param name="TotalPages">The number of pages (<c>meta.page.total</c> when documented as pages, <c>meta.page.total_pages</c>).</param>
/// <param name="TotalItems">The number of items, the first present one counting (<c>meta.page.total_filtered_count</c>, then <c>meta.page.total_count</c>).</param>
/// <param name="NextOffset">The next page's offset (<c>meta.pagination.next_offset</c>), for offset lists.</param>
/// <param name="NextCursor">The next page's cursor (<c>cursorPath</c>), for cursor lists.</param>
public sealed record PagingSignals(
    IReadOnlyList<PropertyModel>? TotalPages,
    IReadOnlyList<IReadOnlyList<PropertyModel>> TotalItems,
    IReadOnlyList<PropertyModel>? NextOffset,
    IReadOnlyList<PropertyModel>? NextCursor);

/// <summary>An <c>x-pagination</c> that gets no helper.</summary>
/// <param name="OperationId">The operation.</param>
/// <param name="Pointer">Where its <c>x-pagination</c> is.</param>
/// <param name="Reason">Why (e.g. <c>the cursor is in the request body</c>).</param>
public sealed record SkippedPagedList(string OperationId, string Pointer, string Reason);
