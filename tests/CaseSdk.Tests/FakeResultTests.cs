using System.Net;
using CaseSdk.Builders;

namespace CaseSdk.Tests;

/// <summary>Results and errors a test of user code builds by hand, and what a mock made by the protected constructors does.</summary>
public sealed class FakeResultTests
{
    [Test]
    public void An_exception_for_a_fake_needs_only_the_operation_and_status()
    {
        var plain = new DatadogApiException("GetCase", HttpStatusCode.NotFound);
        var empty = new DatadogApiException("GetCase", HttpStatusCode.NotFound, [], requestId: "req-1");
        var withErrors = new DatadogApiException("GetCase", HttpStatusCode.BadRequest, [new DatadogApiError("bad id")], rateLimit: new RateLimitInfo { Remaining = 0 });

        Assert.That(plain.Errors, Is.Empty);
        Assert.That(plain.IsDocumentedStatus, Is.True);
        Assert.That(plain.Message, Is.EqualTo("GetCase failed with 404 NotFound"));
        Assert.That(empty.RequestId, Is.EqualTo("req-1"));
        Assert.That(empty.Message, Does.Contain("request id req-1"));
        Assert.That(withErrors.ErrorMessages, Is.EqualTo(new[] { "bad id" }));
        Assert.That(withErrors.RateLimit!.Remaining, Is.EqualTo(0));
    }

    [Test]
    public void A_fake_response_keeps_what_it_is_given_and_looks_headers_up_ignoring_case()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>> { ["X-Custom"] = ["a"] };

        var response = new DatadogResponse<string>("body", HttpStatusCode.Accepted, headers, new RateLimitInfo { Remaining = 5 }, "req-2");
        var noContent = new DatadogResponse(HttpStatusCode.NoContent);

        Assert.That(response.Value, Is.EqualTo("body"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(response.Headers["x-custom"], Is.EqualTo(new[] { "a" }));
        Assert.That(response.RateLimit!.Remaining, Is.EqualTo(5));
        Assert.That(response.RequestId, Is.EqualTo("req-2"));
        Assert.That(new DatadogResponse<int>(3).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(noContent.Headers, Is.Empty);
        Assert.That(noContent.RequestId, Is.Null);
    }

    [Test]
    public async Task A_call_a_mock_does_not_set_up_fails_saying_so_and_sends_nothing()
    {
        var client = new UnconfiguredClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.Api.V2.Cases["c1"].GetAsync());
        var builderError = await Assert.ThrowsAsync<InvalidOperationException>(() => new UnconfiguredRoles().GetWithResponseAsync());

        Assert.That(error!.Message, Does.Contain("for mocking"));
        Assert.That(builderError!.Message, Does.Contain("for mocking"));
        Assert.That(client.BaseAddress.Host, Does.EndWith(".invalid"));
        client.Dispose();
    }

    [Test]
    public void Argument_checks_still_run_before_anything_is_sent_on_both_methods()
    {
        using var client = Support.TestClients.Over(new Testing.StubHandler());

        Assert.Throws<ArgumentNullException>(() => client.Api.V2.Cases.PostAsync(null!));
        Assert.Throws<ArgumentNullException>(() => client.Api.V2.Cases.PostWithResponseAsync(null!));
    }

    private sealed class UnconfiguredClient : DatadogClient;

    private sealed class UnconfiguredRoles : RolesRequestBuilder;
}
