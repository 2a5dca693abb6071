using System.Net;
using CaseSdk.Http;
using CaseSdk.Testing;
using CaseSdk.Testing.Hostile;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>
/// Credentials belong to the configured origin on every attempt: two loopback origins (127.0.0.1 configured,
/// 127.0.0.2 elsewhere), every redirect code, every failure the retry policy retries, GET and POST.
/// </summary>
public sealed class CredentialOriginTests
{
    private static readonly int[] RedirectCodes = [301, 302, 303, 307, 308];

    // "reset" is a transport failure: the connection is dropped before any answer.
    private static readonly string[] RetriedFailures = ["408", "429", "500", "502", "503", "504", "reset"];

    private static IEnumerable<TestCaseData> Combinations() =>
        from method in new[] { "GET", "POST" }
        from redirect in RedirectCodes
        from failure in RetriedFailures
        select new TestCaseData(method, redirect, failure).SetName($"{method} {redirect} then {failure} elsewhere");

    [TestCaseSource(nameof(Combinations))]
    public async Task A_retry_after_a_cross_origin_redirect_never_carries_credentials_elsewhere(string method, int redirect, string failure)
    {
        await using var elsewhere = HostileServer.Start(
            async exchange =>
            {
                if (exchange.Index > 0)
                {
                    await exchange.RespondAsync(200, method == "GET" ? HostileClients.RolesJson : HostileClients.CaseJson);
                }
                else if (failure == "reset")
                {
                    exchange.Reset();
                }
                else
                {
                    await exchange.RespondAsync(int.Parse(failure, System.Globalization.CultureInfo.InvariantCulture), """{"errors":["try again"]}""", headers: [("Retry-After", "1"), ("X-RateLimit-Reset", "1")]);
                }
            },
            address: "127.0.0.2",
            maxConnections: 4);
        await using var origin = HostileServer.Start(
            exchange => exchange.RespondAsync(redirect, headers: [("Location", new Uri(elsewhere.BaseAddress, "landing").AbsoluteUri)]),
            maxConnections: 4);
        using var client = HostileClients.For(origin, o => o.Retry.RetryNonIdempotentRequests = true);

        if (method == "GET")
        {
            var roles = await client.Api.V2.Roles.GetAsync();
            Assert.That(roles.Data, Is.Empty);
        }
        else
        {
            var created = await client.Api.V2.Cases.PostAsync(HostileClients.NewCase());
            Assert.That(created.Data!.Id, Is.EqualTo("CASE-1"));
        }

        Assert.That(origin.Received, Has.Count.EqualTo(2), "the retry starts again at the configured origin");
        Assert.That(origin.Received.Select(r => r.Headers.GetValueOrDefault("DD-API-KEY")), Is.All.EqualTo(HostileClients.ApiKey));
        Assert.That(origin.Received.Select(r => r.HeaderNames.Count(n => n.Equals("DD-API-KEY", StringComparison.OrdinalIgnoreCase))), Is.All.EqualTo(1));
        Assert.That(origin.Received.Select(r => r.Method), Is.All.EqualTo(method), "every attempt is the original request");
        Assert.That(elsewhere.Received, Has.Count.EqualTo(2));
        Assert.That(elsewhere.Received.Where(r => r.CarriesCredentials), Is.Empty, "no credential header reached the other origin, on any attempt");
        var expectedElsewhereMethod = redirect == 303 || (method == "POST" && redirect is 301 or 302) ? "GET" : method;
        Assert.That(elsewhere.Received.Select(r => r.Method), Is.All.EqualTo(expectedElsewhereMethod));
    }

    [Test]
    public async Task An_access_token_from_the_provider_never_follows_a_redirect_elsewhere_on_any_attempt()
    {
        var tokens = 0;
        await using var elsewhere = HostileServer.Start(
            exchange => exchange.Index == 0 ? exchange.RespondAsync(503, headers: [("Retry-After", "0")]) : exchange.RespondAsync(200, HostileClients.RolesJson),
            address: "127.0.0.2",
            maxConnections: 4);
        await using var origin = HostileServer.Start(
            exchange => exchange.RespondAsync(307, headers: [("Location", new Uri(elsewhere.BaseAddress, "landing").AbsoluteUri)]),
            maxConnections: 4);
        using var client = HostileClients.For(origin, o => o.Credentials = DatadogCredentials.FromAccessTokenProvider(_ => new ValueTask<string>($"token-{Interlocked.Increment(ref tokens)}")));

        await client.Api.V2.Roles.GetAsync();

        Assert.That(origin.Received.Select(r => r.Headers["Authorization"]), Is.EqualTo(new[] { "Bearer token-1", "Bearer token-2" }), "a fresh token per attempt, at the origin");
        Assert.That(elsewhere.Received.Where(r => r.CarriesCredentials), Is.Empty);
    }

