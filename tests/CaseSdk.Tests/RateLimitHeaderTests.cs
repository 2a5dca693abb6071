using System.Net;
using CaseSdk.Testing;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>Rate-limit and Retry-After values from the server are input: clamped or ignored, never thrown.</summary>
public sealed class RateLimitHeaderTests
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(10);

    private static (DatadogClient Client, StubHandler Stub, RecordingTimeProvider Clock) Client(int maxRetries = 1)
    {
        var stub = new StubHandler();
        var clock = new RecordingTimeProvider();
        var client = TestClients.Over(stub, o =>
        {
            o.TimeProvider = clock;
            o.Retry.MaxRetries = maxRetries;
            o.Retry.MaxDelay = MaxDelay;
        });
        return (client, stub, clock);
    }

    private static Action<HttpResponseMessage> Header(string name, string value) => r => r.Headers.TryAddWithoutValidation(name, value);

    [TestCase("1000000000000")]
    [TestCase("9223372036854775807")]
    [TestCase("99999999999999999999999")]
    public async Task A_huge_X_RateLimit_Reset_on_429_waits_MaxDelay(string reset)
    {
        var (client, stub, clock) = Client();
        stub.Respond((HttpStatusCode)429, configure: Header("X-RateLimit-Reset", reset)).Respond(HttpStatusCode.OK, TestJson.Roles);

        await client.Api.V2.Roles.GetAsync();

        Assert.That(clock.RequestedDelays, Is.EqualTo(new[] { MaxDelay }));
    }

    [TestCase("1000000000000", 2147483647L)]
    [TestCase("9223372036854775807", 2147483647L)]
    [TestCase("-5", null)]
    [TestCase("soon", null)]
    [TestCase("1e9", null)]
    [TestCase("", null)]
    [TestCase("12", 12L)]
    public async Task Any_X_RateLimit_Reset_on_an_error_still_gives_the_api_exception(string reset, long? expectedSeconds)
    {
        var (client, stub, _) = Client();
        stub.Respond(HttpStatusCode.NotFound, """{"errors":["Not found"]}""", r =>
        {
            r.Headers.TryAddWithoutValidation("X-RateLimit-Reset", reset);
            r.Headers.TryAddWithoutValidation("X-RateLimit-Period", reset);
            r.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "100");
        });

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.RateLimit!.Reset, Is.EqualTo(expectedSeconds is { } s ? TimeSpan.FromSeconds(s) : null));
        Assert.That(error.RateLimit.Period, Is.EqualTo(error.RateLimit.Reset));
        Assert.That(error.RateLimit.ToString(), Does.Contain("limit 100"));
    }

    [Test]
    public async Task A_rate_limit_exhausted_with_absurd_headers_ends_in_the_api_exception()
    {
        var (client, stub, clock) = Client(maxRetries: 2);
        for (var i = 0; i < 3; i++)
        {
            stub.Respond((HttpStatusCode)429, configure: r =>
            {
                r.Headers.TryAddWithoutValidation("X-RateLimit-Reset", "9223372036854775807");
                r.Headers.TryAddWithoutValidation("Retry-After", "99999999999999999999");
            });
        }

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That((int)error!.StatusCode, Is.EqualTo(429));
        Assert.That(clock.RequestedDelays, Is.EqualTo(new[] { MaxDelay, MaxDelay }));
    }

    [TestCase(429)]
    [TestCase(503)]
    public async Task Retry_After_seconds_are_honoured(int status)
    {
        var (client, stub, clock) = Client();
        stub.Respond((HttpStatusCode)status, configure: Header("Retry-After", "7")).Respond(HttpStatusCode.OK, TestJson.Roles);

        await client.Api.V2.Roles.GetAsync();

        Assert.That(clock.RequestedDelays, Is.EqualTo(new[] { TimeSpan.FromSeconds(7) }));
    }

    [TestCase(429, "99999999999999999999")]
    [TestCase(503, "99999999999999999999")]
    [TestCase(503, "2147483648")]
    [TestCase(503, "Fri, 31 Dec 9999 23:59:59 GMT")]
    [TestCase(429, "Fri, 31 Dec 9999 23:59:59 GMT")]
    public async Task A_huge_Retry_After_is_capped_at_MaxDelay_or_ignored(int status, string retryAfter)
    {
        var (client, stub, clock) = Client();
        stub.Respond((HttpStatusCode)status, configure: Header("Retry-After", retryAfter)).Respond(HttpStatusCode.OK, TestJson.Roles);

        await client.Api.V2.Roles.GetAsync();

        Assert.That(clock.RequestedDelays, Has.Count.EqualTo(1));
        Assert.That(clock.RequestedDelays[0], Is.GreaterThanOrEqualTo(TimeSpan.Zero).And.LessThanOrEqualTo(MaxDelay));
    }

    [TestCase("Mon, 01 Jan 0001 00:00:00 GMT")]
    [TestCase("Thu, 01 Jan 1970 00:00:00 GMT")]
    [TestCase("-3")]
    [TestCase("later")]
    public async Task A_Retry_After_in_the_past_or_garbage_does_not_throw(string retryAfter)
    {
        var (client, stub, clock) = Client();
        stub.Respond(HttpStatusCode.ServiceUnavailable, configure: Header("Retry-After", retryAfter)).Respond(HttpStatusCode.OK, TestJson.Roles);

        await client.Api.V2.Roles.GetAsync();

        Assert.That(stub.Requests, Has.Count.EqualTo(2), "retried once");
        // A zero wait may skip the timer altogether.
        Assert.That(clock.RequestedDelays, Has.Count.LessThanOrEqualTo(1).And.All.InRange(TimeSpan.Zero, MaxDelay));
    }

    [Test]
    public async Task A_rate_limit_name_flood_is_cut()
    {
        var (client, stub, _) = Client();
        stub.Respond(HttpStatusCode.Forbidden, "{}", Header("X-RateLimit-Name", new string('n', 50_000)));

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.RateLimit!.Name!.Length, Is.EqualTo(256));
    }

    private static class TestJson
    {
        public const string Roles = """{"data":[]}""";
    }
}
