using System.Diagnostics;
using System.Text;
using CaseSdk.Testing;
using CaseSdk.Testing.Hostile;
using CaseSdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace CaseSdk.Tests;

/// <summary>
/// Every way an exchange can fail ends in one of README's documented exceptions naming the operation; failures a
/// retry cannot fix (TLS, names that do not exist, broken limits) are not retried.
/// </summary>
public sealed class FaultMappingTests
{
    [TestCase("")]
    [TestCase("HTTP/1.1 20")]
    [TestCase("HTTP/1.1 200 OK\r\nContent-Type: appl")]
    public async Task Reset_before_the_headers_are_complete_is_retried_for_GET_then_a_transport_error_naming_the_operation(string sentBeforeReset)
    {
        await using var server = HostileServer.Start(
            async exchange =>
            {
                if (sentBeforeReset.Length > 0)
                {
                    await exchange.WriteAsync(sentBeforeReset);
                    await Task.Delay(20);
                }

                exchange.Reset();
            },
            maxConnections: 8);
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.Contain("ListRoles"));
        Assert.That(server.Received, Has.Count.EqualTo(4), "first attempt and three retries");
    }

    [Test]
    public async Task Reset_before_any_answer_is_not_retried_for_POST()
    {
        await using var server = HostileServer.Start(exchange => { exchange.Reset(); return Task.CompletedTask; }, maxConnections: 8);
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Cases.PostAsync(HostileClients.NewCase()));

        Assert.That(error!.Message, Does.Contain("CreateCase"));
        Assert.That(server.Received, Has.Count.EqualTo(1));
    }

    [TestCase(0)]
    [TestCase(30)]
    public async Task Reset_after_the_success_headers_is_a_transport_error_naming_the_operation(int bodyBytes)
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, ("Content-Type", "application/json"), ("Content-Length", "10000"));
            await exchange.WriteAsync(HostileClients.CaseJson.Substring(0, bodyBytes));
            await Task.Delay(50);
            exchange.Reset();
        });
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        Assert.That(error!.Message, Does.Contain("GetCase"));
    }

    [TestCase(0)]
    [TestCase(25)]
    public async Task Reset_while_an_error_body_is_read_keeps_the_api_exception(int bodyBytes)
    {
        const string body = """{"errors":["Not found, and a long explanation follows"]}""";
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(404, ("Content-Type", "application/json"), ("Content-Length", "10000"));
            await exchange.WriteAsync(body.Substring(0, bodyBytes));
            await Task.Delay(50);
            exchange.Reset();
        });
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        Assert.That((int)error!.StatusCode, Is.EqualTo(404));
        Assert.That(error.OperationId, Is.EqualTo("GetCase"));
        Assert.That(error.RawBodyExcerpt ?? string.Empty, Is.EqualTo(body.Substring(0, bodyBytes)), "what arrived is kept");
    }

    [Test]
    public async Task Corrupt_gzip_on_a_success_is_a_format_error_naming_the_operation()
    {
        var corrupt = HostileBodies.CorruptGzip(Encoding.UTF8.GetBytes(HostileClients.CaseJson));
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, ("Content-Type", "application/json"), ("Content-Encoding", "gzip"), ("Content-Length", corrupt.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await exchange.WriteAsync(corrupt);
        });
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        Assert.That(error!.Message, Does.Contain("GetCase").And.Contain("decompress").And.Contain("gzip"));
    }

    [Test]
    public async Task Corrupt_gzip_on_an_error_keeps_the_api_exception()
    {
        var corrupt = HostileBodies.CorruptGzip(Encoding.UTF8.GetBytes("""{"errors":["Forbidden"]}"""));
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(403, ("Content-Type", "application/json"), ("Content-Encoding", "gzip"), ("Content-Length", corrupt.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            await exchange.WriteAsync(corrupt);
        });
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That((int)error!.StatusCode, Is.EqualTo(403));
    }

    [TestCase("file:///etc/passwd")]
    [TestCase("ftp://127.0.0.1/x")]
    [TestCase("data:text/plain,hello")]
    [TestCase("gopher://127.0.0.1:70/")]
    [TestCase("http://[::1")]
    [TestCase("")]
    public async Task A_redirect_the_client_will_not_follow_is_the_api_exception_with_the_3xx(string location)
    {
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(302, headers: [("Location", location)]), maxConnections: 4);
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That((int)error!.StatusCode, Is.EqualTo(302));
        Assert.That(error.OperationId, Is.EqualTo("ListRoles"));
        Assert.That(server.Received, Has.Count.EqualTo(1), "nothing followed");
    }

    [Test]
    public async Task A_redirect_loop_ends_in_the_api_exception()
    {
        await using var server = HostileServer.Start(exchange => exchange.RespondAsync(307, headers: [("Location", "/again")]), maxConnections: 10);
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That((int)error!.StatusCode, Is.EqualTo(307));
        Assert.That(server.Received, Has.Count.EqualTo(6));
    }

    [TestCase(2_000, 100)]
    [TestCase(1, 200_000)]
    public async Task A_header_flood_is_a_transport_error_and_not_retried(int count, int length)
    {
        await using var server = HostileServer.Start(async exchange =>
        {
            await exchange.WriteHeadAsync(200, [.. Enumerable.Range(0, count).Select(i => ($"X-Flood-{i}", new string('f', length)))]);
        }, maxConnections: 8);
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.Contain("ListRoles"));
        Assert.That(server.Received, Has.Count.EqualTo(1), "a response over the header limit is not retried");
    }

    [TestCase("HELLO\r\n\r\n")]
    [TestCase("HTTP/1.1 abc Broken\r\n\r\n")]
    [TestCase("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")]
    public async Task A_garbled_response_is_a_transport_error_naming_the_operation(string raw)
    {
        await using var server = HostileServer.Start(exchange => exchange.WriteAsync(raw), maxConnections: 8);
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.Contain("ListRoles"));
    }

    [Test]
    public async Task A_negative_content_length_reads_as_an_empty_body_which_is_a_format_error()
    {
        await using var server = HostileServer.Start(exchange => exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: -5\r\nConnection: close\r\n\r\n"), maxConnections: 2);
        using var client = HostileClients.For(server);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.OperationId, Is.EqualTo("ListRoles"));
    }

    [Test]
    public async Task A_certificate_the_client_does_not_trust_fails_at_once_without_retries()
    {
        using var certificate = LoopbackServer.SelfSignedCertificate();
        var reached = 0;
        await using var server = await LoopbackServer.StartAsync(c => { Interlocked.Increment(ref reached); return c.Response.WriteAsync("{}"); }, certificate);
        Assert.That(server.BaseAddress.Scheme, Is.EqualTo("https"));
        var clock = new RecordingTimeProvider();
        using var client = HostileClients.For(server.BaseAddress, clock: clock);
        var started = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.Contain("ListRoles"));
        Assert.That(Inner(error).OfType<System.Security.Authentication.AuthenticationException>(), Is.Not.Empty);
        Assert.That(clock.RequestedDelays, Is.Empty, "not retried");
        Assert.That(reached, Is.Zero);
        Assert.That(started.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public async Task A_host_name_that_does_not_exist_fails_without_retries()
    {
        var clock = new RecordingTimeProvider();
        // .invalid is reserved (RFC 6761): it never resolves, so no request leaves the machine.
        using var client = HostileClients.For(new Uri("https://api.casesdk-test.invalid/"), o => o.Timeout = TimeSpan.FromSeconds(15), clock: clock);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.Contain("ListRoles"));
        Assert.That(clock.RequestedDelays, Is.Empty, "not retried");
    }

    [Test]
    public async Task A_refused_connection_stays_retried_since_the_server_may_come_back()
    {
        var server = HostileServer.Start(exchange => Task.CompletedTask);
        var closed = server.BaseAddress;
        await server.DisposeAsync();
        var clock = new RecordingTimeProvider();
        using var client = HostileClients.For(closed, clock: clock);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(clock.RequestedDelays, Has.Count.EqualTo(3));
    }

    private static IEnumerable<Exception> Inner(Exception e)
    {
        for (var current = e.InnerException; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
