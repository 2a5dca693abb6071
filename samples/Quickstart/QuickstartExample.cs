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
        var project = await client.CaseManagement.CreateProjectAsync("SEC", "Security Investigation", cancellationToken: ct);
        var created = await client.CaseManagement.CreateCaseAsync(project.Data!.Id!, "Memory leak on the API", caseTypeId, priority: CasePriority.P3, cancellationToken: ct);
        var caseId = created.Data!.Id!;
        output.WriteLine($"Created {created.Data.Attributes?.Key} ({caseId})");

        // Assign it, raise its priority, close it and archive it.
        await client.CaseManagement.AssignCaseAsync(caseId, assigneeUserId, ct);
        await client.CaseManagement.UpdatePriorityAsync(caseId, CasePriority.P1, ct);
        await client.CaseManagement.UpdateStatusAsync(caseId, statusName: CaseStatusNames.Closed, cancellationToken: ct);
        await client.CaseManagement.ArchiveCaseAsync(caseId, ct);

        // Page through open cases with the page count the API reports; pages are fetched as the loop needs them.
        await foreach (var page in client.CaseManagement.SearchCasesWithPaginationAsync(new() { Filter = "status:open" }, ct).AsPages())
        {
            output.WriteLine($"Page {page.Position} of {page.TotalPages}: {page.Items.Count} open case(s)");
            foreach (var openCase in page.Items)
            {
                output.WriteLine($"{openCase.Attributes?.Key}: [{openCase.Attributes?.Priority?.DisplayName()}] {openCase.Attributes?.Title}");
            }
        }

        // List the organisation's roles, with the response's rate-limit budget and request id.
        var roles = await client.Roles.ListRolesWithResponseAsync(new() { Sort = RolesSort.NameAscending }, ct);
        output.WriteLine($"{roles.RateLimit?.Remaining} requests left in this period (request id {roles.RequestId})");
        foreach (var role in roles.Value.Data ?? [])
        {
            output.WriteLine($"Role {role.Attributes?.Name}: {role.Attributes?.UserCount} users");
        }
        // quickstart:end
    }
}
