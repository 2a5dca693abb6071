using System.Diagnostics;
using System.Text.Json.Nodes;
using CaseSdk.Testing;
using CaseSdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseSdk.Tests;

/// <summary>Every <c>ListAllAsync</c> ends: on each stop signal the API gives, and on servers that would make it loop.</summary>
public sealed class PagingTerminationTests
{
    // ---- pages that repeat ----

    [Test]
    public async Task Cases_alternating_pages_fail_on_the_first_repeat()
    {
        var handler = new PageHandler((_, i) => Page(i % 2 == 0 ? ["a1", "a2"] : ["b1", "b2"]));
        using var client = Over(handler);
        var seen = new List<string?>();

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => Collect(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id, seen));

        Assert.That(seen, Is.EqualTo(new[] { "a1", "a2", "b1", "b2" }));
        Assert.That(handler.Requests, Has.Count.EqualTo(3));
        Assert.That(error!.OperationId, Is.EqualTo("SearchCases"));
        Assert.That(error.Message, Does.Contain("SearchCases").And.Contain("page[number]=3").And.Contain("repeats the items of page 1"));
    }

    [Test]
    public async Task A_repeat_of_any_earlier_page_is_caught_not_only_the_previous_one()
    {
        // A, B, C, D, B: the repeat is three pages back.
        string[][] pages = [["a1", "a2"], ["b1", "b2"], ["c1", "c2"], ["d1", "d2"], ["b1", "b2"]];
        var handler = new PageHandler((_, i) => Page(pages[Math.Min(i, pages.Length - 1)]));
        using var client = Over(handler);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => Collect(client.Api.V2.Roles.ListAllAsync(q => q.PageSize = 2), r => r.Id));

        Assert.That(handler.Requests, Has.Count.EqualTo(5));
        Assert.That(error!.Message, Does.Contain("ListRoles").And.Contain("page[number]=4").And.Contain("repeats the items of page 2"));
    }

    [Test]
    public async Task Role_users_alternating_pages_fail()
    {
        var handler = new PageHandler((_, i) => Page(i % 2 == 0 ? ["u1", "u2"] : ["u3", "u4"], type: "users"));
        using var client = Over(handler);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => Collect(client.Api.V2.Roles["r1"].Users.ListAllAsync(q => q.PageSize = 2), u => u.Id));

        Assert.That(handler.Requests, Has.Count.EqualTo(3));
        Assert.That(error!.OperationId, Is.EqualTo("ListRoleUsers"));
    }

#pragma warning disable CS0618 // Incident Teams are deprecated; still part of the SDK.
    [Test]
    public async Task Teams_alternating_pages_with_advancing_offsets_fail()
    {
        var handler = new PageHandler((_, i) => Page(i % 2 == 0 ? ["t1", "t2"] : ["t3", "t4"], type: "teams", nextOffset: 2L * (i + 1)));
        using var client = Over(handler);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => Collect(client.Api.V2.Teams.ListAllAsync(q => q.PageSize = 2), t => t.Id));

        Assert.That(handler.Requests, Has.Count.EqualTo(3));
        Assert.That(error!.Message, Does.Contain("ListIncidentTeams").And.Contain("page[offset]=4"));
    }
#pragma warning restore CS0618

    // ---- items without ids ----

    [Test]
    public async Task Items_without_ids_are_told_apart_by_content_and_a_repeat_still_fails()
    {
        var handler = new PageHandler((_, _) => IdLessPage(["same", "page"]));
        using var client = Over(handler);
        var seen = new List<string?>();

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => Collect(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Attributes?.Title, seen));

        Assert.That(seen, Is.EqualTo(new[] { "same", "page" }));
        Assert.That(handler.Requests, Has.Count.EqualTo(2));
        Assert.That(error!.Message, Does.Contain("repeats the items of page 1"));
    }

    [Test]
    public async Task Items_without_ids_but_different_content_are_all_read()
    {
        string[][] pages = [["t1", "t2"], ["t3", "t4"], ["t5"]];
        var handler = new PageHandler((_, i) => IdLessPage(pages[i]), maxRequests: 3);
        using var client = Over(handler);
        var seen = new List<string?>();

        await Collect(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Attributes?.Title, seen);

        Assert.That(seen, Is.EqualTo(new[] { "t1", "t2", "t3", "t4", "t5" }));
    }

    [Test]
    public async Task Null_items_and_pages_without_a_list_do_not_break_the_walk()
    {
        string[] bodies = ["""{"data":[null,{"id":"c1","type":"case"}]}""", """{"data":null}"""];
        var handler = new PageHandler((_, i) => bodies[i], maxRequests: 2);
        using var client = Over(handler);
        var seen = new List<string?>();

        await Collect(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c?.Id, seen);

        Assert.That(seen, Is.EqualTo(new[] { null, "c1" }));
        Assert.That(handler.Requests, Has.Count.EqualTo(2));
    }

    // ---- endless full pages ----

    [Test]
    public async Task Endless_distinct_full_pages_stop_at_the_configured_maximum()
    {
        var handler = new PageHandler((_, i) => Page([$"c{2 * i}", $"c{2 * i + 1}"]));
        using var client = Over(handler, o => o.Paging.MaxPages = 25);
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => Collect(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id));

        Assert.That(handler.Requests, Has.Count.EqualTo(25));
        Assert.That(error!.Message, Does.Contain("SearchCases").And.Contain("25 pages").And.Contain("MaxPages").And.Contain("page[number]=26"));
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

