using System.Net;
using System.Text.Json.Nodes;
using CaseSdk.Models;
using CaseSdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

public sealed class PaginationTests
{
    [Test]
    public async Task Cases_walks_every_page_and_stops_after_the_short_one()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CasesPage(["c1", "c2"]))
            .Respond(HttpStatusCode.OK, CasesPage(["c3", "c4"]))
            .Respond(HttpStatusCode.OK, CasesPage(["c5"]));
        using var client = TestClients.Over(stub);

        var ids = await Ids(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id);

        Assert.That(ids, Is.EqualTo(new[] { "c1", "c2", "c3", "c4", "c5" }));
        Assert.That(stub.Requests.Select(r => Query(r, "page[number]")), Is.EqualTo(new[] { "1", "2", "3" }), "case search pages count from 1");
        Assert.That(stub.Requests.Select(r => Query(r, "page[size]")), Is.All.EqualTo("2"));
    }

    [Test]
    public async Task Cases_stop_on_the_last_page_meta_reports_without_asking_for_another()
    {
        // Both pages are full: only meta.page.total says there is no third page (the stub has no third answer).
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CasesPage(["c1", "c2"], current: 1, totalPages: 2))
            .Respond(HttpStatusCode.OK, CasesPage(["c3", "c4"], current: 2, totalPages: 2));
        using var client = TestClients.Over(stub);

        var ids = await Ids(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id);

        Assert.That(ids, Is.EqualTo(new[] { "c1", "c2", "c3", "c4" }));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Cases_stop_at_an_empty_page()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CasesPage(["c1", "c2"]))
            .Respond(HttpStatusCode.OK, """{"data":[]}""");
        using var client = TestClients.Over(stub);

        var ids = await Ids(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id);

        Assert.That(ids, Is.EqualTo(new[] { "c1", "c2" }));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Nothing_is_sent_until_enumeration_and_one_item_needs_one_request()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CasesPage(["c1", "c2"]))
            .Respond(HttpStatusCode.OK, CasesPage(["c3", "c4"]));
        using var client = TestClients.Over(stub);

        var all = client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2);
        Assert.That(stub.Requests, Is.Empty);

        var first = await all.Take(1).ToListAsync();

        Assert.That(first.Single().Id, Is.EqualTo("c1"));
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Next_page_is_requested_only_when_the_consumer_reaches_it()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CasesPage(["c1", "c2"]))
            .Respond(HttpStatusCode.OK, CasesPage(["c3"]));
        using var client = TestClients.Over(stub);

        await using var items = client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2).GetAsyncEnumerator();
        Assert.That(await items.MoveNextAsync(), Is.True);
        Assert.That(await items.MoveNextAsync(), Is.True);
        Assert.That(stub.Requests, Has.Count.EqualTo(1));

        Assert.That(await items.MoveNextAsync(), Is.True);
        Assert.That(items.Current.Id, Is.EqualTo("c3"));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Filters_are_sent_with_every_page_and_the_default_page_size_is_100()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CasesPage(Enumerable.Range(1, 100).Select(i => $"c{i}").ToArray()))
            .Respond(HttpStatusCode.OK, CasesPage(["c101"]));
        using var client = TestClients.Over(stub);

        var ids = await Ids(
            client.Api.V2.Cases.ListAllAsync(q =>
            {
                q.Filter = "status:open";
                q.SortField = CaseSortableField.Priority;
                q.SortAsc = false;
            }),
            c => c.Id);

        Assert.That(ids, Has.Count.EqualTo(101));
        foreach (var request in stub.Requests)
        {
            Assert.That(Query(request, "filter"), Is.EqualTo("status:open"));
            Assert.That(Query(request, "sort[field]"), Is.EqualTo("priority"));
            Assert.That(Query(request, "sort[asc]"), Is.EqualTo("false"));
            Assert.That(Query(request, "page[size]"), Is.EqualTo("100"));
        }

        Assert.That(stub.Requests.Select(r => Query(r, "page[number]")), Is.EqualTo(new[] { "1", "2" }));
    }

    [Test]
    public async Task A_page_number_the_caller_sets_is_where_the_listing_starts()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, CasesPage(["c7"]));
        using var client = TestClients.Over(stub);

        await Ids(client.Api.V2.Cases.ListAllAsync(q => (q.PageNumber, q.PageSize) = (3, 5)), c => c.Id);

        Assert.That(Query(stub.Requests.Single(), "page[number]"), Is.EqualTo("3"));
        Assert.That(Query(stub.Requests.Single(), "page[size]"), Is.EqualTo("5"));
    }

    [TestCase(0L)]
    [TestCase(101L)]
    [TestCase(-1L)]
    public void An_invalid_page_size_fails_at_the_call_before_any_request(long pageSize)
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Cases.ListAllAsync(q => q.PageSize = pageSize));

        Assert.That(error!.Message, Does.Contain("page[size]").And.Contain("SearchCases"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void A_negative_start_fails_at_the_call()
    {
        using var client = TestClients.Over(new StubHandler());

        Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Roles.ListAllAsync(q => q.PageNumber = -1));
#pragma warning disable CS0618 // Incident Teams are deprecated; still part of the SDK.
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Teams.ListAllAsync(q => q.PageOffset = -5));
#pragma warning restore CS0618
    }

    [Test]
    public async Task A_server_that_repeats_a_page_fails_instead_of_looping()
    {
        // The server ignores page[number]: every answer is the same full page.
        var stub = new StubHandler();
        for (var i = 0; i < 5; i++)
        {
            stub.Respond(HttpStatusCode.OK, CasesPage(["c1", "c2"]));
        }

        using var client = TestClients.Over(stub);
        var seen = new List<string?>();

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(async () =>
        {
            await foreach (var item in client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2))
            {
                seen.Add(item.Id);
            }
        });

        Assert.That(seen, Is.EqualTo(new[] { "c1", "c2" }));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
        Assert.That(error!.OperationId, Is.EqualTo("SearchCases"));
        Assert.That(error.Message, Does.Contain("page[number]=2").And.Contain("repeats the items of page 1"));
    }

    [Test]
    public async Task A_429_between_pages_is_retried_and_the_walk_continues()
    {
        var clock = new RecordingTimeProvider();
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CasesPage(["c1", "c2"]))
            .Respond((HttpStatusCode)429, """{"errors":["Too many requests"]}""", r => r.Headers.Add("X-RateLimit-Reset", "4"))
            .Respond(HttpStatusCode.OK, CasesPage(["c3"]));
        using var client = TestClients.Over(stub, o => o.TimeProvider = clock);

        var ids = await Ids(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id);

        Assert.That(ids, Is.EqualTo(new[] { "c1", "c2", "c3" }));
        Assert.That(stub.Requests.Select(r => Query(r, "page[number]")), Is.EqualTo(new[] { "1", "2", "2" }));
        Assert.That(clock.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromSeconds(4) }));
    }

    [Test]
    public async Task Cancelling_stops_the_enumeration()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CasesPage(["c1", "c2"]))
            .Respond(HttpStatusCode.OK, CasesPage(["c3", "c4"]));
        using var client = TestClients.Over(stub);
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string?>();

        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () =>
        {
            await foreach (var item in client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2).WithCancellation(cancellation.Token))
            {
                seen.Add(item.Id);
                cancellation.Cancel();
            }
        });

        Assert.That(seen, Is.EqualTo(new[] { "c1" }));
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_token_already_cancelled_sends_nothing()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () =>
        {
            await foreach (var _ in client.Api.V2.Cases.ListAllAsync(cancellationToken: new CancellationToken(canceled: true)))
            {
            }
        });
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task Roles_stop_when_total_count_is_reached()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, RolesPage("roles", ["r1", "r2"], totalCount: 4))
            .Respond(HttpStatusCode.OK, RolesPage("roles", ["r3", "r4"], totalCount: 4));
        using var client = TestClients.Over(stub);

        var ids = await Ids(client.Api.V2.Roles.ListAllAsync(q => { q.PageSize = 2; q.Filter = "admin"; }), r => r.Id);

        Assert.That(ids, Is.EqualTo(new[] { "r1", "r2", "r3", "r4" }));
        Assert.That(stub.Requests.Select(r => r.Uri.AbsolutePath), Is.All.EqualTo("/api/v2/roles"));
        Assert.That(stub.Requests.Select(r => Query(r, "page[number]")), Is.EqualTo(new[] { "0", "1" }));
        Assert.That(stub.Requests.Select(r => Query(r, "filter")), Is.All.EqualTo("admin"));
    }

    [Test]
    public async Task Role_users_walk_pages_under_the_role()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, RolesPage("users", ["u1", "u2"], totalCount: 3))
            .Respond(HttpStatusCode.OK, RolesPage("users", ["u3"], totalCount: 3));
        using var client = TestClients.Over(stub);

        var ids = await Ids(client.Api.V2.Roles["role 1"].Users.ListAllAsync(q => { q.PageSize = 2; q.Sort = "-email"; }), u => u.Id);

        Assert.That(ids, Is.EqualTo(new[] { "u1", "u2", "u3" }));
        Assert.That(stub.Requests.Select(r => r.Uri.AbsolutePath), Is.All.EqualTo("/api/v2/roles/role%201/users"));
        Assert.That(stub.Requests.Select(r => Query(r, "sort")), Is.All.EqualTo("-email"));
        Assert.That(stub.Requests.Select(r => Query(r, "page[number]")), Is.EqualTo(new[] { "0", "1" }));
    }

