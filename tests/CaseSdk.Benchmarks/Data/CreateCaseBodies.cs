using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Models;

namespace CaseSdk.Benchmarks.Data;

/// <summary>The same <c>CreateCase</c> request body as SDK and baseline objects (they serialize to identical JSON).</summary>
public static class CreateCaseBodies
{
    private const string Title = "checkout-api 5xx spike after deploy 3f9a2c";
    private const string Description = "Elevated 5xx rate on checkout-api after deploy 3f9a2c; p99 latency 2.4 s in eu-west-1. Suspect connection pool exhaustion.";
    private const string Assignee = "8c6f9a3e-5b1d-4e2a-9f7c-1d2e3f4a5b6c";
    private const string Project = "e555e290-ed65-49bd-ae18-8acbfcf18db7";

    public static CaseCreateRequest Sdk() => new()
    {
        Data = new CaseCreate
        {
            Attributes = new CaseCreateAttributes { Title = Title, Description = Description, Priority = CasePriority.P2, Type = CaseType.Standard },
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
            Attributes = new NewCaseFields { Title = Title, Description = Description, Priority = Priority.P2, Type = CaseKind.Standard },
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
            Attributes = new NewCaseFieldsWithExtensionData { Title = Title, Description = Description, Priority = Priority.P2, Type = CaseKind.Standard },
            Relationships = new NewCaseLinksWithExtensionData
            {
                Assignee = new LinkWithExtensionData { Data = new LinkDataWithExtensionData { Id = Assignee, Type = ResourceKind.User } },
                Project = new LinkWithExtensionData { Data = new LinkDataWithExtensionData { Id = Project, Type = ResourceKind.Project } },
            },
        },
    };
}
