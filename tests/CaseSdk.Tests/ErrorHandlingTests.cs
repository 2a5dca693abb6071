using System.Net;
using CaseSdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

public sealed class ErrorHandlingTests
{
    [Test]
    public async Task Documented_error_carries_status_errors_and_rate_limit_headers()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.NotFound, """{"errors":["Case not found","check the id"]}""", r =>
        {
            r.Headers.Add("X-RateLimit-Limit", "100");
            r.Headers.Add("X-RateLimit-Period", "60");
            r.Headers.Add("X-RateLimit-Remaining", "97");
            r.Headers.Add("X-RateLimit-Reset", "12");
            r.Headers.Add("X-RateLimit-Name", "cases_read");
        });
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["CASE-404"].GetAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.OperationId, Is.EqualTo("GetCase"));
        Assert.That(error.ErrorMessages, Is.EqualTo(new[] { "Case not found", "check the id" }));
        Assert.That(error.IsDocumentedStatus, Is.True);
        Assert.That(error.Message, Does.Contain("GetCase").And.Contain("404").And.Contain("Case not found"));
        Assert.That(error.RateLimit, Is.Not.Null);
        Assert.That(error.RateLimit!.Limit, Is.EqualTo(100));
        Assert.That(error.RateLimit.Period, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(error.RateLimit.Remaining, Is.EqualTo(97));
        Assert.That(error.RateLimit.Reset, Is.EqualTo(TimeSpan.FromSeconds(12)));
        Assert.That(error.RateLimit.Name, Is.EqualTo("cases_read"));
    }

    [TestCase("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")]
    [TestCase("", "text/plain")]
    [TestCase("{\"errors\": \"not a list\"}", "application/json")]
    [TestCase("{truncated", "application/json")]
    public async Task Error_bodies_that_are_not_the_documented_json_still_give_a_clear_exception(string body, string contentType)
    {
        var stub = new StubHandler().Respond(HttpStatusCode.BadGateway, configure: r => r.Content = new StringContent(body, System.Text.Encoding.UTF8, contentType));
        using var client = TestClients.Over(stub, o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(error.Errors, Is.Empty);
        Assert.That(error.IsDocumentedStatus, Is.False);
        Assert.That(error.RawBodyExcerpt, body.Length == 0 ? Is.Null : Is.EqualTo(body));
    }

    [Test]
    public async Task Raw_body_excerpt_is_bounded()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.InternalServerError, configure: r => r.Content = new StringContent(new string('x', 1_000_000)));
        using var client = TestClients.Over(stub, o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases.PostAsync(new Models.CaseCreateRequest { Data = new Models.CaseCreate { Attributes = new Models.CaseCreateAttributes { Title = "t", TypeId = "3b010bde-09ce-4449-b745-71dd5f861963" } } }));

        Assert.That(error!.RawBodyExcerpt!.Length, Is.LessThanOrEqualTo(2049));
    }

    [TestCase("""{"data":{"id":"c1","type":"case","attributes":{"title":""", "GetCase")]
    [TestCase("""{"data":{"id":42}}""", "GetCase")]
    [TestCase("""{"data":{"attributes":{"created_at":"yesterday"}}}""", "GetCase")]
    public async Task Malformed_success_body_names_the_operation_and_the_problem(string body, string operationId)
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, body);
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => client.Api.V2.Cases["c1"].GetAsync());

        Assert.That(error!.OperationId, Is.EqualTo(operationId));
        Assert.That(error.Message, Does.StartWith(operationId + ":").And.Contain("CaseResponse"));
    }

    [Test]
    public async Task Success_with_a_non_json_content_type_is_reported()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, configure: r => r.Content = new StringContent("<html>login</html>", System.Text.Encoding.UTF8, "text/html"));
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.Contain("ListRoles").And.Contain("text/html"));
    }

    // Over a real socket the Content-Type arrives as raw text, which the client checks without parsing.
    [TestCase("application/json", true)]
    [TestCase("application/json; charset=utf-8", true)]
    [TestCase("application/vnd.api+json", true)]
    [TestCase("text/html; charset=utf-8", false)]
    [TestCase("text/plain", false)]
    public async Task Raw_content_type_of_a_success_decides_whether_the_body_is_read(string contentType, bool read)
    {
        await using var server = await LoopbackServer.StartAsync(c =>
        {
            c.Response.Headers.ContentType = contentType;
            return c.Response.WriteAsync("""{"data":{"id":"c1","type":"case"}}""");
        });
        using var client = new DatadogClient(new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
            BaseAddress = server.BaseAddress,
        });

        if (read)
        {
            Assert.That((await client.Api.V2.Cases["c1"].GetAsync()).Data!.Id, Is.EqualTo("c1"));
        }
        else
        {
            var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => client.Api.V2.Cases["c1"].GetAsync());
            Assert.That(error!.Message, Does.Contain("GetCase").And.Contain(contentType.Split(';')[0]));
        }
    }

    [Test]
    public async Task Json_null_success_body_is_reported_not_returned_as_null()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, "null");
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<DatadogResponseFormatException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.Contain("ListRoles").And.Contain("null"));
    }

    [Test]
    public async Task Delete_with_204_completes()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.NoContent);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Roles["r1"].DeleteAsync();

        Assert.That(stub.Requests.Single().Method, Is.EqualTo(HttpMethod.Delete));
    }

    [Test]
    public async Task A_bare_socket_failure_from_the_transport_is_an_HttpRequestException_naming_the_operation()
    {
        var stub = new StubHandler().Throw(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.NotConnected));
        using var client = TestClients.Over(stub, o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(error!.Message, Does.StartWith("ListRoles:"));
        Assert.That(error.InnerException, Is.InstanceOf<System.Net.Sockets.SocketException>());
    }
}
