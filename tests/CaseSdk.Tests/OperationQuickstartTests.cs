using System.Net;
using CaseSdk.Builders;
using CaseSdk.Models;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

/// <summary>The quickstart written with the operation-named entry points compiles and sends the documented requests.</summary>
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
            .Respond(HttpStatusCode.OK, """{"data":[{"id":"r1","type":"roles","attributes":{"name":"Admin"}}]}""");
        using var client = TestClients.Over(stub);
        var ct = CancellationToken.None;
        var lines = new List<string>();

        var project = await client.CaseManagement.CreateProjectAsync("SEC", "Security Investigation", cancellationToken: ct);
        var created = await client.CaseManagement.CreateCaseAsync(project.Data!.Id!, "Memory leak on the API", "type-1", priority: CasePriority.P3, cancellationToken: ct);
        var caseId = created.Data!.Id!;
        await client.CaseManagement.AssignCaseAsync(caseId, "user-1", ct);
        await client.CaseManagement.UpdatePriorityAsync(caseId, CasePriority.P1, ct);
        await client.CaseManagement.UpdateStatusAsync(caseId, statusName: CaseStatusNames.Closed, cancellationToken: ct);
        await client.CaseManagement.ArchiveCaseAsync(caseId, ct);
        await foreach (var page in client.CaseManagement.SearchCasesWithPaginationAsync(new() { Filter = "status:open" }, ct).AsPages())
        {
            lines.Add($"page {page.Position} of {page.TotalPages}: {page.Items.Count} cases");
        }

        var roles = await client.Roles.ListRolesAsync(new() { Sort = RolesSort.NameAscending }, ct);

        Assert.That(lines, Is.EqualTo(new[] { "page 1 of 1: 1 cases" }));
        Assert.That(roles.Data!.Single().Attributes!.Name, Is.EqualTo("Admin"));
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