#pragma warning disable CS0618 // Incident Teams are deprecated; still part of the SDK.
    [Test]
    public async Task Incident_teams_follow_next_offset()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, TeamsPage(["t1", "t2"], offset: 0, nextOffset: 2))
            .Respond(HttpStatusCode.OK, TeamsPage(["t3", "t4"], offset: 2, nextOffset: 4))
            .Respond(HttpStatusCode.OK, TeamsPage(["t5"], offset: 4, nextOffset: 6));
        using var client = TestClients.Over(stub);

        var ids = await Ids(client.Api.V2.Teams.ListAllAsync(q => { q.PageSize = 2; q.Filter = "sre"; }), t => t.Id);

        Assert.That(ids, Is.EqualTo(new[] { "t1", "t2", "t3", "t4", "t5" }));
        Assert.That(stub.Requests.Select(r => Query(r, "page[offset]")), Is.EqualTo(new[] { "0", "2", "4" }));
        Assert.That(stub.Requests.Select(r => Query(r, "page[number]")), Is.All.Null);
        Assert.That(stub.Requests.Select(r => Query(r, "filter")), Is.All.EqualTo("sre"));
    }

    [Test]
    public async Task Incident_teams_stop_when_there_is_no_next_offset()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, TeamsPage(["t1", "t2"], offset: 0, nextOffset: null));
        using var client = TestClients.Over(stub);

        var ids = await Ids(client.Api.V2.Teams.ListAllAsync(q => q.PageSize = 2), t => t.Id);

        Assert.That(ids, Is.EqualTo(new[] { "t1", "t2" }));
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Incident_teams_stop_when_next_offset_does_not_advance()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, TeamsPage(["t1", "t2"], offset: 0, nextOffset: 2))
            .Respond(HttpStatusCode.OK, TeamsPage(["t3", "t4"], offset: 2, nextOffset: 2));
        using var client = TestClients.Over(stub);

        var ids = await Ids(client.Api.V2.Teams.ListAllAsync(q => q.PageSize = 2), t => t.Id);

        // A next offset at or before the current one names no further page: the list ends there, without a third request.
        Assert.That(ids, Is.EqualTo(new[] { "t1", "t2", "t3", "t4" }));
        Assert.That(stub.Requests.Select(r => Query(r, "page[offset]")), Is.EqualTo(new[] { "0", "2" }));
    }
