using System.Text;
using CaseSdk.Testing.Hostile;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>
/// Response bodies are bounded by MaxResponseBytes, counted after decompression while they stream: crossing it
/// is a DatadogResponseFormatException naming the operation and the limit, with memory near the limit.
/// </summary>
[NonParallelizable]
public sealed class ResponseLimitTests
{
    private const long Limit = 1024 * 1024;
    private const long OneGigabyte = 1L << 30;

    // Everything the call allocates, on every thread (the in-process server writes from one reused block).
    private const long AllocationBudget = 48L * 1024 * 1024;

    [Test]
    public void The_default_limit_is_64_MiB()
    {
        Assert.That(new DatadogClientOptions().MaxResponseBytes, Is.EqualTo(64L * 1024 * 1024));
    }

    [TestCase(0L)]
    [TestCase(-1L)]
    public void A_limit_that_is_not_positive_is_refused_at_construction(long limit)
    {
        var options = new DatadogClientOptions { Credentials = DatadogCredentials.FromApiKeys("k1", "k2"), MaxResponseBytes = limit };

        var error = Assert.Throws<ArgumentException>(() => new DatadogClient(options));

        Assert.That(error!.ParamName, Is.EqualTo("MaxResponseBytes"));
    }

    [Test]
    public async Task A_one_gigabyte_json_string_without_a_length_stops_at_the_limit()
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, ("Content-Type", "application/json"));
            await exchange.WriteAsync("{\"data\":{\"id\":\"CASE-1\",\"type\":\"case\",\"attributes\":{\"title\":\"");
            await exchange.RepeatAsync(HostileBodies.StringUnit, OneGigabyte);
        });

        await AssertTooLargeWithinBudget(server, client => client.Api.V2.Cases["CASE-1"].GetAsync(), "GetCase");
    }

    [Test]
    public async Task A_one_gigabyte_body_announced_by_its_length_is_refused_before_it_is_read()
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, ("Content-Type", "application/json"), ("Content-Length", OneGigabyte.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await exchange.WriteAsync("{\"data\":\"");
            await exchange.RepeatAsync(HostileBodies.StringUnit, OneGigabyte);
        });

        var error = await AssertTooLargeWithinBudget(server, client => client.Api.V2.Cases["CASE-1"].GetAsync(), "GetCase");
        Assert.That(error.Message, Does.Contain("1073741824"));
    }

    [Test]
    public async Task An_endless_array_stops_at_the_limit()
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, ("Content-Type", "application/json"));
            await exchange.WriteAsync("""{"data":[""");
            await exchange.RepeatAsync(HostileBodies.ArrayUnit, OneGigabyte);
        });

        await AssertTooLargeWithinBudget(server, client => client.Api.V2.Roles.GetAsync(), "ListRoles");
    }

    [Test]
    public async Task A_gzip_bomb_is_counted_after_decompression()
    {
        var bomb = HostileBodies.GzipBomb(inflatedMiB: 1024);
        Assert.That(bomb.Length, Is.LessThan(4 * 1024 * 1024), "about 1 MB on the wire for 1 GiB inflated");
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, ("Content-Type", "application/json"), ("Content-Encoding", "gzip"), ("Content-Length", bomb.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await exchange.WriteAsync(bomb);
        });

        await AssertTooLargeWithinBudget(server, client => client.Api.V2.Cases["CASE-1"].GetAsync(), "GetCase");
    }

    [Test]
    public async Task A_gzip_bomb_inflates_past_the_limit_only_when_the_limit_allows()
    {
        // The same kind of body, small enough to inflate whole under the default limit: proof the bomb is real gzip.
        var bomb = HostileBodies.GzipBomb(inflatedMiB: 3);
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, ("Content-Type", "application/json"), ("Content-Encoding", "gzip"), ("Content-Length", bomb.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await exchange.WriteAsync(bomb);
        });
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        Assert.That(error!.Message, Does.Not.Contain("MaxResponseBytes"), "3 MiB is under the default limit: the body is read whole and is merely unterminated JSON");
    }

    [TestCase(0)]
    [TestCase(1)]
    public async Task A_body_at_the_limit_is_read_and_one_byte_more_is_refused(int extra)
    {
        var json = HostileClients.CaseJson;
        var padded = json.Insert(json.Length - 1, new string(' ', (int)Limit - Encoding.UTF8.GetByteCount(json) + extra));
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(200, padded));
        using var client = HostileClients.For(server, o => o.MaxResponseBytes = Limit);

        if (extra == 0)
        {
            var found = await client.Api.V2.Cases["CASE-1"].GetAsync();
            Assert.That(found.Data!.Id, Is.EqualTo("CASE-1"));
        }
        else
        {
            var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());
            Assert.That(error!.Message, Does.Contain("MaxResponseBytes"));
        }
    }

    [Test]
    public async Task An_endless_error_body_gives_the_api_exception_with_a_bounded_excerpt()
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(500, ("Content-Type", "application/json"));
            await exchange.WriteAsync("{\"errors\":[\"");
            await exchange.RepeatAsync(HostileBodies.StringUnit, OneGigabyte);
        });
        using var client = HostileClients.For(server, o => o.Retry.MaxRetries = 0);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(AllocationBudget));
        Assert.That((int)error!.StatusCode, Is.EqualTo(500));
        Assert.That(error.RawBodyExcerpt!.Length, Is.LessThanOrEqualTo(2049));
    }

    private static async Task<DatadogResponseFormatException> AssertTooLargeWithinBudget<T>(HostileServer server, Func<DatadogClient, Task<T>> call, string operationId)
    {
        using var client = HostileClients.For(server, o => o.MaxResponseBytes = Limit);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var started = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => call(client));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        TestContext.Out.WriteLine($"{operationId}: {allocated / 1024} KiB allocated, {started.ElapsedMilliseconds} ms: {error?.Message}");
        Assert.That(allocated, Is.LessThan(AllocationBudget), "memory stays near the 1 MiB limit");
        Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(error!.OperationId, Is.EqualTo(operationId));
        Assert.That(error.Message, Does.Contain(operationId).And.Contain("MaxResponseBytes").And.Contain(Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await Task.CompletedTask;
        return error;
    }
}
