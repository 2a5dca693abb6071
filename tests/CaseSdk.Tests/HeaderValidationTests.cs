using CaseSdk.Testing;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>
/// Everything a caller puts into a header — keys, tokens (static and from the provider), the user-agent suffix,
/// per-request headers — is checked before any request: CR/LF, other control characters and non-ASCII are refused
/// with an <see cref="ArgumentException"/> naming the value's owner, never the value.
/// </summary>
public sealed class HeaderValidationTests
{
    private const string GoodKey = "abcdef0123456789abcdef0123456789";

    // Each carries the marker "s3cr3t" so a message that echoed the value would be caught.
    private static readonly string[] BadValues =
    [
        "s3cr3t\r\nDD-API-KEY: other",
        "s3cr3t\n",
        "s3cr3t\r",
        "s3cr3t\tx",
        "s3cr3t\u0000",
        "s3cr3t\u007F",
        "clé-s3cr3t",
        "s3cr3t\u2028x",
        "s3cr3t\u00A0x",
        "s3cr3t\u200B",
        "s3cr3t💾",
    ];

    private static IEnumerable<string> BadSecrets() => BadValues.Append("s3cr3t inner-space");

    [TestCaseSource(nameof(BadSecrets))]
    public void A_malformed_api_key_application_key_or_token_fails_at_construction_naming_which(string bad)
    {
        AssertNamedWithoutValue(() => DatadogCredentials.FromApiKeys(bad, GoodKey), "API key");
        AssertNamedWithoutValue(() => DatadogCredentials.FromApiKeys(GoodKey, bad), "application key");
        AssertNamedWithoutValue(() => DatadogCredentials.FromAccessToken(bad), "access token");
    }

    [TestCaseSource(nameof(BadValues))]
    public void A_malformed_user_agent_suffix_fails_at_construction(string bad)
    {
        var options = new DatadogClientOptions { Credentials = DatadogCredentials.FromApiKeys(GoodKey, GoodKey), UserAgentSuffix = bad };

        var error = Assert.Throws<ArgumentException>(() => new DatadogClient(options));

        Assert.That(error!.ParamName, Is.EqualTo("UserAgentSuffix"));
        Assert.That(error.Message, Does.Contain("UserAgentSuffix").And.Not.Contain("s3cr3t"));
    }

    [Test]
    public async Task A_printable_user_agent_suffix_with_inner_spaces_is_sent()
    {
        var stub = new StubHandler().Respond(System.Net.HttpStatusCode.OK, HostileClients.RolesJson);
        using var client = TestClients.Over(stub, o => o.UserAgentSuffix = "my-service/1.2 (build 7)");

        await client.Api.V2.Roles.GetAsync();

        Assert.That(stub.Requests.Single().Headers["User-Agent"], Does.EndWith(" my-service/1.2 (build 7)"));
    }

    [TestCaseSource(nameof(BadSecrets))]
    public async Task A_malformed_token_from_the_provider_fails_the_call_before_it_is_sent(string bad)
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub, o => o.Credentials = DatadogCredentials.FromAccessTokenProvider(_ => new ValueTask<string>(bad)));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.Contain("token provider").And.Not.Contain("s3cr3t"));
        Assert.That(stub.Requests, Is.Empty, "nothing was sent");
    }

    [Test]
    public async Task The_token_provider_is_checked_on_every_call_not_only_the_first()
    {
        var calls = 0;
        var stub = new StubHandler().Respond(System.Net.HttpStatusCode.OK, HostileClients.RolesJson);
        using var client = TestClients.Over(stub, o => o.Credentials = DatadogCredentials.FromAccessTokenProvider(_ => new ValueTask<string>(++calls == 1 ? "good-token" : "bad\r\ntoken")));

        await client.Api.V2.Roles.GetAsync();
        await Assert.ThrowsAsync<ArgumentException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(stub.Requests, Has.Count.EqualTo(1));
        Assert.That(stub.Requests[0].Headers["Authorization"], Is.EqualTo("Bearer good-token"));
    }

    [TestCaseSource(nameof(BadValues))]
    public async Task A_malformed_request_header_value_is_refused_before_any_request_naming_the_header(string bad)
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Api.V2.Roles.GetAsync(c => c.Headers["X-Trace"] = bad));

        Assert.That(error!.Message, Does.Contain("X-Trace").And.Contain("ListRoles").And.Not.Contain("s3cr3t"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [TestCase("X-Trace\r\nDD-API-KEY")]
    [TestCase("X Trace")]
    [TestCase("X-Tracé")]
    [TestCase("")]
    [TestCase("X:Trace")]
    public async Task A_malformed_request_header_name_is_refused_without_echoing_it(string name)
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Api.V2.Roles.GetAsync(c => c.Headers[name] = "value"));

        Assert.That(error!.Message, Does.Contain("header name"));
        if (name.Length > 0)
        {
            Assert.That(error.Message, Does.Not.Contain(name));
        }

        Assert.That(stub.Requests, Is.Empty);
    }

    [TestCase("DD-API-KEY")]
    [TestCase("dd-api-key")]
    [TestCase("DD-APPLICATION-KEY")]
    [TestCase("Authorization")]
    [TestCase("AUTHORIZATION")]
    public async Task Caller_headers_cannot_override_the_credential_headers(string name)
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Api.V2.Roles.GetAsync(c => c.Headers[name] = "planted-value"));

        Assert.That(error!.Message, Does.Contain(name).And.Contain("Credentials").And.Not.Contain("planted-value"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task A_well_formed_request_header_is_sent_once_and_unchanged()
    {
        var stub = new StubHandler().Respond(System.Net.HttpStatusCode.OK, HostileClients.RolesJson);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Roles.GetAsync(c => c.Headers["X-Trace"] = "abc-123; parent=\"x y\"");

        Assert.That(stub.Requests.Single().Headers["X-Trace"], Is.EqualTo("abc-123; parent=\"x y\""));
        Assert.That(stub.Requests.Single().Headers["DD-API-KEY"], Is.EqualTo(TestClients.ApiKey));
    }

    private static void AssertNamedWithoutValue(Func<object> create, string what)
    {
        var error = Assert.Throws<ArgumentException>(() => create());
        Assert.That(error!.Message, Does.Contain(what).And.Not.Contain("s3cr3t"));
    }
}
