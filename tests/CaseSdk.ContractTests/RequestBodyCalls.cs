using CaseSdk.Models;

namespace CaseSdk.ContractTests;

/// <summary>
/// One call per operation that takes a request body, sending the body it is given (any instance of the SDK's request
/// type) through the public SDK surface: the live-shaped request tests read a synthesized body into the SDK's model
/// and send it.
/// </summary>
internal static class RequestBodyCalls
{
    private static readonly Dictionary<string, Func<DatadogClient, object, CancellationToken, Task<object?>>> ByOperationId =
        new(StringComparer.Ordinal)
        {
            ["CreateProject"] = async (client, body, ct) => await client.Api.V2.Cases.Projects.PostAsync((ProjectCreateRequest)body, cancellationToken: ct),
            ["CreateCase"] = async (client, body, ct) => await client.Api.V2.Cases.PostAsync((CaseCreateRequest)body, cancellationToken: ct),
            ["UpdateStatus"] = async (client, body, ct) => await client.Api.V2.Cases[OperationCalls.CaseId].Status.PostAsync((CaseUpdateStatusRequest)body, cancellationToken: ct),
            ["UpdatePriority"] = async (client, body, ct) => await client.Api.V2.Cases[OperationCalls.CaseId].Priority.PostAsync((CaseUpdatePriorityRequest)body, cancellationToken: ct),
            ["AssignCase"] = async (client, body, ct) => await client.Api.V2.Cases[OperationCalls.CaseId].Assign.PostAsync((CaseAssignRequest)body, cancellationToken: ct),
            ["UnassignCase"] = async (client, body, ct) => await client.Api.V2.Cases[OperationCalls.CaseId].Unassign.PostAsync((CaseEmptyRequest)body, cancellationToken: ct),
            ["ArchiveCase"] = async (client, body, ct) => await client.Api.V2.Cases[OperationCalls.CaseId].Archive.PostAsync((CaseEmptyRequest)body, cancellationToken: ct),
            ["UnarchiveCase"] = async (client, body, ct) => await client.Api.V2.Cases[OperationCalls.CaseId].Unarchive.PostAsync((CaseEmptyRequest)body, cancellationToken: ct),
#pragma warning disable CS0618 // Incident Teams is deprecated, but its operations are still part of the contract.
            ["CreateIncidentTeam"] = async (client, body, ct) => await client.Api.V2.Teams.PostAsync((IncidentTeamCreateRequest)body, cancellationToken: ct),
            ["UpdateIncidentTeam"] = async (client, body, ct) => await client.Api.V2.Teams[OperationCalls.TeamId].PatchAsync((IncidentTeamUpdateRequest)body, cancellationToken: ct),
#pragma warning restore CS0618
            ["CreateRole"] = async (client, body, ct) => await client.Api.V2.Roles.PostAsync((RoleCreateRequest)body, cancellationToken: ct),
            ["UpdateRole"] = async (client, body, ct) => await client.Api.V2.Roles[OperationCalls.RoleId].PatchAsync((RoleUpdateRequest)body, cancellationToken: ct),
            ["AddPermissionToRole"] = async (client, body, ct) => await client.Api.V2.Roles[OperationCalls.RoleId].Permissions.PostAsync((RelationshipToPermission)body, cancellationToken: ct),
            ["RemovePermissionFromRole"] = async (client, body, ct) => await client.Api.V2.Roles[OperationCalls.RoleId].Permissions.DeleteAsync((RelationshipToPermission)body, cancellationToken: ct),
            ["AddUserToRole"] = async (client, body, ct) => await client.Api.V2.Roles[OperationCalls.RoleId].Users.PostAsync((RelationshipToUser)body, cancellationToken: ct),
            ["RemoveUserFromRole"] = async (client, body, ct) => await client.Api.V2.Roles[OperationCalls.RoleId].Users.DeleteAsync((RelationshipToUser)body, cancellationToken: ct),
        };

    /// <summary>The call for an operation; fails the test, naming the operation, when there is none.</summary>
    public static Func<DatadogClient, object, CancellationToken, Task<object?>> For(string operationId)
    {
        if (!ByOperationId.TryGetValue(operationId, out var call))
        {
            Assert.Fail($"The spec has operation '{operationId}' with a request body but RequestBodyCalls has no call for it: add one.");
        }

        return call!;
    }
}
