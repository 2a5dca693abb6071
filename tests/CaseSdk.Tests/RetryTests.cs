using System.Net;
using System.Text;
using CaseSdk.Http;
using CaseSdk.Runtime;
using CaseSdk.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace CaseSdk.Tests;

public sealed class RetryTests
{
    private static readonly Uri Target = new("https://api.datadoghq.com/api/v2/cases");

    private static (HttpClient Client, StubHandler Stub, RecordingTimeProvider Clock, FakeLogCollector Logs) Pipeline(Action<DatadogRetryOptions>? retry = null)
    {
        var stub = new StubHandler();
        var clock = new RecordingTimeProvider();
        var logs = new FakeLogCollector();
        var options = new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromApiKeys("api-key-value-0001", "app-key-value-0002"),
            TimeProvider = clock,
            LoggerFactory = logs.CreateLoggerFactory(),
        };
        retry?.Invoke(options.Retry);
        return (new HttpClient(HttpPipeline.Create(options, stub, disposeTransport: true)), stub, clock, logs);
    }

    [Test]
    public async Task Rate_limited_request_waits_what_X_RateLimit_Reset_asks_then_succeeds()
    {
        var (client, stub, clock, _) = Pipeline();
        stub.Respond((HttpStatusCode)429, """{"errors":["Too many requests"]}""", r => r.Headers.Add("X-RateLimit-Reset", "7"))
            .Respond(HttpStatusCode.OK, "{}");

        using var response = await client.PostAsync(Target, new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
        Assert.That(clock.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromSeconds(7) }));
    }

    [Test]
    public async Task Retry_After_is_used_when_there_is_no_reset_header()
    {
        var (client, stub, clock, _) = Pipeline();
        stub.Respond((HttpStatusCode)429, configure: r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(3)))
            .Respond(HttpStatusCode.OK, "{}");

        using var response = await client.GetAsync(Target);

        Assert.That(clock.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromSeconds(3) }));
    }

    [Test]
    public async Task Server_requested_wait_is_capped_at_MaxDelay()
    {
        var (client, stub, clock, _) = Pipeline(r => r.MaxDelay = TimeSpan.FromSeconds(10));
        stub.Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "3600"))
            .Respond(HttpStatusCode.OK, "{}");

        using var response = await client.GetAsync(Target);

        Assert.That(clock.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromSeconds(10) }));
    }

    [Test]
    public async Task Attempts_are_bounded_and_the_last_response_is_returned()
    {
        var (client, stub, _, _) = Pipeline(r => r.MaxRetries = 2);
        for (var i = 0; i < 3; i++)
        {
            stub.Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "1"));
        }

        using var response = await client.GetAsync(Target);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)429));
        Assert.That(stub.Requests, Has.Count.EqualTo(3));
    }

    [TestCase("GET")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task Idempotent_methods_are_retried_on_5xx_with_growing_backoff(string method)
    {
        var (client, stub, clock, _) = Pipeline(r => r.MaxRetries = 3);
        stub.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.RequestTimeout).Respond(HttpStatusCode.OK, "{}");

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Target));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stub.Requests, Has.Count.EqualTo(4));
        Assert.That(clock.RequestedDelays, Has.Count.EqualTo(3));
        Assert.That(clock.RequestedDelays, Has.All.GreaterThan(TimeSpan.Zero).And.All.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
    }

    [TestCase("POST")]
    [TestCase("PATCH")]
    public async Task Non_idempotent_methods_are_not_retried_on_5xx_by_default(string method)
    {
        var (client, stub, _, _) = Pipeline();
        stub.Respond(HttpStatusCode.InternalServerError);

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Target) { Content = new StringContent("{}") });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Non_idempotent_methods_are_retried_on_5xx_when_the_caller_opts_in()
    {
        var (client, stub, _, _) = Pipeline(r => r.RetryNonIdempotentRequests = true);
        stub.Respond(HttpStatusCode.InternalServerError).Respond(HttpStatusCode.Created, "{}");

        using var response = await client.PostAsync(Target, new StringContent("{}"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));
        Assert.That(stub.Requests[1].Body, Is.EqualTo("{}"), "the body is sent again on the retry");
    }

    [Test]
    public async Task Transport_failures_are_retried_for_GET_only()
    {
        var (client, stub, _, _) = Pipeline();
        stub.Throw(new HttpRequestException("connection reset")).Respond(HttpStatusCode.OK, "{}");

        using var response = await client.GetAsync(Target);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var (postClient, postStub, _, _) = Pipeline();
        postStub.Throw(new HttpRequestException("connection reset"));
        Assert.That(async () => await postClient.PostAsync(Target, new StringContent("{}")), Throws.InstanceOf<HttpRequestException>());
        Assert.That(postStub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_bare_socket_failure_is_a_transport_failure_retried_for_GET_only()
    {
        // HttpClient can let a SocketException through when a connection is reset while it is being set up.
        var (client, stub, _, _) = Pipeline();
        stub.Throw(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.NotConnected)).Respond(HttpStatusCode.OK, "{}");

        using var response = await client.GetAsync(Target);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stub.Requests, Has.Count.EqualTo(2));

        var (postClient, postStub, _, _) = Pipeline();
        postStub.Throw(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.NotConnected));
        Assert.That(async () => await postClient.PostAsync(Target, new StringContent("{}")), Throws.InstanceOf<System.Net.Sockets.SocketException>());
        Assert.That(postStub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Client_errors_other_than_429_and_408_are_not_retried()
    {
        var (client, stub, _, _) = Pipeline();
        stub.Respond(HttpStatusCode.NotFound, """{"errors":["Not found"]}""");

        using var response = await client.GetAsync(Target);

        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Each_retry_is_logged_with_method_path_status_attempt_and_delay_but_no_headers()
    {
        var (client, stub, _, logs) = Pipeline();
        stub.Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "2")).Respond(HttpStatusCode.OK, "{}");

        using var response = await client.GetAsync(Target);

        var retryLine = logs.Lines().Single(l => l.Contains("Retrying", StringComparison.Ordinal));
        Assert.That(retryLine, Does.Contain("GET").And.Contain("/api/v2/cases").And.Contain("429").And.Contain("attempt 1").And.Contain("2000 ms"));
        Assert.That(logs.Text(), Does.Not.Contain("api-key-value-0001").And.Not.Contain("app-key-value-0002").And.Not.Contain("DD-API-KEY"));
    }

    [Test]
    public void Cancellation_stops_a_rate_limit_wait_at_once()
    {
        var stub = new StubHandler();
        stub.Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "50"));
        var options = new DatadogClientOptions { Credentials = DatadogCredentials.FromApiKeys("k1", "k2") };
        using var client = new HttpClient(HttpPipeline.Create(options, stub, disposeTransport: true));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var started = DateTime.UtcNow;
        Assert.That(async () => await client.GetAsync(Target, cancellation.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(DateTime.UtcNow - started, Is.LessThan(TimeSpan.FromSeconds(20)), "the 50 s wait was abandoned");
    }

    [Test]
    public async Task Credentials_are_sent_on_every_attempt()
    {
        var (client, stub, _, _) = Pipeline();
        stub.Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "0")).Respond(HttpStatusCode.OK, "{}");

        using var response = await client.GetAsync(Target);

        Assert.That(stub.Requests.Select(r => r.Headers["DD-API-KEY"]), Is.All.EqualTo("api-key-value-0001"));
        Assert.That(stub.Requests.Select(r => r.Headers["DD-APPLICATION-KEY"]), Is.All.EqualTo("app-key-value-0002"));
    }

    [TestCase(503)]
    [TestCase(429)]
    public async Task A_stream_body_that_cannot_seek_is_never_sent_again(int status)
    {
        var (client, stub, _, _) = Pipeline();
        stub.Respond((HttpStatusCode)status, configure: r => r.Headers.Add("X-RateLimit-Reset", "1")).Respond(HttpStatusCode.OK, "{}");
        var request = new RequestInfo(HttpMethod.Put, "UploadArchive", "/api/v2/archive", []);
        request.SetStreamBody(new ForwardOnlyStream(Encoding.ASCII.GetBytes("abcdef")), "application/octet-stream");
        using var message = request.ToHttpRequestMessage(new Uri("https://api.datadoghq.com"));

        using var response = await client.SendAsync(message);

        Assert.That((int)response.StatusCode, Is.EqualTo(status), "the failure is the caller's to handle, not a retry with a consumed stream");
        Assert.That(stub.Requests.Select(r => r.Body), Is.EqualTo(new[] { "abcdef" }));
    }

    [Test]
    public async Task A_seekable_stream_body_is_sent_again_whole_from_where_it_started()
    {
        var (client, stub, _, _) = Pipeline();
        stub.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, "{}");
        var request = new RequestInfo(HttpMethod.Put, "UploadArchive", "/api/v2/archive", []);
        request.SetStreamBody(new MemoryStream(Encoding.ASCII.GetBytes("--abcdef")) { Position = 2 }, "application/octet-stream");
        using var message = request.ToHttpRequestMessage(new Uri("https://api.datadoghq.com"));

        using var response = await client.SendAsync(message);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stub.Requests.Select(r => r.Body), Is.EqualTo(new[] { "abcdef", "abcdef" }));
    }

    /// <summary>A stream that reads once, front to back, like a network or pipe stream.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
