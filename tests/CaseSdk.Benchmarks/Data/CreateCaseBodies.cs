using System.Text.Json;
using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using KiotaModels = KiotaGenerated.Models;

namespace CaseSdk.Benchmarks.Data;

/// <summary>
/// The same live-shaped <c>CreateCase</c> request body as SDK, Kiota and baseline objects (they serialize to equal JSON):
/// title, description, priority, <c>status_name</c>, <c>type_id</c> and <c>custom_attributes</c> (the reference's
/// <c>CaseCreateAttributes</c>, which no longer has <c>type</c>), an assignee and a project.
/// </summary>
public static class CreateCaseBodies
{
    private const string Title = "checkout-api 5xx spike after deploy 3f9a2c";
    private const string Description = "Elevated 5xx rate on checkout-api after deploy 3f9a2c; p99 latency 2.4 s in eu-west-1. Suspect connection pool exhaustion.";
    private const string Assignee = "8c6f9a3e-5b1d-4e2a-9f7c-1d2e3f4a5b6c";
    private const string Project = "e555e290-ed65-49bd-ae18-8acbfcf18db7";
    private const string StatusName = "Open";

    private static Dictionary<string, CustomAttribute> BaselineCustomAttributes() => new()
    {
        ["runbook"] = new() { Type = CustomAttributeKind.Url, IsMulti = false, Value = new() { Text = "https://wiki.example.com/runbooks/checkout-api#5xx" } },
        ["impacted_users"] = new() { Type = CustomAttributeKind.Number, IsMulti = false, Value = new() { Number = 1200 } },
        ["regions"] = new() { Type = CustomAttributeKind.Select, IsMulti = true, Value = new() { Texts = ["eu-west-1", "us-east-1"] } },
    };

    // status_name and type_id are typed (type_id is required since the spec was reconciled); custom_attributes goes
    // through AdditionalData as raw JSON, which the SDK writes as it is.
    public static CaseCreateRequest Sdk() => new()
    {
        Data = new CaseCreate
        {
            Attributes = new CaseCreateAttributes
            {
                Title = Title,
                TypeId = CaseBodies.TypeId,
                Description = Description,
                Priority = CasePriority.P2,
                AdditionalData = new Dictionary<string, JsonElement>
                {
                    ["custom_attributes"] = JsonSerializer.SerializeToElement(BaselineCustomAttributes(), BaselineJsonContext.Default.DictionaryStringCustomAttribute),
                },
                StatusName = StatusName,
            },
            Relationships = new CaseCreateRelationships
            {
                Assignee = new NullableUserRelationship { Data = new NullableUserRelationshipData { Id = Assignee } },
                Project = new ProjectRelationship { Data = new ProjectRelationshipData { Id = Project } },
            },
        },
    };

    public static NewCaseRequest Baseline() => new()
    {
        Data = new NewCase
        {
            Type = ResourceKind.Case,
            Attributes = new NewCaseFields
            {
                Title = Title,
                Description = Description,
                Priority = Priority.P2,
                CustomAttributes = BaselineCustomAttributes(),
                StatusName = StatusName,
                TypeId = CaseBodies.TypeId,
            },
            Relationships = new NewCaseLinks
            {
                Assignee = new Link { Data = new LinkData { Id = Assignee, Type = ResourceKind.User } },
                Project = new Link { Data = new LinkData { Id = Project, Type = ResourceKind.Project } },
            },
        },
    };

    // Kiota types custom_attributes as a map of untyped values (its additional data), as a Kiota caller fills it.
    public static KiotaModels.CaseCreateRequest Kiota() => new()
    {
        Data = new KiotaModels.CaseCreate
        {
            Type = KiotaModels.CaseResourceType.Case,
            Attributes = new KiotaModels.CaseCreateAttributes
            {
                Title = Title,
                Description = Description,
                Priority = KiotaModels.CasePriority.P2,
                StatusName = StatusName,
                TypeId = CaseBodies.TypeId,
                CustomAttributes = new KiotaModels.CaseCreateAttributes_custom_attributes
                {
                    AdditionalData = new Dictionary<string, object>
                    {
                        ["runbook"] = KiotaCustomAttribute("URL", false, new UntypedString("https://wiki.example.com/runbooks/checkout-api#5xx")),
                        ["impacted_users"] = KiotaCustomAttribute("NUMBER", false, new UntypedInteger(1200)),
                        ["regions"] = KiotaCustomAttribute("SELECT", true, new UntypedArray([new UntypedString("eu-west-1"), new UntypedString("us-east-1")])),
                    },
                },
            },
            Relationships = new KiotaModels.CaseCreateRelationships
            {
                Assignee = new KiotaModels.NullableUserRelationship { Data = new KiotaModels.NullableUserRelationshipData { Id = Assignee, Type = KiotaModels.UserResourceType.User } },
                Project = new KiotaModels.ProjectRelationship { Data = new KiotaModels.ProjectRelationshipData { Id = Project, Type = KiotaModels.ProjectResourceType.Project } },
            },
        },
    };

    /// <summary>The baseline body on types that also carry <c>[JsonExtensionData]</c>, like the SDK's models.</summary>
    public static NewCaseRequestWithExtensionData BaselineWithExtensionData() => new()
    {
        Data = new NewCaseWithExtensionData
        {
            Type = ResourceKind.Case,
            Attributes = new NewCaseFieldsWithExtensionData
            {
                Title = Title,
                Description = Description,
                Priority = Priority.P2,
                CustomAttributes = BaselineCustomAttributes(),
                StatusName = StatusName,
                TypeId = CaseBodies.TypeId,
            },
            Relationships = new NewCaseLinksWithExtensionData
            {
                Assignee = new LinkWithExtensionData { Data = new LinkDataWithExtensionData { Id = Assignee, Type = ResourceKind.User } },
                Project = new LinkWithExtensionData { Data = new LinkDataWithExtensionData { Id = Project, Type = ResourceKind.Project } },
            },
        },
    };

    private static UntypedObject KiotaCustomAttribute(string type, bool isMulti, UntypedNode value) => new(new Dictionary<string, UntypedNode>
    {
        ["type"] = new UntypedString(type),
        ["is_multi"] = new UntypedBoolean(isMulti),
        ["value"] = value,
    });
}
