using System.Diagnostics;
using CaseSdk.Testing.Hostile;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>
/// The deadline covers the whole call — token provider, attempts, retry waits, body — and a call never outlives
/// Timeout by more than the documented margin (2 s).
/// </summary>
public sealed class DeadlineTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(600);
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(2);

    [Test]
    public async Task A_token_provider_that_ignores_its_token_is_abandoned_at_the_deadline()
    {
        var neverDone = new TaskCompletionSource<string>();
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(200, HostileClients.RolesJson));
        using var client = HostileClients.For(server, o =>
        {
            o.Timeout = ShortTimeout;
            o.Credentials = DatadogCredentials.FromAccessTokenProvider(_ => new ValueTask<string>(neverDone.Task));
        });

        var error = await AssertEndsWithinTimeout<TimeoutException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error.Message, Does.Contain("ListRoles"));
        Assert.That(server.Received, Is.Empty, "nothing is sent without a token");
    }

    [Test]
    public async Task A_slow_token_provider_that_honours_cancellation_is_cancelled_at_the_deadline()
    {
        CancellationToken seen = default;
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(200, HostileClients.RolesJson));
        using var client = HostileClients.For(server, o =>
        {
            o.Timeout = ShortTimeout;
            o.Credentials = DatadogCredentials.FromAccessTokenProvider(async token =>
            {
                seen = token;
                await Task.Delay(TimeSpan.FromSeconds(30), token);
                return "late-token";
            });
        });

        await AssertEndsWithinTimeout<TimeoutException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(seen.IsCancellationRequested, Is.True, "the provider got the call's deadline");
    }

    [Test]
    public async Task Retry_waits_longer_than_the_deadline_end_at_the_deadline()
    {
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(503, headers: [("Retry-After", "30")]));
        // The real clock: the 30 s wait (capped by MaxDelay 60 s) really starts.
        using var client = HostileClients.For(server, o => o.Timeout = ShortTimeout, clock: TimeProvider.System);

        await AssertEndsWithinTimeout<TimeoutException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(server.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Many_quick_failures_and_back_offs_still_end_at_the_deadline()
    {
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(500), maxConnections: 16);
        using var client = HostileClients.For(server, o => { o.Timeout = ShortTimeout; o.Retry.MaxRetries = 10; o.Retry.BaseDelay = TimeSpan.FromMilliseconds(200); }, clock: TimeProvider.System);

        await AssertEndsWithinTimeout<TimeoutException>(() => client.Api.V2.Roles.GetAsync());
    }

    [Test]
    public async Task A_server_that_never_answers_ends_at_the_deadline()
    {
        await using var server = HostileServer.Start(exchange => exchange.HangAsync());
        using var client = HostileClients.For(server, o => o.Timeout = ShortTimeout);

        await AssertEndsWithinTimeout<TimeoutException>(() => client.Api.V2.Roles.GetAsync());
    }

    [Test]
    public async Task Headers_trickled_a_byte_at_a_time_end_at_the_deadline()
    {
        await using var server = HostileServer.Start(exchange => exchange.TrickleAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n{}"u8.ToArray(), TimeSpan.FromMilliseconds(50)));
        using var client = HostileClients.For(server, o => o.Timeout = ShortTimeout);

        await AssertEndsWithinTimeout<TimeoutException>(() => client.Api.V2.Roles.GetAsync());
    }

    [TestCase(200)]
    [TestCase(404)]
    public async Task A_body_trickled_a_byte_at_a_time_ends_at_the_deadline(int status)
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(status, ("Content-Type", "application/json"), ("Content-Length", "100000"));
            await exchange.TrickleAsync(new byte[100_000].Select(_ => (byte)' ').ToArray(), TimeSpan.FromMilliseconds(20));
        });
        using var client = HostileClients.For(server, o => o.Timeout = ShortTimeout);

        await AssertEndsWithinTimeout<TimeoutException>(() => client.Api.V2.Roles.GetAsync());
    }

    [Test]
    public async Task A_slow_endless_body_under_the_size_limit_ends_at_the_deadline()
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, ("Content-Type", "application/json"));
            await exchange.WriteAsync("""{"data":[""");
            for (var i = 0; i < 10_000; i++)
            {
                await exchange.WriteAsync(HostileBodies.ArrayUnit);
                await Task.Delay(10, exchange.Aborted);
            }
        });
        using var client = HostileClients.For(server, o => o.Timeout = ShortTimeout);

        await AssertEndsWithinTimeout<TimeoutException>(() => client.Api.V2.Roles.GetAsync());
    }

    private static async Task<T> AssertEndsWithinTimeout<T>(Func<Task> call)
        where T : Exception
    {
        var started = Stopwatch.StartNew();
        T? caught = null;
        try
        {
            await call();
        }
        catch (T e)
        {
            caught = e;
        }

        var elapsed = started.Elapsed;
        TestContext.Out.WriteLine($"ended after {elapsed.TotalMilliseconds:0} ms (Timeout {ShortTimeout.TotalMilliseconds} ms)");
        Assert.That(caught, Is.Not.Null, $"expected {typeof(T).Name}");
        Assert.That(elapsed, Is.LessThan(ShortTimeout + Margin));
        Assert.That(elapsed, Is.GreaterThanOrEqualTo(ShortTimeout - TimeSpan.FromMilliseconds(50)), "it did not fail early for another reason");
        return caught!;
    }
}
