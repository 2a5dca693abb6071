using CaseSdk;
using CaseSdk.Models;

namespace Quickstart;

/// <summary>The README's quickstart, kept here so that it compiles and runs as a test.</summary>
public static class QuickstartExample
{
    /// <summary>Creates a project and a case of type <paramref name="caseTypeId"/>, works the case to closed and archived, pages through cases and lists roles.</summary>
    /// <param name="client">The client.</param>
    /// <param name="caseTypeId">The UUID of one of the organisation's case types (the API requires one on every new case).</param>
    /// <param name="assigneeUserId">The user the case is assigned to.</param>
    /// <param name="output">Where the example writes what it did.</param>
    /// <param name="ct">Cancels the calls.</param>
    public static async Task RunAsync(DatadogClient client, string caseTypeId, string assigneeUserId, TextWriter output, CancellationToken ct = default)
    {
        // quickstart:start
        // Create a project, then a case in it.
        var project = await client.Api.V2.Cases.Projects.PostAsync(new ProjectCreateRequest
        {
            Data = new ProjectCreate { Attributes = new ProjectCreateAttributes { Key = "SEC", Name = "Security Investigation" } },
        }, cancellationToken: ct);

        var created = await client.Api.V2.Cases.PostAsync(new CaseCreateRequest
        {
            Data = new CaseCreate
            {
                Attributes = new CaseCreateAttributes { Title = "Memory leak on the API", TypeId = caseTypeId, Priority = CasePriority.P3 },
                Relationships = new CaseCreateRelationships
                {
                    Project = new ProjectRelationship { Data = new ProjectRelationshipData { Id = project.Data!.Id } },
                },
            },
        }, cancellationToken: ct);
        var caseId = created.Data!.Id!;
        output.WriteLine($"Created {created.Data.Attributes?.Key} ({caseId})");

        // Assign it, raise its priority, close it and archive it.
        var thisCase = client.Api.V2.Cases[caseId];
        await thisCase.Assign.PostAsync(new CaseAssignRequest
        {
            Data = new CaseAssign { Attributes = new CaseAssignAttributes { AssigneeId = assigneeUserId } },
        }, cancellationToken: ct);
        await thisCase.Priority.PostAsync(new CaseUpdatePriorityRequest
        {
            Data = new CaseUpdatePriority { Attributes = new CaseUpdatePriorityAttributes { Priority = CasePriority.P1 } },
        }, cancellationToken: ct);
        await thisCase.Status.PostAsync(new CaseUpdateStatusRequest
        {
            Data = new CaseUpdateStatus { Attributes = new CaseUpdateStatusAttributes { StatusName = CaseStatusNames.Closed } },
        }, cancellationToken: ct);
        await thisCase.Archive.PostAsync(new CaseEmptyRequest { Data = new CaseEmpty() }, cancellationToken: ct);

        // Page through open cases: pages are fetched as the loop needs them.
        await foreach (var openCase in client.Api.V2.Cases.ListAllAsync(q => q.Filter = "status:open", ct))
        {
            output.WriteLine($"{openCase.Attributes?.Key}: [{openCase.Attributes?.Priority?.DisplayName()}] {openCase.Attributes?.Title}");
        }

        // List the organisation's roles.
        var roles = await client.Api.V2.Roles.GetAsync(q => q.QueryParameters.Sort = RolesSort.NameAscending, ct);
        foreach (var role in roles.Data ?? [])
        {
            output.WriteLine($"Role {role.Attributes?.Name}: {role.Attributes?.UserCount} users");
        }
        // quickstart:end
    }
}
