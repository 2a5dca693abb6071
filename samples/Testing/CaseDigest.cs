using System.Net;
using CaseSdk;

namespace Testing;

/// <summary>
/// The application code under test: it takes a <see cref="DatadogClient"/> (from dependency injection or
/// <c>new DatadogClient(options)</c>) and turns cases into one-line digests.
/// </summary>
public sealed class CaseDigest(DatadogClient client)
{
    /// <summary>How few requests may remain in the rate-limit period before <see cref="DescribePacedAsync"/> says to pause.</summary>
    public const long PauseBelow = 5;

    /// <summary>A line such as <c>CASE-12: Disk full [P1]</c>; a case that does not exist says so, with the request id.</summary>
    public async Task<string> DescribeAsync(string caseId, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await client.CaseManagement.GetCaseAsync(caseId, cancellationToken);
            return Line(caseId, response.Data?.Attributes);
        }
        catch (DatadogApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return $"{caseId}: not found (request id {e.RequestId ?? "none"})";
        }
    }

    /// <summary>The digest line, and whether to pause before the next call because the rate limit is nearly used up.</summary>
    public async Task<(string Line, bool ShouldPause)> DescribePacedAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var response = await client.CaseManagement.GetCaseWithResponseAsync(caseId, cancellationToken);
        var shouldPause = response.RateLimit?.Remaining is { } remaining && remaining < PauseBelow;
        return (Line(caseId, response.Value.Data?.Attributes), shouldPause);
    }

    /// <summary>How many pages of cases match <paramref name="filter"/>, as the first page says, and the titles on that page.</summary>
    public async Task<(long? Pages, IReadOnlyList<string> FirstTitles)> FirstPageAsync(string filter, CancellationToken cancellationToken = default)
    {
        await foreach (var page in client.CaseManagement.SearchCasesWithPaginationAsync(new() { Filter = filter }, cancellationToken).AsPages())
        {
            return (page.TotalPages, page.Items.Select(c => c.Attributes?.Title ?? "(untitled)").ToList());
        }

        return (0, []);
    }

    private static string Line(string caseId, CaseSdk.Models.CaseAttributes? attributes) =>
        $"{caseId}: {attributes?.Title ?? "(untitled)"} [{attributes?.Priority?.ToString() ?? "no priority"}]";
}
