using System.IO.Compression;
using System.Text;
using CaseSdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

/// <summary>Behaviour over real loopback HTTP (Kestrel on 127.0.0.1).</summary>
public sealed class TransportTests
{
    private const string CaseJson = """{"data":{"id":"CASE-1","type":"case","attributes":{"title":"Disk full","priority":"P2"}}}""";

    private static DatadogClient ClientFor(LoopbackServer server, Action<DatadogClientOptions>? configure = null)
    {
        var options = new DatadogClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
            TimeProvider = new RecordingTimeProvider(),
        };
        configure?.Invoke(options);
        return new DatadogClient(options);
    }

    [TestCase("gzip")]
    [TestCase("deflate")]
    [TestCase("br")]
    public async Task Compressed_responses_are_decompressed(string encoding)
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            c.Response.Headers.ContentEncoding = encoding;
            await c.Response.Body.WriteAsync(Compress(Encoding.UTF8.GetBytes(CaseJson), encoding));
        });
        using var client = ClientFor(server);

        var response = await client.Api.V2.Cases["CASE-1"].GetAsync();

        Assert.That(response.Data!.Attributes!.Title, Is.EqualTo("Disk full"));
        Assert.That(server.Received.Single().Headers["Accept-Encoding"], Does.Contain(encoding));
    }

    [Test]
    public async Task Connection_reset_mid_body_is_a_transport_error_naming_the_operation()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            c.Response.ContentLength = 10_000;
            await c.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(CaseJson.Substring(0, 30)));
            await c.Response.Body.FlushAsync();
            await Task.Delay(100);
            c.Abort();
        });
        using var client = ClientFor(server);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        Assert.That(error!.Message, Does.Contain("GetCase"));
    }

    [Test]
    public async Task Slow_headers_hit_the_timeout_with_a_clear_error()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted);
            await c.Response.WriteAsync(CaseJson);
        });
        using var client = ClientFor(server, o => o.Timeout = TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        Assert.That(error!.Message, Does.Contain("GetCase").And.Contain("Timeout"));
    }

    [Test]
    public async Task Slow_body_hits_the_timeout_too()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            await c.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(CaseJson.Substring(0, 20)));
            await c.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted);
            await c.Response.WriteAsync(CaseJson.Substring(20));
        });
        using var client = ClientFor(server, o => o.Timeout = TimeSpan.FromMilliseconds(500));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        Assert.That(error!.Message, Does.Contain("GetCase"));
    }

    [Test]
    public async Task Caller_cancellation_is_reported_as_cancellation_not_timeout()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted);
        });
        using var client = ClientFor(server);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.That(async () => await client.Api.V2.Roles.GetAsync(cancellationToken: cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Refused_connection_is_retried_for_GET_then_reported()
    {
        var server = await LoopbackServer.StartAsync(c => Task.CompletedTask);
        var closedAddress = server.BaseAddress;
        await server.DisposeAsync();
        var clock = new RecordingTimeProvider();
        using var client = new DatadogClient(new DatadogClientOptions
        {
            BaseAddress = closedAddress,
            Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
            TimeProvider = clock,
        });

        Assert.That(async () => await client.Api.V2.Roles.GetAsync(), Throws.InstanceOf<HttpRequestException>());
        Assert.That(clock.RequestedDelays, Has.Count.EqualTo(3), "three retries with back-off before giving up");
    }

    [Test]
    public async Task A_request_body_larger_than_its_first_buffer_is_sent_whole_with_its_length_on_every_attempt()
    {
        var received = new List<(string Body, long? Length)>();
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            using var reader = new StreamReader(c.Request.Body, Encoding.UTF8);
            received.Add((await reader.ReadToEndAsync(), c.Request.ContentLength));
            c.Response.StatusCode = received.Count == 1 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status201Created;
            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync(received.Count == 1 ? "{}" : CaseJson);
        });
        using var client = ClientFor(server, o => o.Retry.RetryNonIdempotentRequests = true);
        // Several KiB with multi-byte characters: the body outgrows the first pooled buffer and must stay intact.
        var body = new Models.CaseCreateRequest
        {
            Data = new Models.CaseCreate { Attributes = new Models.CaseCreateAttributes { Title = "Disk full", TypeId = "3b010bde-09ce-4449-b745-71dd5f861963", Description = string.Concat(Enumerable.Repeat("Plattenplatz erschöpft — ディスク 💾 ", 200)) } },
        };
        var expected = System.Text.Json.JsonSerializer.Serialize(body, CaseSdkJsonSerializerContext.Default.CaseCreateRequest);

        var created = await client.Api.V2.Cases.PostAsync(body);

        Assert.That(created.Data!.Id, Is.EqualTo("CASE-1"));
        Assert.That(received, Has.Count.EqualTo(2), "the 503 was retried");
        Assert.That(received.Select(r => r.Body), Is.All.EqualTo(expected));
        Assert.That(received.Select(r => r.Length), Is.All.EqualTo(Encoding.UTF8.GetByteCount(expected)), "sent with Content-Length, not chunked");
    }

    private static byte[] Compress(byte[] data, string encoding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        })
        {
            compressor.Write(data);
        }

        return output.ToArray();
    }
}
