using System.Diagnostics;
using CaseSdk.Testing.Hostile;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>
/// The per-call cancellation machinery: a call's deadline, the caller's token and the client's disposal each end only
/// the calls they belong to, also when the deadline's token source serves one call after another.
/// </summary>
public sealed class CallDeadlineTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Test]
    public async Task A_caller_token_cancelled_after_its_call_ended_does_not_reach_later_calls()
    {
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(200, HostileClients.RolesJson));
        using var client = HostileClients.For(server);
        using var earlier = new CancellationTokenSource();

        await client.Api.V2.Roles.GetAsync(cancellationToken: earlier.Token);
        earlier.Cancel();

        // Each of these may run under the source the first call used: none may see the first caller's cancellation.
        for (var i = 0; i < 3; i++)
        {
            var roles = await client.Api.V2.Roles.GetAsync();
            Assert.That(roles.Data, Is.Empty);
        }

        Assert.That(server.Received, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task A_call_after_one_that_timed_out_gets_its_own_full_timeout()
    {
        var calls = 0;
        await using var server = HostileServer.Start(exchange =>
            Interlocked.Increment(ref calls) == 1 ? exchange.HangAsync() : exchange.RespondAsync(200, HostileClients.RolesJson));
        using var client = HostileClients.For(server, o => { o.Timeout = TimeSpan.FromMilliseconds(600); o.Retry.MaxRetries = 0; });

        var timedOut = await Assert.ThrowsAsync<TimeoutException>(() => client.Api.V2.Roles.GetAsync());
        var roles = await client.Api.V2.Roles.GetAsync();

        Assert.That(timedOut!.Message, Does.Contain("ListRoles"));
        Assert.That(roles.Data, Is.Empty);
    }

    [Test]
    public async Task Disposing_the_client_cancels_the_calls_in_flight_and_refuses_later_ones()
    {
        await using var server = HostileServer.Start(exchange => exchange.HangAsync());
        var client = HostileClients.For(server);
        var call = client.Api.V2.Roles.GetAsync();
        var waited = Stopwatch.StartNew();
        while (server.Received.IsEmpty && waited.Elapsed < Bound)
        {
            await Task.Delay(20);
        }

        Assert.That(server.Received, Is.Not.Empty, "the request reached the server");
        client.Dispose();

        // Canceled, as an HttpClient's pending requests are on its disposal: neither a timeout nor a transport failure.
        var error = await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () => await call.WaitAsync(Bound));
        Assert.That(error, Is.Not.InstanceOf<TimeoutException>());
        Assert.That(waited.Elapsed, Is.LessThan(Bound));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Api.V2.Roles.GetAsync());
    }
}
