using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Models;
using KiotaModels = KiotaGenerated.Models;

namespace CaseSdk.Benchmarks;

/// <summary>
/// Checks, once per benchmark process, that every client really reads every member of the live-shaped bodies, so
/// neither side can look fast by skipping work (a misspelt property name would silently leave a member null).
/// </summary>
public static class ResultChecks
{
    // Members the reference defines that today's SDK may not type yet: each must be held either by a typed
    // property or in AdditionalData, so the check compiles and holds before and after the SDK types them.
    private static readonly string[] LiveAttributeMembers = ["attributes", "custom_attributes", "status_group", "status_name", "type_id"];

    // Members the reference does not define (see Data/CaseBodies.cs): the SDK keeps them in AdditionalData.
    private static readonly string[] UnknownAttributeMembers = ["sla", "comment_count"];

    // The top-level member the reference does not define for CasesResponse or CaseResponse (see Data/CaseBodies.cs).
    private const string UnknownTopLevelMember = "included";

    // `type` (CaseType) is deprecated in the reference; the check still reads it while the bodies carry it.
#pragma warning disable CS0618
    public static void SdkCase(Case? item)
    {
        var a = item?.Attributes;
        var r = item?.Relationships;
        Require(item?.Id is not null && item.Type is not null && a is not null && r is not null && a.Key is not null, "SDK case");
        var shape = Shape(a!.Key!);
        Require(
            (a.ArchivedAt is not null) == shape.Archived && (a.ClosedAt is not null) == shape.Closed && a.CreatedAt is not null
            && (a.ModifiedAt is not null) == shape.Modified
            && a.Description is not null && a.Title is not null
            && a.Priority is { IsKnown: true } && a.Status is { IsKnown: true } && a.Type is { IsKnown: true }
            && a.JiraIssue?.Status is { IsKnown: true } && a.JiraIssue.Result is { IssueId: not null, IssueKey: not null, IssueUrl: not null, ProjectKey: not null }
            && a.ServiceNowTicket?.Status is { IsKnown: true } && a.ServiceNowTicket.Result?.SysTargetLink is not null
            && (shape.Assigned ? r!.Assignee?.Data is { Id: not null, Type: not null } : r!.Assignee is null)
            && r.CreatedBy?.Data is { Id: not null, Type: not null }
            && r.ModifiedBy?.Data is { Id: not null, Type: not null } && r.Project?.Data is { Id: not null, Type: not null }
            && LiveAttributeMembers.All(name => Holds(a, CaseSdkJsonSerializerContext.Default.CaseAttributes, a.AdditionalData, name))
            && UnknownAttributeMembers.All(name => a.AdditionalData?.ContainsKey(name) == true)
            && item!.AdditionalData?.ContainsKey("workflow_run_id") == true,
            "SDK case " + a.Key);
    }
#pragma warning restore CS0618

    public static void BaselineCase(CaseResource? item)
    {
        var a = item?.Attributes;
        var r = item?.Relationships;
        Require(item?.Id is not null && item.Type is not null && a is not null && r is not null && a.Key is not null, "baseline case");
        var shape = Shape(a!.Key!);
        Require(
            (a.ArchivedAt is not null) == shape.Archived && (a.ClosedAt is not null) == shape.Closed && a.CreatedAt is not null
            && (a.ModifiedAt is not null) == shape.Modified
            && a.Description is not null && a.Title is not null
            && a.Priority is not null && a.Status is not null && a.Type is not null
            && a.StatusGroup is not null && a.StatusName is not null && a.TypeId is not null
            && a.Attributes is { Count: 2 } && a.Attributes["env"].Count == 2
            && a.CustomAttributes is { Count: 4 } custom
            && custom["runbook"].Value?.Text is not null && custom["impacted_users"].Value?.Number is not null
            && custom["regions"].Value?.Texts is { Count: 2 } && custom["error_rates"].Value?.Numbers is { Count: 2 }
            && custom.Values.All(v => v.Type is not null && v.IsMulti is not null)
            && a.JiraIssue?.Status is not null && a.JiraIssue.Result is { IssueId: not null, IssueKey: not null, IssueUrl: not null, ProjectKey: not null }
            && a.ServiceNowTicket?.Status is not null && a.ServiceNowTicket.Result?.SysTargetLink is not null
            && (shape.Assigned ? r!.Assignee?.Data is { Id: not null, Type: not null } : r!.Assignee is null)
            && r.CreatedBy?.Data is { Id: not null, Type: not null }
            && r.ModifiedBy?.Data is { Id: not null, Type: not null } && r.Project?.Data is { Id: not null, Type: not null },
            "baseline case " + a.Key);
    }

