using System.Net;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;
using Quickstart;

namespace CaseSdk.Tests;

/// <summary>The quickstart, written with the operation-named entry points, sends the documented requests in order.</summary>
public sealed class OperationQuickstartTests
{
    [Test]
    public async Task The_operation_named_quickstart_sends_each_request_once()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.Created, """{"data":{"id":"p1","type":"project"}}""")
            .Respond(HttpStatusCode.Created, """{"data":{"id":"c1","type":"case","attributes":{"key":"SEC-1"}}}""")
            .Respond(HttpStatusCode.OK, """{"data":{"id":"c1","type":"case"}}""")
            .Respond(HttpStatusCode.OK, """{"data":{"id":"c1","type":"case"}}""")
            .Respond(HttpStatusCode.OK, """{"data":{"id":"c1","type":"case"}}""")
            .Respond(HttpStatusCode.OK, """{"data":{"id":"c1","type":"case"}}""")
            .Respond(HttpStatusCode.OK, """{"data":[{"id":"c1","type":"case"}],"meta":{"page":{"current":1,"size":1,"total":1}}}""")
            .Respond(HttpStatusCode.OK, """{"data":[{"id":"r1","type":"roles","attributes":{"name":"Admin","user_count":3}}]}""", r =>
            {
                r.Headers.Add("X-RateLimit-Remaining", "41");
                r.Headers.Add("X-Datadog-Request-Id", "req-9");
            });
        using var client = TestClients.Over(stub);
        using var output = new StringWriter();

        // The README's quickstart itself (samples/Quickstart), not a copy of it.
        await QuickstartExample.RunAsync(client, "type-1", "user-1", output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Does.Contain("Page 1 of 1: 1 open case(s)"));
        Assert.That(lines, Does.Contain("41 requests left in this period (request id req-9)"));
        Assert.That(lines, Does.Contain("Role Admin: 3 users"));
        Assert.That(stub.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath}"), Is.EqualTo(new[]
        {
            "POST /api/v2/cases/projects",
            "POST /api/v2/cases",
            "POST /api/v2/cases/c1/assign",
            "POST /api/v2/cases/c1/priority",
            "POST /api/v2/cases/c1/status",
            "POST /api/v2/cases/c1/archive",
            "GET /api/v2/cases",
            "GET /api/v2/roles",
        }));
        Assert.That(stub.Requests[1].Body, Does.Contain("\"project\":{\"data\":{\"id\":\"p1\",\"type\":\"project\"}}"));
        Assert.That(stub.Requests[5].Body, Is.EqualTo("""{"data":{"type":"case"}}"""));
    }
}
