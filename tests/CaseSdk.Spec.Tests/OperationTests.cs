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

    [TestCaseSource(typeof(SpecFile), nameof(SpecFile.OperationCases))]
    public void Operation_has_summary_description_and_one_tag(string path, HttpMethod method, OpenApiOperation operation)
    {
        var at = SpecFile.Locate(path, method);
        Assert.Multiple(() =>
        {
            Assert.That(operation.Summary, Is.Not.Null.And.Not.Empty, $"{at}/summary: missing");
            Assert.That(operation.Description, Is.Not.Null.And.Not.Empty, $"{at}/description: missing");
            Assert.That(operation.Tags?.Select(t => t.Name), Is.EqualTo(new[] { ExpectedTag(path) }), $"{at}/tags: one tag, the API's page");
        });
    }

    [TestCaseSource(typeof(SpecFile), nameof(SpecFile.OperationCases))]
    public void Only_incident_team_operations_are_deprecated(string path, HttpMethod method, OpenApiOperation operation)
    {
        var teams = path.StartsWith("/api/v2/teams", StringComparison.Ordinal);
        Assert.That(operation.Deprecated, Is.EqualTo(teams), $"{SpecFile.Locate(path, method, "deprecated")}: {(teams ? "Incident Teams operations are deprecated" : "only Incident Teams operations are deprecated")}");
    }

    [TestCaseSource(typeof(SpecFile), nameof(SpecFile.OperationCases))]
    public void Error_responses_use_the_shared_error_schema_of_their_api(string path, HttpMethod method, OpenApiOperation operation)
    {
        var at = SpecFile.Locate(path, method, "responses");
        Assert.That(operation.Responses, Is.Not.Null, $"{at}: missing");
        var errors = operation.Responses!.Where(r => r.Key.StartsWith('4')).ToList();

        // Case Management answers JSON:API error objects; Roles and Incident Teams answer strings.
        var expected = path.StartsWith("/api/v2/cases", StringComparison.Ordinal) ? "CaseErrorResponse" : "APIErrorResponse";
        Assert.That(errors, Is.Not.Empty, $"{at}: every documented operation lists its 4xx responses");
        Assert.Multiple(() =>
        {
            foreach (var (code, response) in errors)
            {
                var schema = response.Content is { } content && content.TryGetValue("application/json", out var media) ? media.Schema : null;
                Assert.That(schema, Is.InstanceOf<OpenApiSchemaReference>(), $"{at}/{code}/content/application~1json/schema: a $ref to {expected}");
                Assert.That((schema as OpenApiSchemaReference)?.Reference.Id, Is.EqualTo(expected), $"{at}/{code}/content/application~1json/schema: the shared error schema of this API");
            }
        });
    }

    [TestCaseSource(typeof(SpecFile), nameof(SpecFile.OperationCases))]
    public void Success_response_has_a_body_except_bodiless_deletes(string path, HttpMethod method, OpenApiOperation operation)
    {
        var at = SpecFile.Locate(path, method, "responses");
        Assert.That(operation.Responses, Is.Not.Null, $"{at}: missing");
        var success = operation.Responses!.Where(r => r.Key.StartsWith('2')).ToList();

        Assert.That(success, Has.Count.EqualTo(1), $"{at}: exactly one 2xx response");
        var (code, response) = success[0];
        if (code == "204")
        {
            Assert.That(method, Is.EqualTo(HttpMethod.Delete), $"{at}/204: only a DELETE answers without a body");
            Assert.That(response.Content, Is.Null.Or.Empty, $"{at}/204/content: a 204 has no body");
        }
        else
        {
            var media = response.Content is { } content && content.TryGetValue("application/json", out var json) ? json : null;
            Assert.That(media?.Schema, Is.Not.Null, $"{at}/{code}/content/application~1json/schema: missing");
            Assert.That(media!.Example, Is.Not.Null, $"{at}/{code}/content/application~1json/example: missing");
        }
    }

    [TestCaseSource(typeof(SpecFile), nameof(SpecFile.OperationCases))]
    public void Request_body_has_a_schema_and_an_example(string path, HttpMethod method, OpenApiOperation operation)
    {
        var at = SpecFile.Locate(path, method, "requestBody");
        if (operation.RequestBody is null)
        {
            Assert.That(method, Is.AnyOf(HttpMethod.Get, HttpMethod.Delete), $"{at}: a {method} takes a body");
            return;
        }

        var media = operation.RequestBody.Content is { } content && content.TryGetValue("application/json", out var json) ? json : null;
        Assert.That(media, Is.Not.Null, $"{at}/content/application~1json: missing");
        Assert.Multiple(() =>
        {
            Assert.That(media!.Schema, Is.InstanceOf<OpenApiSchemaReference>(), $"{at}/content/application~1json/schema: a $ref to a component");
            Assert.That(media.Example, Is.Not.Null, $"{at}/content/application~1json/example: missing");
            Assert.That(operation.RequestBody.Required, Is.True, $"{at}/required: a body is required");
        });
    }

    private static string ExpectedTag(string path) => path switch
    {
        _ when path.StartsWith("/api/v2/cases", StringComparison.Ordinal) => "Case Management",
        _ when path.StartsWith("/api/v2/teams", StringComparison.Ordinal) => "Incident Teams",
        _ => "Roles",
    };
}
