using CaseSdk.Builders;
using CaseSdk.Models;

namespace CaseSdk;

/// <summary>Lists every case, page after page, as one <see cref="IAsyncEnumerable{T}"/>.</summary>
public static class CasePagingExtensions
{
    private const string OperationId = "SearchCases";

    /// <summary>
    /// Searches cases and returns every match across all pages. Pages are requested one at a time, only when the
    /// enumeration reaches them; nothing is sent before enumeration starts.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <paramref name="filter"/> sets the same query parameters as <see cref="CasesRequestBuilder.GetAsync"/>
    /// (<c>Filter</c>, <c>SortField</c>, <c>SortAsc</c>). It is called once here, to check the paging values, and
    /// again for each page request, so it should only set properties. A <c>PageSize</c> it sets is kept
    /// (1 to 100; default 100); a <c>PageNumber</c> it sets is the first page requested (pages count from 0).
    /// </para>
    /// <para>
    /// Enumeration stops after an empty page, a page shorter than the page size, or the last page according to
    /// <c>meta.page.total</c> (the number of pages). If the server answers a page with the same first case as the
    /// page before it, enumeration fails with <see cref="DatadogResponseFormatException"/> rather than loop.
    /// </para>
    /// </remarks>
    /// <param name="cases">The <c>/api/v2/cases</c> builder: <c>client.Api.V2.Cases</c>.</param>
    /// <param name="filter">Sets the search's query parameters; null for all cases.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>Every case the search matches, in the server's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filter"/> sets a page size outside 1..100 or a negative page number.</exception>
    public static IAsyncEnumerable<Case> ListAllAsync(this CasesRequestBuilder cases, Action<SearchCasesQueryParameters>? filter = null, CancellationToken cancellationToken = default)
    {
        if (cases is null)
        {
            throw new ArgumentNullException(nameof(cases));
        }

        var requested = new SearchCasesQueryParameters();
        filter?.Invoke(requested);
        var pageSize = PageWalker.PageSizeOrDefault(requested.PageSize, OperationId);
        var firstPage = PageWalker.StartOrZero(requested.PageNumber, "page[number]", OperationId);

        return PageWalker.ByPageNumberAsync<CasesResponse, Case>(
            OperationId,
            firstPage,
            pageSize,
            (page, ct) => cases.GetAsync(
                c =>
                {
                    filter?.Invoke(c.QueryParameters);
                    c.QueryParameters.PageSize = pageSize;
                    c.QueryParameters.PageNumber = page;
                },
                ct),
            response => response.Data,
            // total is documented as the number of pages; were it a count of cases, this would stop later, never early.
            (response, page) => response.Meta?.Page?.Total is long totalPages && page + 1 >= totalPages,
            item => item.Id,
            cancellationToken);
    }
}