#pragma warning disable CS0618 // Incident Teams are deprecated; still part of the SDK.
    [Test]
    public async Task Endless_offset_pages_stop_at_the_maximum()
    {
        var handler = new PageHandler((_, i) => Page([$"t{2 * i}", $"t{2 * i + 1}"], type: "teams", nextOffset: 2L * (i + 1)));
        using var client = Over(handler, o => o.Paging.MaxPages = 3);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => Collect(client.Api.V2.Teams.ListAllAsync(q => q.PageSize = 2), t => t.Id));

        Assert.That(handler.Requests, Has.Count.EqualTo(3));
        Assert.That(error!.Message, Does.Contain("ListIncidentTeams").And.Contain("3 pages"));
    }
#pragma warning restore CS0618

    [Test]
    public void Max_pages_defaults_to_ten_thousand_and_is_validated_at_construction()
    {
        Assert.That(new DatadogClientOptions().Paging.MaxPages, Is.EqualTo(10_000).And.EqualTo(DatadogPagingOptions.DefaultMaxPages));

        var zero = Assert.Throws<ArgumentException>(() => Over(new PageHandler((_, _) => "{}"), o => o.Paging.MaxPages = 0));
        Assert.That(zero!.Message, Does.Contain("Paging.MaxPages"));
        Assert.Throws<ArgumentException>(() => Over(new PageHandler((_, _) => "{}"), o => o.Paging = null!));
        Assert.Throws<ArgumentException>(() => Over(new PageHandler((_, _) => "{}"), o => o.Paging.MaxPages = DatadogPagingOptions.MaxMaxPages + 1));
    }

    // ---- every stop signal ----

    [Test]
    public async Task Cases_stop_on_meta_page_total_counted_from_page_one()
    {
        // Full pages throughout: only meta.page.total (pages) ends the walk, after page 3 of 3.
        var handler = new PageHandler((_, i) => Page([$"c{2 * i}", $"c{2 * i + 1}"], totalPages: 3), maxRequests: 3);
        using var client = Over(handler);

        var ids = await Collect(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id);

        Assert.That(ids, Has.Count.EqualTo(6));
        Assert.That(handler.Requests.Select(u => Query(u, "page[number]")), Is.EqualTo(new[] { "1", "2", "3" }));
    }

    [Test]
    public async Task Cases_started_later_stop_on_the_same_last_page()
    {
        var handler = new PageHandler((_, i) => Page([$"c{2 * i}", $"c{2 * i + 1}"], totalPages: 4), maxRequests: 2);
        using var client = Over(handler);

        await Collect(client.Api.V2.Cases.ListAllAsync(q => (q.PageNumber, q.PageSize) = (3, 2)), c => c.Id);

        Assert.That(handler.Requests.Select(u => Query(u, "page[number]")), Is.EqualTo(new[] { "3", "4" }));
    }

    [TestCase(0L)]
    [TestCase(-3L)]
    public async Task A_total_of_zero_or_less_ends_after_the_page_in_hand(long total)
    {
        var handler = new PageHandler((_, i) => Page([$"c{2 * i}", $"c{2 * i + 1}"], totalPages: total), maxRequests: 1);
        using var client = Over(handler);

        var ids = await Collect(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id);

        Assert.That(ids, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Roles_stop_on_total_filtered_count_before_total_count()
    {
        var handler = new PageHandler((_, i) => Page([$"r{2 * i}", $"r{2 * i + 1}"], totalCount: 50, totalFilteredCount: 4), maxRequests: 2);
        using var client = Over(handler);

        var ids = await Collect(client.Api.V2.Roles.ListAllAsync(q => { q.PageSize = 2; q.Filter = "adm"; }), r => r.Id);

        Assert.That(ids, Has.Count.EqualTo(4));
        Assert.That(handler.Requests.Select(u => Query(u, "page[number]")), Is.EqualTo(new[] { "0", "1" }));
    }

    [Test]
    public async Task Role_users_stop_on_total_count_alone()
    {
        var handler = new PageHandler((_, i) => Page([$"u{2 * i}", $"u{2 * i + 1}"], type: "users", totalCount: 6), maxRequests: 3);
        using var client = Over(handler);

        var ids = await Collect(client.Api.V2.Roles["r1"].Users.ListAllAsync(q => q.PageSize = 2), u => u.Id);

        Assert.That(ids, Has.Count.EqualTo(6));
        Assert.That(handler.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_short_page_and_an_empty_page_each_end_the_walk()
    {
        var shortPage = new PageHandler((_, i) => Page(i == 0 ? ["c1", "c2"] : ["c3"]), maxRequests: 2);
        var emptyPage = new PageHandler((_, i) => Page(i == 0 ? ["c1", "c2"] : []), maxRequests: 2);
        using var first = Over(shortPage);
        using var second = Over(emptyPage);

        Assert.That(await Collect(first.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id), Has.Count.EqualTo(3));
        Assert.That(await Collect(second.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id), Has.Count.EqualTo(2));
        Assert.That(shortPage.Requests, Has.Count.EqualTo(2));
        Assert.That(emptyPage.Requests, Has.Count.EqualTo(2));
    }

#pragma warning disable CS0618 // Incident Teams are deprecated; still part of the SDK.
    [TestCase(null, TestName = "Teams stop without next_offset")]
    [TestCase(0L, TestName = "Teams stop when next_offset goes back")]
    [TestCase(2L, TestName = "Teams stop when next_offset stays put")]
    public async Task Teams_stop_when_next_offset_names_no_further_page(long? secondNextOffset)
    {
        var handler = new PageHandler((_, i) => Page(i == 0 ? ["t1", "t2"] : ["t3", "t4"], type: "teams", nextOffset: i == 0 ? 2 : secondNextOffset), maxRequests: 2);
        using var client = Over(handler);

        var ids = await Collect(client.Api.V2.Teams.ListAllAsync(q => q.PageSize = 2), t => t.Id);

        Assert.That(ids, Is.EqualTo(new[] { "t1", "t2", "t3", "t4" }));
        Assert.That(handler.Requests.Select(u => Query(u, "page[offset]")), Is.EqualTo(new[] { "0", "2" }));
    }

    [Test]
    public async Task Teams_follow_next_offset_even_when_it_skips_ahead()
    {
        var handler = new PageHandler((_, i) => Page(i == 0 ? ["t1", "t2"] : ["t9"], type: "teams", nextOffset: i == 0 ? 8 : null), maxRequests: 2);
        using var client = Over(handler);

        await Collect(client.Api.V2.Teams.ListAllAsync(q => q.PageSize = 2), t => t.Id);

        Assert.That(handler.Requests.Select(u => Query(u, "page[offset]")), Is.EqualTo(new[] { "0", "8" }));
    }
#pragma warning restore CS0618

    // ---- where each list starts, what it sends by default ----

#pragma warning disable CS0618 // Incident Teams are deprecated; still part of the SDK.
    [Test]
    public async Task Each_list_starts_where_its_spec_says_with_its_default_page_size()
    {
        var handler = new PageHandler((_, _) => Page(["only"]), maxRequests: 4);
        using var client = Over(handler);

        await Collect(client.Api.V2.Cases.ListAllAsync(), c => c.Id);
        await Collect(client.Api.V2.Roles.ListAllAsync(), r => r.Id);
        await Collect(client.Api.V2.Roles["r1"].Users.ListAllAsync(), u => u.Id);
        await Collect(client.Api.V2.Teams.ListAllAsync(), t => t.Id);

        Assert.That(handler.Requests.Select(u => u.AbsolutePath), Is.EqualTo(new[] { "/api/v2/cases", "/api/v2/roles", "/api/v2/roles/r1/users", "/api/v2/teams" }));
        Assert.That(handler.Requests.Select(u => Query(u, "page[number]")), Is.EqualTo(new[] { "1", "0", "0", null }));
        Assert.That(handler.Requests.Select(u => Query(u, "page[offset]")), Is.EqualTo(new[] { null, null, null, "0" }));
        // The documented maximum (100 for every list: the fewest requests the API allows).
        Assert.That(handler.Requests.Select(u => Query(u, "page[size]")), Is.EqualTo(new[] { "100", "100", "100", "100" }));
    }

    [Test]
    public void Values_below_each_lists_start_or_outside_the_spec_bounds_fail_before_any_request()
    {
        var handler = new PageHandler((_, _) => Page([]), maxRequests: 0);
        using var client = Over(handler);

        var belowStart = Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Cases.ListAllAsync(q => q.PageNumber = 0));
        Assert.That(belowStart!.Message, Does.Contain("SearchCases").And.Contain("page[number]").And.Contain("at least 1"));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Roles.ListAllAsync(q => q.PageSize = 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Roles["r1"].Users.ListAllAsync(q => q.PageNumber = -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Teams.ListAllAsync(q => q.PageSize = 101));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Teams.ListAllAsync(q => q.PageOffset = -1));
        Assert.That(handler.Requests, Is.Empty);
    }
#pragma warning restore CS0618

    [Test]
    public async Task A_page_size_the_caller_sets_within_the_spec_is_sent_on_every_page()
    {
        // A page size below the documented maximum is the caller's choice, and every page asks for it.
        var handler = new PageHandler((_, i) => Page(i < 2 ? Enumerable.Range(0, 30).Select(n => $"r{i}-{n}").ToArray() : []), maxRequests: 3);
        using var client = Over(handler);

        var ids = await Collect(client.Api.V2.Roles.ListAllAsync(q => q.PageSize = 30), r => r.Id);

        Assert.That(ids, Has.Count.EqualTo(60));
        Assert.That(handler.Requests.Select(u => Query(u, "page[size]")), Is.All.EqualTo("30"));
    }

    // ---- over a real socket ----

    [Test]
    public async Task A_loopback_server_serving_alternating_pages_is_stopped()
    {
        var served = 0;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            var n = Interlocked.Increment(ref served);
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(Page(n % 2 == 1 ? ["a1", "a2"] : ["b1", "b2"], totalPages: 1_000_000));
        });
        using var client = new DatadogClient(new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
            BaseAddress = server.BaseAddress,
            Paging = { MaxPages = 50 },
        });

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => Collect(client.Api.V2.Cases.ListAllAsync(q => q.PageSize = 2), c => c.Id));

        Assert.That(error!.Message, Does.Contain("SearchCases").And.Contain("page[number]=3"));
        Assert.That(server.Received.Select(r => Uri.UnescapeDataString(r.PathAndQuery)), Is.EqualTo(new[]
        {
            "/api/v2/cases?page[size]=2&page[number]=1",
            "/api/v2/cases?page[size]=2&page[number]=2",
            "/api/v2/cases?page[size]=2&page[number]=3",
        }));
    }

    private static DatadogClient Over(PageHandler handler, Action<DatadogClientOptions>? configure = null)
    {
        var options = new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
            HttpMessageHandler = handler,
            TimeProvider = new RecordingTimeProvider(),
        };
        configure?.Invoke(options);
        return new DatadogClient(options);
    }

    private static async Task<List<string?>> Collect<T>(IAsyncEnumerable<T> items, Func<T, string?> key, List<string?>? into = null)
    {
        into ??= [];
        await foreach (var item in items)
        {
            into.Add(key(item));
        }

        return into;
    }

    private static string? Query(Uri uri, string name) =>
        QueryHelpers.ParseQuery(uri.Query).TryGetValue(name, out var value) ? value.ToString() : null;

    private static string Page(string[] ids, string type = "case", long? totalPages = null, long? totalCount = null, long? totalFilteredCount = null, long? nextOffset = null)
    {
        var page = new JsonObject();
        if (totalPages is not null)
        {
            page["total"] = totalPages;
        }

        if (totalCount is not null)
        {
            page["total_count"] = totalCount;
        }

        if (totalFilteredCount is not null)
        {
            page["total_filtered_count"] = totalFilteredCount;
        }

        var meta = new JsonObject { ["page"] = page };
        if (nextOffset is not null)
        {
            meta["pagination"] = new JsonObject { ["next_offset"] = nextOffset };
        }

        return new JsonObject
        {
            ["data"] = new JsonArray(ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["type"] = type, ["attributes"] = new JsonObject { ["name"] = id } }).ToArray()),
            ["meta"] = meta,
        }.ToJsonString();
    }

    private static string IdLessPage(string[] titles) => new JsonObject
    {
        ["data"] = new JsonArray(titles.Select(t => (JsonNode)new JsonObject { ["type"] = "case", ["attributes"] = new JsonObject { ["title"] = t } }).ToArray()),
    }.ToJsonString();
}