    [Test]
    public async Task A_redirect_back_to_the_origin_from_elsewhere_does_not_pick_the_credentials_up_again()
    {
        HostileServer? origin = null;
        await using var elsewhere = HostileServer.Start(
            exchange => exchange.RespondAsync(302, headers: [("Location", new Uri(origin!.BaseAddress, "back").AbsoluteUri)]),
            address: "127.0.0.2",
            maxConnections: 2);
        origin = HostileServer.Start(
            exchange => exchange.Request.Target == "/back"
                ? exchange.RespondAsync(200, HostileClients.RolesJson)
                : exchange.RespondAsync(302, headers: [("Location", new Uri(elsewhere.BaseAddress, "away").AbsoluteUri)]),
            maxConnections: 2);
        await using var _ = origin;
        using var client = HostileClients.For(origin);

        await client.Api.V2.Roles.GetAsync();

        var received = origin.Received.ToArray();
        Assert.That(received.Select(r => r.Target), Is.EqualTo(new[] { "/api/v2/roles", "/back" }));
        Assert.That(received[0].CarriesCredentials, Is.True);
        Assert.That(received[1].CarriesCredentials, Is.False, "the hop came from another origin; what was dropped stays dropped");
        Assert.That(elsewhere.Received.Single().CarriesCredentials, Is.False);
    }

    [Test]
    public async Task Same_host_on_another_port_is_another_origin()
    {
        await using var otherPort = HostileServer.Start(exchange => exchange.RespondAsync(200, HostileClients.RolesJson), maxConnections: 2);
        await using var origin = HostileServer.Start(
            exchange => exchange.RespondAsync(308, headers: [("Location", new Uri(otherPort.BaseAddress, "landing").AbsoluteUri)]),
            maxConnections: 2);
        using var client = HostileClients.For(origin);

        await client.Api.V2.Roles.GetAsync();

        Assert.That(origin.Received.Single().CarriesCredentials, Is.True);
        Assert.That(otherPort.Received.Single().CarriesCredentials, Is.False);
    }

    [Test]
    public async Task Credential_headers_on_a_request_to_another_origin_are_removed_whatever_put_them_there()
    {
        await using var elsewhere = HostileServer.Start(exchange => exchange.RespondAsync(200, "{}"), address: "127.0.0.2", maxConnections: 2);
        var options = new DatadogClientOptions { BaseAddress = new Uri("http://127.0.0.1:1/"), Credentials = DatadogCredentials.FromApiKeys(HostileClients.ApiKey, HostileClients.AppKey) };
        using var client = new HttpClient(HttpPipeline.Create(options, null, disposeTransport: true));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(elsewhere.BaseAddress, "api/v2/roles"));
        request.Headers.TryAddWithoutValidation("DD-API-KEY", "planted-key");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer planted");

        using var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(elsewhere.Received.Single().CarriesCredentials, Is.False);
    }

    [Test]
    public async Task WithUrl_to_another_origin_is_refused_before_any_request()
    {
        await using var elsewhere = HostileServer.Start(exchange => exchange.RespondAsync(200, HostileClients.RolesJson), address: "127.0.0.2", maxConnections: 2);
        await using var origin = HostileServer.Start(exchange => exchange.RespondAsync(200, HostileClients.RolesJson), maxConnections: 2);
        using var client = HostileClients.For(origin);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Api.V2.Roles.WithUrl(new Uri(elsewhere.BaseAddress, "api/v2/roles").AbsoluteUri).GetAsync());

        Assert.That(error!.Message, Does.Contain("WithUrl"));
        Assert.That(elsewhere.Received, Is.Empty);
        Assert.That(origin.Received, Is.Empty);
    }
}
