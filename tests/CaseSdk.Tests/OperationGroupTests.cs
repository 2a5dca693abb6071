using System.Net;
using System.Text.Json.Nodes;
using CaseSdk.Builders;
using CaseSdk.Models;
using CaseSdk.Operations;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

/// <summary>The operation-named entry points send what their path-shaped builders send, and the short envelope overloads build the documented bodies.</summary>
public sealed class OperationGroupTests
{
    private const string CaseBody = """{"data":{"id":"CASE-1","type":"case","attributes":{"title":"t"}}}""";

    [Test]
    public async Task GetCase_sends_the_builder_request_for_its_path_argument()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, CaseBody);
        using var client = TestClients.Over(stub);

        var response = await client.CaseManagement.GetCaseAsync("CASE 1/x");

        Assert.That(response.Data!.Id, Is.EqualTo("CASE-1"));
        Assert.That(stub.Requests.Single().Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(stub.Requests.Single().Uri.AbsolutePath, Is.EqualTo("/api/v2/cases/CASE%201%2Fx"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public async Task A_missing_path_argument_is_named_and_nothing_is_sent(string? caseId)
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, CaseBody);
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => client.CaseManagement.UpdatePriorityAsync(caseId!, CasePriority.P1));

        Assert.That(((ArgumentException)error!).ParamName, Is.EqualTo("caseId"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task SearchCases_takes_the_query_object()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[]}""");
        using var client = TestClients.Over(stub);

        await client.CaseManagement.SearchCasesAsync(new SearchCasesQueryParameters { Filter = "project:web", PageSize = 5 });

        var query = Uri.UnescapeDataString(stub.Requests.Single().Uri.Query);
        Assert.That(query, Does.Contain("filter=project:web").And.Contain("page[size]=5"));
    }

    [Test]
    public async Task CreateCase_short_form_builds_the_envelope_with_the_project_relationship()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.Created, CaseBody);
        using var client = TestClients.Over(stub);

        await client.CaseManagement.CreateCaseAsync("proj-1", "Disk full", "type-1", priority: CasePriority.P2);

        var sent = JsonNode.Parse(stub.Requests.Single().Body!)!;
        Assert.That(sent.ToJsonString(), Is.EqualTo(
            """{"data":{"attributes":{"priority":"P2","title":"Disk full","type_id":"type-1"},"relationships":{"project":{"data":{"id":"proj-1","type":"project"}}},"type":"case"}}"""));
        Assert.That(stub.Requests.Single().Uri.AbsolutePath, Is.EqualTo("/api/v2/cases"));
    }

    [Test]
    public async Task Optional_relationship_is_sent_only_when_given()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.Created, CaseBody).Respond(HttpStatusCode.Created, CaseBody);
        using var client = TestClients.Over(stub);

        await client.CaseManagement.CreateCaseAsync("proj-1", "t", "type-1", assigneeId: "user-9");
        await client.CaseManagement.CreateCaseAsync("proj-1", "t", "type-1");

        var first = JsonNode.Parse(stub.Requests[0].Body!)!["data"]!["relationships"]!;
        var second = JsonNode.Parse(stub.Requests[1].Body!)!["data"]!["relationships"]!;
        Assert.That(first["assignee"]!.ToJsonString(), Is.EqualTo("""{"data":{"id":"user-9","type":"user"}}"""));
        Assert.That(second.AsObject().ContainsKey("assignee"), Is.False);
    }

    [Test]
    public async Task A_null_required_argument_is_named_and_nothing_is_sent()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.Created, CaseBody);
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<ArgumentNullException>(() => client.CaseManagement.CreateCaseAsync("proj-1", null!, "type-1"));

        Assert.That(error!.ParamName, Is.EqualTo("title"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task AssignCase_and_UpdatePriority_are_one_statement_each()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, CaseBody).Respond(HttpStatusCode.OK, CaseBody);
        using var client = TestClients.Over(stub);

        await client.CaseManagement.AssignCaseAsync("CASE-1", "user-9");
        await client.CaseManagement.UpdatePriorityAsync("CASE-1", CasePriority.P1);

        Assert.That(stub.Requests.Select(r => (r.Uri.AbsolutePath, r.Body)), Is.EqualTo(new[]
        {
            ("/api/v2/cases/CASE-1/assign", """{"data":{"attributes":{"assignee_id":"user-9"},"type":"case"}}"""),
            ("/api/v2/cases/CASE-1/priority", """{"data":{"attributes":{"priority":"P1"},"type":"case"}}"""),
        }));
    }

    [Test]
    public async Task A_bare_resource_identifier_takes_its_id_and_an_update_takes_the_id_from_the_path()
    {
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, """{"data":[]}""")
            .Respond(HttpStatusCode.OK, """{"data":{"id":"r1","type":"roles"}}""");
        using var client = TestClients.Over(stub);

        await client.Roles.AddUserToRoleAsync("r1", "user-9");
        await client.Roles.UpdateRoleAsync("r1", name: "Ops");

        Assert.That(JsonNode.Parse(stub.Requests[0].Body!)!.ToJsonString(), Is.EqualTo("""{"data":{"id":"user-9","type":"users"}}"""));
        Assert.That(JsonNode.Parse(stub.Requests[1].Body!)!["data"]!.ToJsonString(), Is.EqualTo("""{"attributes":{"name":"Ops"},"id":"r1","type":"roles"}"""));
        Assert.That(stub.Requests.Select(r => r.Method.Method), Is.EqualTo(new[] { "POST", "PATCH" }));
    }

    [Test]
    public async Task The_full_body_overload_stays()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, CaseBody);
        using var client = TestClients.Over(stub);

        await client.CaseManagement.UpdatePriorityAsync("CASE-1", new CaseUpdatePriorityRequest { Data = new CaseUpdatePriority { Attributes = new CaseUpdatePriorityAttributes { Priority = CasePriority.P3 } } });

        Assert.That(stub.Requests.Single().Body, Is.EqualTo("""{"data":{"attributes":{"priority":"P3"},"type":"case"}}"""));
    }

    [Test]
    public async Task A_group_made_for_mocking_says_so_when_not_overridden()
    {
        var group = new UnconfiguredGroup();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => group.GetCaseAsync("CASE-1"));

        Assert.That(error!.Message, Does.Contain("mocking"));
    }

    [Test]
    public async Task A_group_method_can_be_overridden_without_http()
    {
        CaseManagementApi group = new OverriddenGroup();

        var response = await group.GetCaseAsync("CASE-7");

        Assert.That(response.Data!.Id, Is.EqualTo("CASE-7"));
    }

    private sealed class UnconfiguredGroup : CaseManagementApi
    {
    }

    private sealed class OverriddenGroup : CaseManagementApi
    {
        public override Task<CaseResponse> GetCaseAsync(string caseId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new CaseResponse { Data = new Case { Id = caseId } });
    }
}
