using CaseSdk.Builders;
using CaseSdk.Models;

namespace CaseSdk;

/// <summary>Lists every incident team, page after page, as one <see cref="IAsyncEnumerable{T}"/>.</summary>
public static class IncidentTeamPagingExtensions
{
    private const string OperationId = "ListIncidentTeams";

    /// <summary>
    /// Lists every incident team across all pages. Pages are requested one at a time, only when the enumeration
    /// reaches them; nothing is sent before enumeration starts.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <paramref name="filter"/> sets the same query parameters as <see cref="TeamsRequestBuilder.GetAsync"/>
    /// (<c>Filter</c>, <c>Include</c>). It is called once here, to check the paging values, and again for each page
    /// request, so it should only set properties. A <c>PageSize</c> it sets is kept (1 to 100; default 100); a
    /// <c>PageOffset</c> it sets is where the listing starts. The responses' <c>included</c> resources are not
    /// returned; use <see cref="TeamsRequestBuilder.GetAsync"/> when you need them.
    /// </para>
    /// <para>
    /// Each next page starts at <c>meta.pagination.next_offset</c>. Enumeration stops when there is none, or after
    /// an empty page or a page shorter than the page size. A next offset that does not move forward, or a page that
    /// starts with the same team as the page before it, fails the enumeration with
    /// <see cref="DatadogResponseFormatException"/> rather than loop.
    /// </para>
    /// </remarks>
    /// <param name="teams">The <c>/api/v2/teams</c> builder: <c>client.Api.V2.Teams</c>.</param>
    /// <param name="filter">Sets the listing's query parameters; null for all incident teams.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>Every incident team, in the server's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="teams"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filter"/> sets a page size outside 1..100 or a negative offset.</exception>
    [Obsolete("The endpoints under /api/v2/teams are deprecated.")]
    public static IAsyncEnumerable<IncidentTeamResponseData> ListAllAsync(this TeamsRequestBuilder teams, Action<ListIncidentTeamsQueryParameters>? filter = null, CancellationToken cancellationToken = default)
    {
        if (teams is null)
        {
            throw new ArgumentNullException(nameof(teams));
        }

        var requested = new ListIncidentTeamsQueryParameters();
        filter?.Invoke(requested);
        var pageSize = PageWalker.PageSizeOrDefault(requested.PageSize, OperationId);
        var firstOffset = PageWalker.StartOrZero(requested.PageOffset, "page[offset]", OperationId);

        return PageWalker.ByOffsetAsync<IncidentTeamsResponse, IncidentTeamResponseData>(
            OperationId,
            firstOffset,
            pageSize,
            (offset, ct) => teams.GetAsync(
                c =>
                {
                    filter?.Invoke(c.QueryParameters);
                    c.QueryParameters.PageSize = pageSize;
                    c.QueryParameters.PageOffset = offset;
                },
                ct),
            response => response.Data,
            response => response.Meta?.Pagination?.NextOffset,
            item => item.Id,
            cancellationToken);
    }
}
