using CaseSdk.Benchmarks.Data;

namespace CaseSdk.Benchmarks;

/// <summary>
/// Every case of a stub listing of a given number of pages, through each client: the SDK's <c>ListAllAsync</c>, and
/// the page loop a careful hand-written client runs over the baseline and over the Kiota-generated client (Kiota has
/// no paging helper). Each returns the number of cases it read.
/// </summary>
public static class Listings
{
    /// <summary>The stub's listing filter: <c>pages:N</c> makes a listing of N pages of <see cref="CaseBodies.PageSize"/>.</summary>
    public static string Filter(int pages) => "pages:" + pages.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<int> SdkListAll(Clients clients, int pages)
    {
        var filter = Filter(pages);
        var count = 0;
        await foreach (var item in clients.Sdk.Api.V2.Cases.ListAllAsync(q => q.Filter = filter).ConfigureAwait(false))
        {
            count += item.Id is null ? 0 : 1;
        }

        return count;
    }

    // What a careful hand-written loop does: ask page after page until meta.page.total says it was the last one.
    public static async Task<int> BaselineListAll(Clients clients, int pages)
    {
        var filter = Filter(pages);
        var count = 0;
        for (var number = 1; ; number++)
        {
            var page = await clients.Baseline.SearchCasesAsync(CaseBodies.PageSize, number, filter).ConfigureAwait(false);
            foreach (var item in page.Data ?? [])
            {
                count += item.Id is null ? 0 : 1;
            }

            if (page.Data is null || page.Data.Count < CaseBodies.PageSize || number >= page.Meta?.Page?.Total)
            {
                return count;
            }
        }
    }

    // The baseline's loop, over Kiota's request builders and models.
    public static async Task<int> KiotaListAll(Clients clients, int pages)
    {
        var filter = Filter(pages);
        var count = 0;
        for (var number = 1; ; number++)
        {
            var page = await clients.Kiota.Client.Api.V2.Cases.GetAsync(c =>
            {
                c.QueryParameters.Pagesize = CaseBodies.PageSize;
                c.QueryParameters.Pagenumber = number;
                c.QueryParameters.Filter = filter;
            }).ConfigureAwait(false);
            foreach (var item in page?.Data ?? [])
            {
                count += item.Id is null ? 0 : 1;
            }

            if (page?.Data is null || page.Data.Count < CaseBodies.PageSize || number >= page.Meta?.Page?.Total)
            {
                return count;
            }
        }
    }

    /// <summary>Fails unless <paramref name="listAll"/> read every case of a listing of <paramref name="pages"/> pages.</summary>
    public static void RequireComplete(Func<Clients, int, Task<int>> listAll, Clients clients, int pages, string who) =>
        ResultChecks.Require(
            listAll(clients, pages).GetAwaiter().GetResult() == pages * CaseBodies.PageSize,
            $"{who} listing of {pages:N0} pages");
}
