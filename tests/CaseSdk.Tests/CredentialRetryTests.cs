using System.Net;
using CaseSdk.Testing;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>A retried operation call carries its credentials once per attempt: never missing, never doubled.</summary>
public sealed class CredentialRetryTests
{
    private const string CaseJson = """{"data":{"id":"CASE-1","type":"case","attributes":{"title":"Disk full"}}}""";

    [Test]
    public async Task Every_attempt_of_an_operation_carries_each_api_key_header_once()
    {
        var stub = new StubHandler()
            .Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "0"))
            .Respond(HttpStatusCode.ServiceUnavailable)
            .Respond(HttpStatusCode.OK, CaseJson);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases["CASE-1"].GetAsync();

        Assert.That(stub.Requests, Has.Count.EqualTo(3));
        Assert.That(stub.Requests.Select(r => r.Headers["DD-API-KEY"]), Is.All.EqualTo(TestClients.ApiKey));
        Assert.That(stub.Requests.Select(r => r.Headers["DD-APPLICATION-KEY"]), Is.All.EqualTo(TestClients.AppKey));
    }

    [Test]
    public async Task Every_attempt_of_an_operation_carries_the_token_the_provider_gives_for_it()
    {
        var issued = 0;
        var stub = new StubHandler()
            .Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "0"))
            .Respond(HttpStatusCode.OK, CaseJson);
        using var client = TestClients.Over(stub, o => o.Credentials = DatadogCredentials.FromAccessTokenProvider(_ => new ValueTask<string>("token-" + Interlocked.Increment(ref issued))));

        await client.Api.V2.Cases["CASE-1"].GetAsync();

        Assert.That(stub.Requests.Select(r => r.Headers["Authorization"]), Is.EqualTo(new[] { "Bearer token-1", "Bearer token-2" }));
    }
}
