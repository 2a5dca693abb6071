namespace CaseSdk.Runtime;

/// <summary>How a list names the page to return (Datadog's <c>x-pagination</c> vocabulary).</summary>
internal enum PagingMode
{
    /// <summary><c>pageParam</c>: a page number, one more per page, from the list's <c>pageStart</c>.</summary>
    PageNumber,

    /// <summary><c>pageOffsetParam</c>: the index of the page's first item.</summary>
    Offset,

    /// <summary><c>cursorParam</c>: an opaque cursor the previous page returned (<c>cursorPath</c>).</summary>
    Cursor,
}
