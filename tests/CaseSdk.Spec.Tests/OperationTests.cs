using Microsoft.OpenApi;

namespace CaseSdk.Spec.Tests;

public sealed class OperationTests
{
    private static readonly (string Method, string Path, string OperationId)[] Documented =
    [
        ("POST", "/api/v2/cases/projects", "CreateProject"),
        ("GET", "/api/v2/cases", "SearchCases"),
        ("POST", "/api/v2/cases", "CreateCase"),
        ("GET", "/api/v2/cases/projects", "GetProjects"),
        ("GET", "/api/v2/cases/{case_id}", "GetCase"),
        ("GET", "/api/v2/cases/projects/{project_id}", "GetProject"),
        ("DELETE", "/api/v2/cases/projects/{project_id}", "DeleteProject"),
        ("POST", "/api/v2/cases/{case_id}/status", "UpdateStatus"),
        ("POST", "/api/v2/cases/{case_id}/priority", "UpdatePriority"),
        ("POST", "/api/v2/cases/{case_id}/assign", "AssignCase"),
        ("POST", "/api/v2/cases/{case_id}/unassign", "UnassignCase"),
        ("POST", "/api/v2/cases/{case_id}/archive", "ArchiveCase"),
        ("POST", "/api/v2/cases/{case_id}/unarchive", "UnarchiveCase"),
        ("GET", "/api/v2/teams/{team_id}", "GetIncidentTeam"),
        ("DELETE", "/api/v2/teams/{team_id}", "DeleteIncidentTeam"),
        ("PATCH", "/api/v2/teams/{team_id}", "UpdateIncidentTeam"),
        ("GET", "/api/v2/teams", "ListIncidentTeams"),
        ("POST", "/api/v2/teams", "CreateIncidentTeam"),
        ("POST", "/api/v2/roles/{role_id}/users", "AddUserToRole"),
        ("POST", "/api/v2/roles", "CreateRole"),
        ("DELETE", "/api/v2/roles/{role_id}", "DeleteRole"),
        ("GET", "/api/v2/roles/{role_id}", "GetRole"),
        ("GET", "/api/v2/roles/{role_id}/users", "ListRoleUsers"),
        ("POST", "/api/v2/roles/{role_id}/permissions", "AddPermissionToRole"),
        ("GET", "/api/v2/permissions", "ListPermissions"),
        ("GET", "/api/v2/roles/{role_id}/permissions", "ListRolePermissions"),
        ("GET", "/api/v2/roles", "ListRoles"),
        ("DELETE", "/api/v2/roles/{role_id}/users", "RemoveUserFromRole"),
        ("DELETE", "/api/v2/roles/{role_id}/permissions", "RemovePermissionFromRole"),
        ("PATCH", "/api/v2/roles/{role_id}", "UpdateRole"),
    ];

    private static IEnumerable<TestCaseData> EachOperation() =>
        SpecFile.Operations().Select(o => new TestCaseData(o.Path, o.Method, o.Operation)
            .SetArgDisplayNames(o.Operation.OperationId ?? $"{o.Method} {o.Path}"));

    [Test]
    public void Spec_has_exactly_the_30_documented_operations()
    {
        var actual = SpecFile.Operations()
            .Select(o => (o.Method.Method, o.Path, o.Operation.OperationId ?? "(no operationId)"))
            .ToList();

        Assert.That(Documented, Has.Length.EqualTo(30));
        Assert.Multiple(() =>
        {
            Assert.That(Documented.Except(actual).Select(Describe), Is.Empty, "documented but missing from the spec");
            Assert.That(actual.Except(Documented).Select(Describe), Is.Empty, "in the spec but not documented");
            Assert.That(actual, Has.Count.EqualTo(30));
        });
    }

    private static string Describe((string Method, string Path, string OperationId) op) => $"{op.Method} {op.Path} {op.OperationId}";

    [TestCaseSource(nameof(EachOperation))]
    public void Operation_has_summary_description_and_one_tag(string path, HttpMethod method, OpenApiOperation operation)
    {
        Assert.That(operation.Summary, Is.Not.Null.And.Not.Empty);
        Assert.That(operation.Description, Is.Not.Null.And.Not.Empty);
        Assert.That(operation.Tags?.Select(t => t.Name), Is.EqualTo(new[] { ExpectedTag(path) }));
    }

    [TestCaseSource(nameof(EachOperation))]
    public void Only_incident_team_operations_are_deprecated(string path, HttpMethod method, OpenApiOperation operation)
    {
        Assert.That(operation.Deprecated, Is.EqualTo(path.StartsWith("/api/v2/teams", StringComparison.Ordinal)));
    }

    [TestCaseSource(nameof(EachOperation))]
    public void Error_responses_use_the_shared_error_schema_of_their_api(string path, HttpMethod method, OpenApiOperation operation)
    {
        var errors = operation.Responses!.Where(r => r.Key.StartsWith('4')).ToList();

        // Case Management answers JSON:API error objects; Roles and Incident Teams answer strings.
        var expected = path.StartsWith("/api/v2/cases", StringComparison.Ordinal) ? "CaseErrorResponse" : "APIErrorResponse";
        Assert.That(errors, Is.Not.Empty, "every documented operation lists its 4xx responses");
        foreach (var (code, response) in errors)
        {
            var schema = response.Content?["application/json"].Schema;
            Assert.That(schema, Is.InstanceOf<OpenApiSchemaReference>(), code);
            Assert.That(((OpenApiSchemaReference)schema!).Reference.Id, Is.EqualTo(expected), code);
        }
    }

    [TestCaseSource(nameof(EachOperation))]
    public void Success_response_has_a_body_except_bodiless_deletes(string path, HttpMethod method, OpenApiOperation operation)
    {
        var success = operation.Responses!.Where(r => r.Key.StartsWith('2')).ToList();

        Assert.That(success, Has.Count.EqualTo(1));
        var (code, response) = success[0];
        if (code == "204")
        {
            Assert.That(method, Is.EqualTo(HttpMethod.Delete));
            Assert.That(response.Content, Is.Null.Or.Empty);
        }
        else
        {
            var media = response.Content?["application/json"];
            Assert.That(media?.Schema, Is.Not.Null, code);
            Assert.That(media!.Example, Is.Not.Null, $"{code} needs an example");
        }
    }

    [TestCaseSource(nameof(EachOperation))]
    public void Request_body_has_a_schema_and_an_example(string path, HttpMethod method, OpenApiOperation operation)
    {
        if (operation.RequestBody is null)
        {
            Assert.That(method, Is.AnyOf(HttpMethod.Get, HttpMethod.Delete));
            return;
        }

        var media = operation.RequestBody.Content?["application/json"];
        Assert.That(media?.Schema, Is.InstanceOf<OpenApiSchemaReference>());
        Assert.That(media!.Example, Is.Not.Null);
        Assert.That(operation.RequestBody.Required, Is.True);
    }

    private static string ExpectedTag(string path) => path switch
    {
        _ when path.StartsWith("/api/v2/cases", StringComparison.Ordinal) => "Case Management",
        _ when path.StartsWith("/api/v2/teams", StringComparison.Ordinal) => "Incident Teams",
        _ => "Roles",
    };
}