    // Kiota types the members the spec lists; the maps (attributes, custom_attributes) keep their entries as
    // additional data, and the members the spec does not define land in additional data too.
#pragma warning disable CS0618
    public static void KiotaCase(KiotaModels.Case? item)
    {
        var a = item?.Attributes;
        var r = item?.Relationships;
        Require(item?.Id is not null && item.Type is not null && a is not null && r is not null && a.Key is not null, "Kiota case");
        var shape = Shape(a!.Key!);
        Require(
            (a.ArchivedAt is not null) == shape.Archived && (a.ClosedAt is not null) == shape.Closed && a.CreatedAt is not null
            && (a.ModifiedAt is not null) == shape.Modified
            && a.Description is not null && a.Title is not null
            && a.Priority is not null && a.Status is not null && a.Type is not null
            && a.StatusGroup is not null && a.StatusName is not null && a.TypeId is not null
            && a.Attributes?.AdditionalData is { Count: 2 } && a.CustomAttributes?.AdditionalData is { Count: 4 }
            && a.JiraIssue?.Status is not null && a.JiraIssue.Result is { IssueId: not null, IssueKey: not null, IssueUrl: not null, ProjectKey: not null }
            && a.ServiceNowTicket?.Status is not null && a.ServiceNowTicket.Result?.SysTargetLink is not null
            && (shape.Assigned ? r!.Assignee?.Data is { Id: not null, Type: not null } : r!.Assignee?.Data is null)
            && r.CreatedBy?.Data is { Id: not null, Type: not null }
            && r.ModifiedBy?.Data is { Id: not null, Type: not null } && r.Project?.Data is { Id: not null, Type: not null }
            && UnknownAttributeMembers.All(a.AdditionalData.ContainsKey)
            && item!.AdditionalData.ContainsKey("workflow_run_id"),
            "Kiota case " + a.Key);
    }
#pragma warning restore CS0618

    /// <summary>A single-case body (GetCase, CreateCase): the case, and the top-level member the spec does not define.</summary>
    public static void KiotaCaseResponse(KiotaModels.CaseResponse? response)
    {
        Require(response?.AdditionalData.ContainsKey(UnknownTopLevelMember) == true, "Kiota case response (no included)");
        KiotaCase(response!.Data);
    }

    public static void KiotaPage(KiotaModels.CasesResponse? page, int expectedCases)
    {
        Require(page?.Data?.Count == expectedCases && page.Meta?.Page?.Total is not null, "Kiota page");
        Require(page!.AdditionalData.ContainsKey(UnknownTopLevelMember), "Kiota page (no included)");
        foreach (var item in page!.Data!)
        {
            KiotaCase(item);
        }
    }

    /// <summary>A single-case body (GetCase, CreateCase): the case, and the top-level member the spec does not define.</summary>
    public static void SdkCaseResponse(CaseResponse? response)
    {
        Require(
            response is not null && Holds(response, CaseSdkJsonSerializerContext.Default.CaseResponse, response.AdditionalData, UnknownTopLevelMember),
            "SDK case response (no included)");
        SdkCase(response!.Data);
    }

    public static void SdkPage(CasesResponse? page, int expectedCases)
    {
        Require(page?.Data?.Count == expectedCases && page.Meta?.Page?.Total is not null, "SDK page");
        Require(Holds(page!, CaseSdkJsonSerializerContext.Default.CasesResponse, page!.AdditionalData, UnknownTopLevelMember), "SDK page (no included)");
        foreach (var item in page!.Data!)
        {
            SdkCase(item);
        }
    }

    /// <summary>A single-case body: the baseline does not declare <c>included</c>, so System.Text.Json skips it.</summary>
    public static void BaselineCaseResponse(CaseEnvelope? response) => BaselineCase(response?.Data);

    public static void BaselinePage(CasesPage? page, int expectedCases)
    {
        Require(page?.Data?.Count == expectedCases && page.Meta?.Page?.Total is not null, "baseline page");
        foreach (var item in page!.Data!)
        {
            BaselineCase(item);
        }
    }

    /// <summary>
    /// Whether the SDK's and the baseline's request bodies are the same JSON (member order aside). Today's SDK also
    /// writes its constant <c>data.attributes.type</c>, which the live API no longer takes: that one member is allowed.
    /// </summary>
    public static bool SameRequestBody(byte[] sdk, byte[] baseline)
    {
        var sdkNode = JsonNode.Parse(sdk)!;
        sdkNode["data"]?["attributes"]?.AsObject().Remove("type");
        return JsonNode.DeepEquals(sdkNode, JsonNode.Parse(baseline));
    }

    /// <summary>The JSON Kiota's serializer writes for a request body, as its request adapter sends it.</summary>
    public static byte[] KiotaRequestBody(KiotaModels.CaseCreateRequest body)
    {
        using var writer = new Microsoft.Kiota.Serialization.Json.JsonSerializationWriter();
        writer.WriteObjectValue(null, body);
        using var content = writer.GetSerializedContent();
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        return copy.ToArray();
    }

    public static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The {what} was not read completely; the benchmark would not compare like with like.");
        }
    }

    private static (bool Archived, bool Closed, bool Modified, bool Assigned) Shape(string key) =>
        Data.CaseBodies.Shape(int.Parse(key.AsSpan("SEC-".Length), CultureInfo.InvariantCulture) - 1000);

    // A member is held when a typed property with that JSON name has a value, or AdditionalData has it.
    private static bool Holds<T>(T model, JsonTypeInfo<T> typeInfo, IDictionary<string, JsonElement>? additionalData, string name) =>
        typeInfo.Properties.FirstOrDefault(p => p.Name == name && !p.IsExtensionData)?.Get?.Invoke(model!) is not null
        || additionalData?.ContainsKey(name) == true;
}
