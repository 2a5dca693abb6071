using System.Diagnostics;
using CaseSdk.Testing.Hostile;

namespace CaseSdk.Tests;

/// <summary>The hostile-server toolkit keeps its own bounds: loopback only, a connection budget, a time limit per exchange.</summary>
public sealed class HostileServerTests
{
    [Test]
    public void Only_loopback_addresses_are_served()
    {
        Assert.Throws<ArgumentException>(() => HostileServer.Start(_ => Task.CompletedTask, address: "0.0.0.0"));
    }

    [Test]
    public async Task A_behaviour_that_never_ends_is_cut_at_the_exchange_timeout()
    {
        var server = HostileServer.Start(exchange => Task.Delay(Timeout.Infinite, exchange.Aborted), exchangeTimeout: TimeSpan.FromMilliseconds(300));
        using var http = new HttpClient();
        var started = Stopwatch.StartNew();

        Assert.That(async () => await http.GetAsync(server.BaseAddress), Throws.InstanceOf<HttpRequestException>());
        await server.DisposeAsync();

        Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task Connections_over_the_budget_are_reset()
    {
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(200, "{}"), maxConnections: 1);
        using var http = new HttpClient();

        using var first = await http.GetAsync(server.BaseAddress);
        Assert.That((int)first.StatusCode, Is.EqualTo(200));
        // The reset reaches HttpClient while it sets the connection up: usually wrapped, now and then a bare SocketException.
        Assert.That(async () => await http.GetAsync(server.BaseAddress), Throws.InstanceOf<HttpRequestException>().Or.InstanceOf<System.Net.Sockets.SocketException>());
        Assert.That(server.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_endless_body_stops_at_its_byte_budget()
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200);
            await exchange.RepeatAsync(HostileBodies.StringUnit, 1024 * 1024);
        });
        using var http = new HttpClient();

        var body = await http.GetByteArrayAsync(server.BaseAddress);

        Assert.That(body.Length, Is.InRange(1024 * 1024, (1024 * 1024) + (64 * 1024)));
    }

    [Test]
    public void A_gzip_bomb_is_small_on_the_wire_and_inflates_to_its_size()
    {
        var bomb = HostileBodies.GzipBomb(inflatedMiB: 8);
        using var inflating = new System.IO.Compression.GZipStream(new MemoryStream(bomb), System.IO.Compression.CompressionMode.Decompress);
        var buffer = new byte[81920];
        long inflated = 0;
        int read;
        while ((read = inflating.Read(buffer)) > 0)
        {
            inflated += read;
        }

        Assert.That(inflated, Is.EqualTo(8L * 1024 * 1024));
        Assert.That(bomb.Length, Is.LessThan(8 * 1024 * 8), "under 8 KiB of wire per MiB");
    }

    [Test]
    public async Task Reset_drops_the_connection_with_an_error_not_an_orderly_end()
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{");
            await Task.Delay(50);
            exchange.Reset();
        });
        using var http = new HttpClient();

        var error = await Assert.CatchAsync(async () => await http.GetByteArrayAsync(server.BaseAddress));

        Assert.That(error, Is.InstanceOf<HttpRequestException>().Or.InstanceOf<IOException>());
    }
}
