using System.Text.Json;
using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Models;

namespace CaseSdk.Benchmarks.Data;

/// <summary>
/// The same live-shaped <c>CreateCase</c> request body as SDK and baseline objects (they serialize to equal JSON):
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

    // Members the SDK does not type yet go through AdditionalData, as a caller would set them. Today's SDK also
    // writes its constant `"type":"STANDARD"` (it refuses a body without it); the setup check allows that member.
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
                    ["status_name"] = JsonSerializer.SerializeToElement(StatusName, BaselineJsonContext.Default.String),
                },
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
}
