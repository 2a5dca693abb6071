using CaseSdk.Builders;
using CaseSdk.Models;

namespace CaseSdk;

/// <summary>Lists every role, and every user of a role, page after page, as one <see cref="IAsyncEnumerable{T}"/>.</summary>
public static class RolePagingExtensions
{
    private const string ListRolesOperationId = "ListRoles";
    private const string ListRoleUsersOperationId = "ListRoleUsers";

    /// <summary>
    /// Lists every role across all pages. Pages are requested one at a time, only when the enumeration reaches
    /// them; nothing is sent before enumeration starts.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <paramref name="filter"/> sets the same query parameters as <see cref="RolesRequestBuilder.GetAsync"/>
    /// (<c>Filter</c>, <c>Sort</c>). It is called once here, to check the paging values, and again for each page
    /// request, so it should only set properties. A <c>PageSize</c> it sets is kept (1 to 100; default 100); a
    /// <c>PageNumber</c> it sets is the first page requested (pages count from 0).
    /// </para>
    /// <para>
    /// Enumeration stops after an empty page, a page shorter than the page size, or once the pages read reach
    /// <c>meta.page.total_count</c>. If the server answers a page with the same first role as the page before it,
    /// enumeration fails with <see cref="DatadogResponseFormatException"/> rather than loop.
    /// </para>
    /// </remarks>
    /// <param name="roles">The <c>/api/v2/roles</c> builder: <c>client.Api.V2.Roles</c>.</param>
    /// <param name="filter">Sets the listing's query parameters; null for all roles.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>Every role, in the server's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roles"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filter"/> sets a page size outside 1..100 or a negative page number.</exception>
    public static IAsyncEnumerable<Role> ListAllAsync(this RolesRequestBuilder roles, Action<ListRolesQueryParameters>? filter = null, CancellationToken cancellationToken = default)
    {
        if (roles is null)
        {
            throw new ArgumentNullException(nameof(roles));
        }

        var requested = new ListRolesQueryParameters();
        filter?.Invoke(requested);
        var pageSize = PageWalker.PageSizeOrDefault(requested.PageSize, ListRolesOperationId);
        var firstPage = PageWalker.StartOrZero(requested.PageNumber, "page[number]", ListRolesOperationId);

        return PageWalker.ByPageNumberAsync<RolesResponse, Role>(
            ListRolesOperationId,
            firstPage,
            pageSize,
            (page, ct) => roles.GetAsync(
                c =>
                {
                    filter?.Invoke(c.QueryParameters);
                    c.QueryParameters.PageSize = pageSize;
                    c.QueryParameters.PageNumber = page;
                },
                ct),
            response => response.Data,
            (response, page) => ReachedTotal(response.Meta, page, pageSize),
            item => item.Id,
            cancellationToken);
    }

    /// <summary>
    /// Lists every user of a role across all pages. Pages are requested one at a time, only when the enumeration
    /// reaches them; nothing is sent before enumeration starts.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <paramref name="filter"/> sets the same query parameters as <see cref="RolesItemUsersRequestBuilder.GetAsync"/>
    /// (<c>Filter</c>, <c>Sort</c>). It is called once here, to check the paging values, and again for each page
    /// request, so it should only set properties. A <c>PageSize</c> it sets is kept (1 to 100; default 100); a
    /// <c>PageNumber</c> it sets is the first page requested (pages count from 0). The responses' <c>included</c>
    /// resources are not returned; use <see cref="RolesItemUsersRequestBuilder.GetAsync"/> when you need them.
    /// </para>
    /// <para>
    /// Enumeration stops after an empty page, a page shorter than the page size, or once the pages read reach
    /// <c>meta.page.total_count</c>. If the server answers a page with the same first user as the page before it,
    /// enumeration fails with <see cref="DatadogResponseFormatException"/> rather than loop.
    /// </para>
    /// </remarks>
    /// <param name="users">The <c>/api/v2/roles/{role_id}/users</c> builder: <c>client.Api.V2.Roles[roleId].Users</c>.</param>
    /// <param name="filter">Sets the listing's query parameters; null for all users of the role.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the request in flight.</param>
    /// <returns>Every user of the role, in the server's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="users"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filter"/> sets a page size outside 1..100 or a negative page number.</exception>
    public static IAsyncEnumerable<User> ListAllAsync(this RolesItemUsersRequestBuilder users, Action<ListRoleUsersQueryParameters>? filter = null, CancellationToken cancellationToken = default)
    {
        if (users is null)
        {
            throw new ArgumentNullException(nameof(users));
        }

        var requested = new ListRoleUsersQueryParameters();
        filter?.Invoke(requested);
        var pageSize = PageWalker.PageSizeOrDefault(requested.PageSize, ListRoleUsersOperationId);
        var firstPage = PageWalker.StartOrZero(requested.PageNumber, "page[number]", ListRoleUsersOperationId);

        return PageWalker.ByPageNumberAsync<UsersResponse, User>(
            ListRoleUsersOperationId,
            firstPage,
            pageSize,
            (page, ct) => users.GetAsync(
                c =>
                {
                    filter?.Invoke(c.QueryParameters);
                    c.QueryParameters.PageSize = pageSize;
                    c.QueryParameters.PageNumber = page;
                },
                ct),
            response => response.Data,
            (response, page) => ReachedTotal(response.Meta, page, pageSize),
            item => item.Id,
            cancellationToken);
    }

    // total_count counts every item, filtered or not, so it bounds a filtered listing from above: it may cost one
    // more request, never a missed page.
    private static bool ReachedTotal(ResponseMetaAttributes? meta, long page, long pageSize) =>
        meta?.Page?.TotalCount is long total && (page + 1) * pageSize >= total;
}