#pragma warning restore CS0618

    [Test]
    public async Task Cases_are_paged_over_a_real_loopback_server()
    {
        var all = Enumerable.Range(1, 7).Select(i => $"case-{i}").ToArray();
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            var number = int.Parse(context.Request.Query["page[number]"]!, System.Globalization.CultureInfo.InvariantCulture);
            var size = int.Parse(context.Request.Query["page[size]"]!, System.Globalization.CultureInfo.InvariantCulture);
            var totalPages = (all.Length + size - 1) / size;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(CasesPage(all.Skip((number - 1) * size).Take(size).ToArray(), number, totalPages));
        });
        using var client = new DatadogClient(new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
            BaseAddress = server.BaseAddress,
        });

        var ids = await Ids(client.Api.V2.Cases.ListAllAsync(q => { q.PageSize = 3; q.Filter = "project:web"; }), c => c.Id);

        Assert.That(ids, Is.EqualTo(all));
        var received = server.Received.ToArray();
        Assert.That(received.Select(r => Uri.UnescapeDataString(r.PathAndQuery)), Is.EqualTo(new[]
        {
            "/api/v2/cases?page[size]=3&page[number]=1&filter=project:web",
            "/api/v2/cases?page[size]=3&page[number]=2&filter=project:web",
            "/api/v2/cases?page[size]=3&page[number]=3&filter=project:web",
        }));
        Assert.That(received.Select(r => r.Headers["DD-API-KEY"]), Is.All.EqualTo(TestClients.ApiKey));
    }

    private static async Task<List<string?>> Ids<T>(IAsyncEnumerable<T> items, Func<T, string?> id)
    {
        var ids = new List<string?>();
        await foreach (var item in items)
        {
            ids.Add(id(item));
        }

        return ids;
    }

    private static string? Query(RecordedRequest request, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(request.Uri.Query).TryGetValue(name, out var value) ? value.ToString() : null;

    private static string CasesPage(string[] ids, long? current = null, long? totalPages = null)
    {
        var page = new JsonObject { ["data"] = Items(ids, "case") };
        if (current is not null)
        {
            page["meta"] = new JsonObject { ["page"] = new JsonObject { ["current"] = current, ["size"] = ids.Length, ["total"] = totalPages } };
        }

        return page.ToJsonString();
    }

    private static string RolesPage(string type, string[] ids, long totalCount) => new JsonObject
    {
        ["data"] = Items(ids, type),
        ["meta"] = new JsonObject { ["page"] = new JsonObject { ["total_count"] = totalCount, ["total_filtered_count"] = totalCount } },
    }.ToJsonString();

    private static string TeamsPage(string[] ids, long offset, long? nextOffset)
    {
        var pagination = new JsonObject { ["offset"] = offset, ["size"] = ids.Length };
        if (nextOffset is not null)
        {
            pagination["next_offset"] = nextOffset;
        }

        return new JsonObject { ["data"] = Items(ids, "teams"), ["meta"] = new JsonObject { ["pagination"] = pagination } }.ToJsonString();
    }

    private static JsonArray Items(string[] ids, string type) =>
        new(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["type"] = type, ["attributes"] = new JsonObject { ["name"] = id } }).ToArray());
}
