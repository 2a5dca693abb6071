using System.Net;
using CaseSdk;
using CaseSdk.Models;
using NSubstitute;
using NUnit.Framework;

namespace Testing;

/// <summary>Fakes the client's calls with NSubstitute: nothing is sent, no credentials are needed.</summary>
public sealed class CaseDigestTests
{
    private DatadogClient _client = null!;

    [SetUp]
    public void CreateFakeClient() =>
        // The protected constructor makes a client without a connection; every member is virtual, and the builders
        // it returns (client.Api.V2.Cases["..."]) are faked on the fly, so only the final call needs setting up.
        _client = Substitute.For<DatadogClient>();

    [TearDown]
    public void DisposeFakeClient() => _client.Dispose();

    private static CaseResponse Case(string id, string title, CasePriority priority) => new()
    {
        Data = new Case { Id = id, Attributes = new CaseAttributes { Title = title, Priority = priority } },
    };

    [Test]
    public async Task Describes_the_case_the_client_returns()
    {
        _client.CaseManagement.GetCaseAsync("CASE-12", Arg.Any<CancellationToken>())
            .Returns(Case("CASE-12", "Disk full", CasePriority.P1));

        var line = await new CaseDigest(_client).DescribeAsync("CASE-12");

        Assert.That(line, Is.EqualTo("CASE-12: Disk full [P1]"));
        await _client.CaseManagement.Received(1).GetCaseAsync("CASE-12", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_missing_case_is_reported_with_the_request_id()
    {
        _client.CaseManagement.GetCaseAsync("CASE-404", Arg.Any<CancellationToken>())
            .Returns(Task.FromException<CaseResponse>(new DatadogApiException("GetCase", HttpStatusCode.NotFound, requestId: "req-7f3a")));

        var line = await new CaseDigest(_client).DescribeAsync("CASE-404");

        Assert.That(line, Is.EqualTo("CASE-404: not found (request id req-7f3a)"));
    }

    [TestCase(2, true)]
    [TestCase(4, true)]
    [TestCase(5, false)]
    [TestCase(80, false)]
    public async Task Pauses_when_the_rate_limit_remaining_runs_low(long remaining, bool shouldPause)
    {
        var response = new DatadogResponse<CaseResponse>(
            Case("CASE-12", "Disk full", CasePriority.P2),
            rateLimit: new RateLimitInfo { Limit = 100, Remaining = remaining },
            requestId: "req-1");
        _client.CaseManagement.GetCaseWithResponseAsync("CASE-12", Arg.Any<CancellationToken>())
            .Returns(response);

        var (line, pause) = await new CaseDigest(_client).DescribePacedAsync("CASE-12");

        Assert.That(line, Is.EqualTo("CASE-12: Disk full [P2]"));
        Assert.That(pause, Is.EqualTo(shouldPause));
    }

    [Test]
    public async Task No_rate_limit_headers_means_no_pause()
    {
        _client.CaseManagement.GetCaseWithResponseAsync("CASE-12", Arg.Any<CancellationToken>())
            .Returns(new DatadogResponse<CaseResponse>(Case("CASE-12", "Disk full", CasePriority.P3)));

        var (_, pause) = await new CaseDigest(_client).DescribePacedAsync("CASE-12");

        Assert.That(pause, Is.False);
    }

    [Test]
    public async Task Reads_the_page_count_and_titles_from_the_first_page()
    {
        // Fake pages: what the paging helper would have fetched, built with the page's public constructor.
        var pages = DatadogPageable<Case>.FromPages(
        [
            new DatadogPage<Case>([new Case { Attributes = new CaseAttributes { Title = "Disk full" } }, new Case { Attributes = new CaseAttributes { Title = "Slow API" } }], continuationToken: "2", position: "1", totalItems: 42, totalPages: 21),
            new DatadogPage<Case>([new Case { Attributes = new CaseAttributes { Title = "Never read" } }], continuationToken: null, position: "2", totalItems: 42, totalPages: 21),
        ]);
        _client.CaseManagement.SearchCasesWithPaginationAsync(Arg.Is<CaseSdk.Builders.SearchCasesQueryParameters?>(q => q != null && q.Filter == "status:open"), Arg.Any<CancellationToken>())
            .Returns(pages);

        var (pageCount, titles) = await new CaseDigest(_client).FirstPageAsync("status:open");

        Assert.That(pageCount, Is.EqualTo(21));
        Assert.That(titles, Is.EqualTo(new[] { "Disk full", "Slow API" }));
    }
}
