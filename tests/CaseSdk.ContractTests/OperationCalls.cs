using CaseSdk.Models;

namespace CaseSdk.ContractTests;

/// <summary>
/// One call per operation of the spec, through the public SDK surface, with realistic arguments. Every optional
/// query parameter the spec declares is set (a test checks it), and optional body members are filled in where
/// a caller would, so the request bodies exercise more than the required minimum.
/// A call returns the SDK's response object, or null for an operation answered with 204.
/// </summary>
internal static class OperationCalls
{
    public const string CaseId = "aeadc05e-98a8-11ec-ac2c-da7ad0900001";
    public const string CaseKey = "CASEM-4523";
    public const string ProjectId = "e555e290-ed65-49bd-ae18-8acbfcf18db7";
    public const string UserId = "8146583c-0b5f-11ec-abf8-da7ad0900001";
    public const string TeamId = "00000000-7ea3-0000-000a-000000000000";
    public const string RoleId = "3653d3c6-0c75-11ea-ad28-fb5701eabc7d";
    public const string PermissionId = "984a2bd4-d3b4-11e8-a1ff-a7f660d43029";
    public const string LiveCaseTypeId = "3b010bde-09ce-4449-b745-71dd5f861963";

    /// <summary>operationId → the call.</summary>
    public static IReadOnlyDictionary<string, Func<DatadogClient, CancellationToken, Task<object?>>> ByOperationId { get; } =
        new Dictionary<string, Func<DatadogClient, CancellationToken, Task<object?>>>(StringComparer.Ordinal)
        {
            // ---- Case Management: projects ----
            ["CreateProject"] = async (client, ct) => await client.Api.V2.Cases.Projects.PostAsync(
                new ProjectCreateRequest
                {
                    Data = new ProjectCreate { Attributes = new ProjectCreateAttributes { Key = "SEC", Name = "Security Investigation" } },
                },
                cancellationToken: ct),
            ["GetProjects"] = async (client, ct) => await client.Api.V2.Cases.Projects.GetAsync(cancellationToken: ct),
            ["GetProject"] = async (client, ct) => await client.Api.V2.Cases.Projects[ProjectId].GetAsync(cancellationToken: ct),
            ["DeleteProject"] = async (client, ct) =>
            {
                await client.Api.V2.Cases.Projects[ProjectId].DeleteAsync(cancellationToken: ct);
                return null;
            },

            // ---- Case Management: cases ----
            ["SearchCases"] = async (client, ct) => await client.Api.V2.Cases.GetAsync(
                r =>
                {
                    r.QueryParameters.PageSize = 25;
                    r.QueryParameters.PageNumber = 2;
                    r.QueryParameters.SortField = CaseSortableField.Priority;
                    r.QueryParameters.SortAsc = false;
                    r.QueryParameters.Filter = "status:open priority:P1";
                },
                ct),
            ["CreateCase"] = async (client, ct) => await client.Api.V2.Cases.PostAsync(
                new CaseCreateRequest
                {
                    Data = new CaseCreate
                    {
                        // type_id is what the live API requires (the reference's CaseCreateAttributes): a required member.
                        Attributes = new CaseCreateAttributes
                        {
                            Title = "Memory leak investigation on API",
                            TypeId = LiveCaseTypeId,
                            Description = "Heap grows by 200 MB an hour on api-7 since the 14:00 deploy.",
                            Priority = CasePriority.P2,
                        },
                        Relationships = new CaseCreateRelationships
                        {
                            Assignee = new NullableUserRelationship { Data = new NullableUserRelationshipData { Id = UserId } },
                            Project = new ProjectRelationship { Data = new ProjectRelationshipData { Id = ProjectId } },
                        },
                    },
                },
                cancellationToken: ct),
            ["GetCase"] = async (client, ct) => await client.Api.V2.Cases[CaseKey].GetAsync(cancellationToken: ct),
#pragma warning disable CS0618 // `status` is deprecated in favour of `status_name`; the call sends both, valid old and new.
            ["UpdateStatus"] = async (client, ct) => await client.Api.V2.Cases[CaseId].Status.PostAsync(
                new CaseUpdateStatusRequest
                {
                    Data = new CaseUpdateStatus
                    {
                        Attributes = Support.CallerSets.Member(new CaseUpdateStatusAttributes { Status = CaseStatus.InProgress }, "status_name", "In Progress"),
                    },
                },
                cancellationToken: ct),
#pragma warning restore CS0618
            ["UpdatePriority"] = async (client, ct) => await client.Api.V2.Cases[CaseId].Priority.PostAsync(
                new CaseUpdatePriorityRequest
                {
                    Data = new CaseUpdatePriority { Attributes = new CaseUpdatePriorityAttributes { Priority = CasePriority.P1 } },
                },
                cancellationToken: ct),
            ["AssignCase"] = async (client, ct) => await client.Api.V2.Cases[CaseId].Assign.PostAsync(
                new CaseAssignRequest
                {
                    Data = new CaseAssign { Attributes = new CaseAssignAttributes { AssigneeId = UserId } },
                },
                cancellationToken: ct),
            ["UnassignCase"] = async (client, ct) => await client.Api.V2.Cases[CaseId].Unassign.PostAsync(
                new CaseEmptyRequest { Data = new CaseEmpty() },
                cancellationToken: ct),
            ["ArchiveCase"] = async (client, ct) => await client.Api.V2.Cases[CaseId].Archive.PostAsync(
                new CaseEmptyRequest { Data = new CaseEmpty() },
                cancellationToken: ct),
            ["UnarchiveCase"] = async (client, ct) => await client.Api.V2.Cases[CaseId].Unarchive.PostAsync(
                new CaseEmptyRequest { Data = new CaseEmpty() },
                cancellationToken: ct),

#pragma warning disable CS0618 // Incident Teams is deprecated, but its five operations are still part of the contract.
            // ---- Incident Teams ----
            ["ListIncidentTeams"] = async (client, ct) => await client.Api.V2.Teams.GetAsync(
                r =>
                {
                    r.QueryParameters.Include = IncidentRelatedObject.Users;
                    r.QueryParameters.PageSize = 50;
                    r.QueryParameters.PageOffset = 100;
                    r.QueryParameters.Filter = "platform";
                },
                ct),
            ["CreateIncidentTeam"] = async (client, ct) => await client.Api.V2.Teams.PostAsync(
                new IncidentTeamCreateRequest
                {
                    Data = new IncidentTeamCreateData
                    {
                        Attributes = new IncidentTeamCreateAttributes { Name = "Platform On-Call" },
                        Relationships = new IncidentTeamRelationships
                        {
                            CreatedBy = new RelationshipToUser { Data = new RelationshipToUserData { Id = UserId } },
                        },
                    },
                },
                cancellationToken: ct),
            ["GetIncidentTeam"] = async (client, ct) => await client.Api.V2.Teams[TeamId].GetAsync(
                r => r.QueryParameters.Include = IncidentRelatedObject.Users,
                ct),
            ["UpdateIncidentTeam"] = async (client, ct) => await client.Api.V2.Teams[TeamId].PatchAsync(
                new IncidentTeamUpdateRequest
                {
                    Data = new IncidentTeamUpdateData
                    {
                        Id = TeamId,
                        Attributes = new IncidentTeamUpdateAttributes { Name = "Platform On-Call (EU)" },
                        Relationships = new IncidentTeamRelationships
                        {
                            LastModifiedBy = new RelationshipToUser { Data = new RelationshipToUserData { Id = UserId } },
                        },
                    },
                },
                cancellationToken: ct),
            ["DeleteIncidentTeam"] = async (client, ct) =>
            {
                await client.Api.V2.Teams[TeamId].DeleteAsync(cancellationToken: ct);
                return null;
            },
#pragma warning restore CS0618

            // ---- Roles and permissions ----
            ["ListPermissions"] = async (client, ct) => await client.Api.V2.Permissions.GetAsync(cancellationToken: ct),
            ["ListRoles"] = async (client, ct) => await client.Api.V2.Roles.GetAsync(
                r =>
                {
                    r.QueryParameters.PageSize = 20;
                    r.QueryParameters.PageNumber = 1;
                    r.QueryParameters.Sort = RolesSort.UserCountDescending;
                    r.QueryParameters.Filter = "admin";
                    r.QueryParameters.FilterId = RoleId;
                },
                ct),
            ["CreateRole"] = async (client, ct) => await client.Api.V2.Roles.PostAsync(
                new RoleCreateRequest
                {
                    Data = new RoleCreateData
                    {
                        Attributes = new RoleCreateAttributes { Name = "developers" },
                        Relationships = new RoleRelationships
                        {
                            Permissions = new RelationshipToPermissions { Data = [new RelationshipToPermissionData { Id = PermissionId }] },
                        },
                    },
                },
                cancellationToken: ct),
            ["GetRole"] = async (client, ct) => await client.Api.V2.Roles[RoleId].GetAsync(cancellationToken: ct),
            ["UpdateRole"] = async (client, ct) => await client.Api.V2.Roles[RoleId].PatchAsync(
                new RoleUpdateRequest
                {
                    Data = new RoleUpdateData { Id = RoleId, Attributes = new RoleUpdateAttributes { Name = "senior developers" } },
                },
                cancellationToken: ct),
            ["DeleteRole"] = async (client, ct) =>
            {
                await client.Api.V2.Roles[RoleId].DeleteAsync(cancellationToken: ct);
                return null;
            },
            ["ListRolePermissions"] = async (client, ct) => await client.Api.V2.Roles[RoleId].Permissions.GetAsync(cancellationToken: ct),
            ["AddPermissionToRole"] = async (client, ct) => await client.Api.V2.Roles[RoleId].Permissions.PostAsync(
                new RelationshipToPermission { Data = new RelationshipToPermissionData { Id = PermissionId } },
                cancellationToken: ct),
            ["RemovePermissionFromRole"] = async (client, ct) => await client.Api.V2.Roles[RoleId].Permissions.DeleteAsync(
                new RelationshipToPermission { Data = new RelationshipToPermissionData { Id = PermissionId } },
                cancellationToken: ct),
            ["ListRoleUsers"] = async (client, ct) => await client.Api.V2.Roles[RoleId].Users.GetAsync(
                r =>
                {
                    r.QueryParameters.PageSize = 100;
                    r.QueryParameters.PageNumber = 3;
                    r.QueryParameters.Sort = "-email";
                    r.QueryParameters.Filter = "@example.com";
                },
                ct),
            ["AddUserToRole"] = async (client, ct) => await client.Api.V2.Roles[RoleId].Users.PostAsync(
                new RelationshipToUser { Data = new RelationshipToUserData { Id = UserId } },
                cancellationToken: ct),
            ["RemoveUserFromRole"] = async (client, ct) => await client.Api.V2.Roles[RoleId].Users.DeleteAsync(
                new RelationshipToUser { Data = new RelationshipToUserData { Id = UserId } },
                cancellationToken: ct),
        };

    /// <summary>The call for an operation; fails the test, naming the operation, when there is none.</summary>
    public static Func<DatadogClient, CancellationToken, Task<object?>> For(string operationId)
    {
        if (!ByOperationId.TryGetValue(operationId, out var call))
        {
            Assert.Fail($"The spec has operation '{operationId}' but OperationCalls has no call for it: add one.");
        }

        return call!;
    }
}
