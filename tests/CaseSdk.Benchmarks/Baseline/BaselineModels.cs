using System.Text.Json.Serialization;

namespace CaseSdk.Benchmarks.Baseline;

// Plain POCOs for the same wire shapes, as a careful hand-written client would declare them: snake_case by
// naming policy, closed C# enums read by System.Text.Json's string-enum converter (no allocation per value, but
// an unknown value from the server fails the call), no extension data. This is the lower bound the SDK is held to.
// Every member Datadog's reference document defines for a case is typed here (status_name, status_group, type_id,
// the attributes map, custom_attributes with its string/number/array values); members it does not define are
// skipped by System.Text.Json, as a hand-written client that does not keep them would.

public sealed class CasesPage
{
    public List<CaseResource>? Data { get; set; }

    public CasesMeta? Meta { get; set; }
}

public sealed class CasesMeta
{
    public PageMeta? Page { get; set; }
}

public sealed class PageMeta
{
    public long? Current { get; set; }

    public long? Size { get; set; }

    public long? Total { get; set; }
}

public sealed class CaseEnvelope
{
    public CaseResource? Data { get; set; }
}

public sealed class CaseResource
{
    public string? Id { get; set; }

    public ResourceKind? Type { get; set; }

    public CaseFields? Attributes { get; set; }

    public CaseLinks? Relationships { get; set; }
}

public sealed class CaseFields
{
    public DateTimeOffset? ArchivedAt { get; set; }

    public Dictionary<string, List<string>>? Attributes { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    public Dictionary<string, CustomAttribute>? CustomAttributes { get; set; }

    public string? Description { get; set; }

    public ExternalTicket<JiraResult>? JiraIssue { get; set; }

    public string? Key { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    public Priority? Priority { get; set; }

    public ExternalTicket<ServiceNowResult>? ServiceNowTicket { get; set; }

    public Status? Status { get; set; }

    public StatusGroup? StatusGroup { get; set; }

    public string? StatusName { get; set; }

    public string? Title { get; set; }

    public CaseKind? Type { get; set; }

    public string? TypeId { get; set; }
}

public sealed class CustomAttribute
{
    public CustomAttributeKind? Type { get; set; }

    public bool? IsMulti { get; set; }

    public CustomAttributeValue? Value { get; set; }
}

public sealed class ExternalTicket<TResult>
    where TResult : class
{
    public TResult? Result { get; set; }

    public TicketStatus? Status { get; set; }
}

public sealed class JiraResult
{
    public string? IssueId { get; set; }

    public string? IssueKey { get; set; }

    public string? IssueUrl { get; set; }

    public string? ProjectKey { get; set; }
}

public sealed class ServiceNowResult
{
    public string? SysTargetLink { get; set; }
}

public sealed class CaseLinks
{
    public Link? Assignee { get; set; }

    public Link? CreatedBy { get; set; }

    public Link? ModifiedBy { get; set; }

    public Link? Project { get; set; }
}

public sealed class Link
{
    public LinkData? Data { get; set; }
}

public sealed class LinkData
{
    public string? Id { get; set; }

    public ResourceKind? Type { get; set; }
}

public sealed class NewCaseRequest
{
    public NewCase? Data { get; set; }
}

public sealed class NewCase
{
    public NewCaseFields? Attributes { get; set; }

    public NewCaseLinks? Relationships { get; set; }

    public ResourceKind? Type { get; set; }
}

// Members in the order the SDK writes them today (its typed members, then AdditionalData); the setup check
// compares the two bodies as JSON, so the order is only for a like-for-like byte count.
public sealed class NewCaseFields
{
    public string? Description { get; set; }

    public Priority? Priority { get; set; }

    public string? Title { get; set; }

    public Dictionary<string, CustomAttribute>? CustomAttributes { get; set; }

    public string? StatusName { get; set; }

    public string? TypeId { get; set; }
}

public sealed class NewCaseLinks
{
    public Link? Assignee { get; set; }

    public Link? Project { get; set; }
}

public enum ResourceKind
{
    [JsonStringEnumMemberName("case")]
    Case,
    [JsonStringEnumMemberName("user")]
    User,
    [JsonStringEnumMemberName("project")]
    Project,
}

public enum Priority
{
    [JsonStringEnumMemberName("NOT_DEFINED")]
    NotDefined,
    P1,
    P2,
    P3,
    P4,
    P5,
}

public enum Status
{
    [JsonStringEnumMemberName("OPEN")]
    Open,
    [JsonStringEnumMemberName("IN_PROGRESS")]
    InProgress,
    [JsonStringEnumMemberName("CLOSED")]
    Closed,
}

public enum StatusGroup
{
    [JsonStringEnumMemberName("SG_OPEN")]
    Open,
    [JsonStringEnumMemberName("SG_IN_PROGRESS")]
    InProgress,
    [JsonStringEnumMemberName("SG_CLOSED")]
    Closed,
}

public enum CustomAttributeKind
{
    [JsonStringEnumMemberName("URL")]
    Url,
    [JsonStringEnumMemberName("TEXT")]
    Text,
    [JsonStringEnumMemberName("NUMBER")]
    Number,
    [JsonStringEnumMemberName("SELECT")]
    Select,
}

public enum TicketStatus
{
    [JsonStringEnumMemberName("IN_PROGRESS")]
    InProgress,
    [JsonStringEnumMemberName("COMPLETED")]
    Completed,
    [JsonStringEnumMemberName("FAILED")]
    Failed,
}

public enum CaseKind
{
    [JsonStringEnumMemberName("STANDARD")]
    Standard,
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CasesPage))]
[JsonSerializable(typeof(CaseEnvelope))]
[JsonSerializable(typeof(NewCaseRequest))]
[JsonSerializable(typeof(Dictionary<string, CustomAttribute>))]
[JsonSerializable(typeof(string))]
public sealed partial class BaselineJsonContext : JsonSerializerContext;
