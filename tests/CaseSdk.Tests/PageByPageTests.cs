using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CaseSdk.Builders;
using CaseSdk.Models;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;
using Microsoft.AspNetCore.Http;

namespace CaseSdk.Tests;

/// <summary>The operation groups' lists page by page: totals, continuation tokens, resuming, and fakes built from pages.</summary>
public sealed class PageByPageTests
{
    private static readonly string[] AllCases = Enumerable.Range(1, 7).Select(i => $"case-{i}").ToArray();

    [Test]
    public async Task Pages_carry_totals_and_positions_and_hold_exactly_the_items()
    {
        await using var server = await CaseServer();
        using var client = ClientOf(server);
        var query = new SearchCasesQueryParameters { PageSize = 3, Filter = "project:web" };

        var pages = await client.CaseManagement.SearchCasesWithPaginationAsync(query).AsPages().ToListAsync();
        var items = await client.CaseManagement.SearchCasesWithPaginationAsync(query).ToListAsync();

        Assert.That(pages.Select(p => p.Items.Count), Is.EqualTo(new[] { 3, 3, 1 }));
        Assert.That(pages.Select(p => p.TotalPages), Is.All.EqualTo(3));
        Assert.That(pages.Select(p => p.Position), Is.EqualTo(new[] { "1", "2", "3" }));
        Assert.That(pages.Select(p => p.ContinuationToken), Is.EqualTo(new[] { "2", "3", null }));
        Assert.That(pages.SelectMany(p => p.Items).Select(c => c.Id), Is.EqualTo(AllCases));
        Assert.That(items.Select(c => c.Id), Is.EqualTo(AllCases));
        Assert.That(server.Received.Select(r => Uri.UnescapeDataString(r.PathAndQuery)), Is.All.Contains("filter=project:web").And.All.Contains("page[size]=3"));
    }

    [Test]
    public async Task A_continuation_token_resumes_where_the_page_left_off()
    {
        await using var server = await CaseServer();
        using var client = ClientOf(server);
        var query = new SearchCasesQueryParameters { PageSize = 3 };
        var first = await client.CaseManagement.SearchCasesWithPaginationAsync(query).AsPages().FirstAsync();

        var rest = await client.CaseManagement.SearchCasesWithPaginationAsync(query).AsPages(first.ContinuationToken).ToListAsync();

        Assert.That(first.Items.Select(c => c.Id), Is.EqualTo(AllCases.Take(3)));
        Assert.That(rest.SelectMany(p => p.Items).Select(c => c.Id), Is.EqualTo(AllCases.Skip(3)));
        Assert.That(server.Received.Select(r => Uri.UnescapeDataString(r.PathAndQuery)).Skip(1).First(), Does.Contain("page[number]=2"));
    }

    [TestCase("two")]
    [TestCase("0")]
    [TestCase("-1")]
    public void A_token_the_list_cannot_resume_from_is_refused_before_anything_is_sent(string token)
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[]}""");
        using var client = TestClients.Over(stub);

        var error = Assert.Throws<ArgumentException>(() => client.CaseManagement.SearchCasesWithPaginationAsync().AsPages(token));

        Assert.That(error!.ParamName, Is.EqualTo("continuationToken"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task Role_pages_report_the_total_number_of_items()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, RolesPage(["r1", "r2"], totalCount: 3))
            .Respond(HttpStatusCode.OK, RolesPage(["r3"], totalCount: 3));
        using var client = TestClients.Over(stub);

        var pages = await client.Roles.ListRolesWithPaginationAsync(new ListRolesQueryParameters { PageSize = 2 }).AsPages().ToListAsync();

        Assert.That(pages.Select(p => p.TotalItems), Is.EqualTo(new long?[] { 3, 3 }));
        Assert.That(pages.Select(p => p.ContinuationToken), Is.EqualTo(new[] { "1", null }), "roles page from 0");
        Assert.That(stub.Requests.Select(r => Uri.UnescapeDataString(r.Uri.Query)), Is.EqualTo(new[] { "?page[size]=2&page[number]=0", "?page[size]=2&page[number]=1" }));
    }

    [Test]
    public async Task The_call_keeps_the_query_as_it_was_when_called()
    {
        await using var server = await CaseServer();
        using var client = ClientOf(server);
        var query = new SearchCasesQueryParameters { PageSize = 3, Filter = "a" };

        var list = client.CaseManagement.SearchCasesWithPaginationAsync(query);
        query.Filter = "b";
        await list.ToListAsync();

        Assert.That(server.Received.Select(r => Uri.UnescapeDataString(r.PathAndQuery)), Is.All.Contains("filter=a"));
    }

    [Test]
    public async Task Fake_pages_make_a_list_for_tests_and_resume_after_a_token()
    {
        var pages = new[]
        {
            new DatadogPage<Case>([new Case { Id = "a" }, new Case { Id = "b" }], continuationToken: "2", position: "1", totalItems: 3),
            new DatadogPage<Case>([new Case { Id = "c" }], continuationToken: null, position: "2", totalItems: 3),
        };
        var list = DatadogPageable<Case>.FromPages(pages);

        var items = await list.ToListAsync();
        var resumed = await list.AsPages("2").ToListAsync();

        Assert.That(items.Select(c => c.Id), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(resumed.Single().Items.Single().Id, Is.EqualTo("c"));
        Assert.That(() => list.AsPages("9"), Throws.ArgumentException);
    }

    private static DatadogClient ClientOf(LoopbackServer server) => new(new DatadogClientOptions
    {
        Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
        BaseAddress = server.BaseAddress,
    });

    private static Task<LoopbackServer> CaseServer() => LoopbackServer.StartAsync(context =>
    {
        var number = int.Parse(context.Request.Query["page[number]"]!, CultureInfo.InvariantCulture);
        var size = int.Parse(context.Request.Query["page[size]"]!, CultureInfo.InvariantCulture);
        var totalPages = (AllCases.Length + size - 1) / size;
        var ids = AllCases.Skip((number - 1) * size).Take(size).ToArray();
        var page = new JsonObject
        {
            ["data"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["type"] = "case" }).ToArray()),
            ["meta"] = new JsonObject { ["page"] = new JsonObject { ["current"] = number, ["size"] = ids.Length, ["total"] = totalPages } },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(page.ToJsonString());
    });

    private static string RolesPage(string[] ids, long totalCount) => new JsonObject
    {
        ["data"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["type"] = "roles" }).ToArray()),
        ["meta"] = new JsonObject { ["page"] = new JsonObject { ["total_count"] = totalCount, ["total_filtered_count"] = totalCount } },
    }.ToJsonString();
}
