using System.Net;
using CaseSdk.Testing;
using CaseSdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace CaseSdk.Tests;

/// <summary>The <c>...WithResponseAsync</c> twins over a real socket: status, headers, rate limit and request id.</summary>
public sealed class ResponseDetailsTests
{
    private const string CaseJson = """{"data":{"id":"c1","type":"case","attributes":{"title":"Disk full"}}}""";

    private static DatadogClient ClientFor(LoopbackServer server) => new(new DatadogClientOptions
    {
        Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
        BaseAddress = server.BaseAddress,
        Retry = { MaxRetries = 0 },
    });

    private static Task<LoopbackServer> Serve(int status, string? body, params (string Name, string Value)[] headers) =>
        LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                c.Response.Headers.Append(name, value);
            }

            if (body is not null)
            {
                c.Response.ContentType = "application/json";
                await c.Response.WriteAsync(body);
            }
        });

    [Test]
    public async Task A_success_gives_the_body_with_status_headers_rate_limit_and_request_id()
    {
        await using var server = await Serve(200, CaseJson,
            ("X-RateLimit-Limit", "100"), ("X-RateLimit-Period", "60"), ("X-RateLimit-Remaining", "42"), ("X-RateLimit-Reset", "17"), ("X-RateLimit-Name", "cases_read"),
            ("X-Datadog-Request-Id", "req-0af3"), ("X-Trace", "one"), ("X-Trace", "two"));
        using var client = ClientFor(server);

        var response = await client.Api.V2.Cases["c1"].GetWithResponseAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Value.Data!.Id, Is.EqualTo("c1"));
        Assert.That(response.Value.Data.Attributes!.Title, Is.EqualTo("Disk full"));
        Assert.That(response.RequestId, Is.EqualTo("req-0af3"));
        Assert.That(response.RateLimit!.Remaining, Is.EqualTo(42));
        Assert.That(response.RateLimit.Limit, Is.EqualTo(100));
        Assert.That(response.RateLimit.Period, Is.EqualTo(TimeSpan.FromSeconds(60)));
        Assert.That(response.RateLimit.Reset, Is.EqualTo(TimeSpan.FromSeconds(17)));
        Assert.That(response.RateLimit.Name, Is.EqualTo("cases_read"));
        Assert.That(response.Headers["x-trace"], Is.EqualTo(new[] { "one", "two" }), "names ignore case; values keep their order");
        Assert.That(response.Headers["Content-Type"].Single(), Does.StartWith("application/json"), "content headers are included");
        Assert.That(response.ToString(), Does.Contain("200").And.Contain("req-0af3").And.Contain("42 remaining"));
    }

    [Test]
    public async Task The_body_returning_call_is_unchanged_beside_its_twin()
    {
        await using var server = await Serve(200, CaseJson, ("X-Datadog-Request-Id", "req-1"));
        using var client = ClientFor(server);

        var body = await client.Api.V2.Cases["c1"].GetAsync();

        Assert.That(body.Data!.Id, Is.EqualTo("c1"));
        Assert.That(server.Received.Single().PathAndQuery, Is.EqualTo("/api/v2/cases/c1"));
    }

    [Test]
    public async Task A_204_operation_gives_the_details_without_a_body()
    {
        await using var server = await Serve(204, null, ("X-Datadog-Request-Id", "req-del"), ("X-RateLimit-Remaining", "7"));
        using var client = ClientFor(server);

        var response = await client.Api.V2.Cases.Projects["p1"].DeleteWithResponseAsync();

        Assert.That(response, Is.Not.InstanceOf(typeof(DatadogResponse<>)));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(response.RequestId, Is.EqualTo("req-del"));
        Assert.That(response.RateLimit!.Remaining, Is.EqualTo(7));
        Assert.That(server.Received.Single().Method, Is.EqualTo("DELETE"));
    }

    [Test]
    public async Task A_request_body_is_sent_by_the_twin_as_by_the_plain_call()
    {
        string? received = null;
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            received = await new StreamReader(c.Request.Body).ReadToEndAsync();
            c.Response.StatusCode = 201;
            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync(CaseJson);
        });
        using var client = ClientFor(server);
        var body = new Models.CaseCreateRequest
        {
            Data = new Models.CaseCreate
            {
                Attributes = new Models.CaseCreateAttributes { Title = "Disk full", TypeId = "t1" },
                Relationships = new Models.CaseCreateRelationships { Project = new Models.ProjectRelationship { Data = new Models.ProjectRelationshipData { Id = "p1" } } },
            },
        };

        var response = await client.Api.V2.Cases.PostWithResponseAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Value.Data!.Id, Is.EqualTo("c1"));
        Assert.That(received, Does.Contain("\"title\":\"Disk full\""));
    }

    [Test]
    public async Task An_error_carries_the_request_id_and_its_text_no_credentials()
    {
        await using var server = await Serve(404, """{"errors":["Case not found"]}""", ("X-Datadog-Request-Id", "req-404"), ("X-RateLimit-Remaining", "3"));
        using var client = ClientFor(server);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["missing"].GetWithResponseAsync());

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(error.RequestId, Is.EqualTo("req-404"));
        Assert.That(error.RateLimit!.Remaining, Is.EqualTo(3));
        Assert.That(error.Message, Does.Contain("GetCase").And.Contain("req-404").And.Contain("Case not found"));
        Assert.That(error.ToString(), Does.Not.Contain(TestClients.ApiKey).And.Not.Contain(TestClients.AppKey));
    }

    [Test]
    public async Task The_plain_call_error_carries_the_request_id_too()
    {
        await using var server = await Serve(403, """{"errors":["Forbidden"]}""", ("X-Datadog-Request-Id", "req-403"));
        using var client = ClientFor(server);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases.Projects["p1"].DeleteAsync());

        Assert.That(error!.RequestId, Is.EqualTo("req-403"));
        Assert.That(error.OperationId, Is.EqualTo("DeleteProject"));
    }

    [Test]
    public async Task X_Request_Id_is_the_fallback_and_no_header_gives_null()
    {
        await using (var server = await Serve(200, CaseJson, ("X-Request-Id", "gw-77")))
        {
            using var client = ClientFor(server);
            Assert.That((await client.Api.V2.Cases["c1"].GetWithResponseAsync()).RequestId, Is.EqualTo("gw-77"));
        }

        await using (var server = await Serve(200, CaseJson, ("X-Request-Id", "gw-77"), ("X-Datadog-Request-Id", "dd-1")))
        {
            using var client = ClientFor(server);
            Assert.That((await client.Api.V2.Cases["c1"].GetWithResponseAsync()).RequestId, Is.EqualTo("dd-1"), "Datadog's header wins");
        }

        await using (var server = await Serve(200, CaseJson))
        {
            using var client = ClientFor(server);
            var response = await client.Api.V2.Cases["c1"].GetWithResponseAsync();
            Assert.That(response.RequestId, Is.Null);
            Assert.That(response.RateLimit, Is.Null);
        }
    }

    [Test]
    public void Every_operation_method_has_a_twin_with_the_same_parameters_returning_the_details()
    {
        var operations = typeof(DatadogClient).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "CaseSdk.Builders" && t.Name.EndsWith("RequestBuilder", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.Name.EndsWith("WithResponseAsync", StringComparison.Ordinal) && m.ReturnType.IsAssignableTo(typeof(Task)))
            .ToList();
        var problems = new List<string>();
        foreach (var operation in operations)
        {
            var parameters = operation.GetParameters().Select(p => p.ParameterType).ToArray();
            var twin = operation.DeclaringType!.GetMethod(operation.Name[..^"Async".Length] + "WithResponseAsync", parameters);
            var expected = operation.ReturnType == typeof(Task)
                ? typeof(Task<DatadogResponse>)
                : typeof(Task<>).MakeGenericType(typeof(DatadogResponse<>).MakeGenericType(operation.ReturnType.GetGenericArguments()[0]));
            if (twin?.ReturnType != expected)
            {
                problems.Add($"{operation.DeclaringType.Name}.{operation.Name}: twin returns {twin?.ReturnType.Name ?? "nothing"}");
            }
        }

        // The spec's 30 operations, the 204 ones included (DeleteProject, DeleteRole, ...).
        Assert.That(operations, Has.Count.EqualTo(30));
        Assert.That(operations.Count(o => o.ReturnType == typeof(Task)), Is.GreaterThan(0));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public async Task A_huge_request_id_is_cut()
    {
        await using var server = await Serve(500, "{}", ("X-Datadog-Request-Id", new string('r', 5000)));
        using var client = ClientFor(server);

        var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["c1"].GetAsync());

        Assert.That(error!.RequestId, Has.Length.EqualTo(128));
        Assert.That(error.Message.Length, Is.LessThan(400));
    }
}
