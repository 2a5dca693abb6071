using CaseSdk.Benchmarks.Baseline;
using CaseSdk.Models;

namespace CaseSdk.Benchmarks;

/// <summary>
/// Checks, once per benchmark process, that both clients really read every documented field, so neither side
/// can look fast by skipping work (a misspelt property name would silently leave a member null).
/// </summary>
public static class ResultChecks
{
    public static void SdkCase(Case? item)
    {
        var a = item?.Attributes;
        var r = item?.Relationships;
        Require(
            item?.Id is not null && item.Type is not null && a is not null && r is not null
            && a.ArchivedAt is not null && a.ClosedAt is not null && a.CreatedAt is not null && a.ModifiedAt is not null
            && a.Description is not null && a.Key is not null && a.Title is not null
            && a.Priority is { IsKnown: true } && a.Status is { IsKnown: true } && a.Type is { IsKnown: true }
            && a.JiraIssue?.Status is { IsKnown: true } && a.JiraIssue.Result is { IssueId: not null, IssueKey: not null, IssueUrl: not null, ProjectKey: not null }
            && a.ServiceNowTicket?.Status is { IsKnown: true } && a.ServiceNowTicket.Result?.SysTargetLink is not null
            && r.Assignee?.Data is { Id: not null, Type: not null } && r.CreatedBy?.Data is { Id: not null, Type: not null }
            && r.ModifiedBy?.Data is { Id: not null, Type: not null } && r.Project?.Data is { Id: not null, Type: not null }
            && item.AdditionalData is null && a.AdditionalData is null,
            "SDK case");
    }

    public static void BaselineCase(CaseResource? item)
    {
        var a = item?.Attributes;
        var r = item?.Relationships;
        Require(
            item?.Id is not null && item.Type is not null && a is not null && r is not null
            && a.ArchivedAt is not null && a.ClosedAt is not null && a.CreatedAt is not null && a.ModifiedAt is not null
            && a.Description is not null && a.Key is not null && a.Title is not null
            && a.Priority is not null && a.Status is not null && a.Type is not null
            && a.JiraIssue?.Status is not null && a.JiraIssue.Result is { IssueId: not null, IssueKey: not null, IssueUrl: not null, ProjectKey: not null }
            && a.ServiceNowTicket?.Status is not null && a.ServiceNowTicket.Result?.SysTargetLink is not null
            && r.Assignee?.Data is { Id: not null, Type: not null } && r.CreatedBy?.Data is { Id: not null, Type: not null }
            && r.ModifiedBy?.Data is { Id: not null, Type: not null } && r.Project?.Data is { Id: not null, Type: not null },
            "baseline case");
    }

    public static void SdkPage(CasesResponse? page, int expectedCases)
    {
        Require(page?.Data?.Count == expectedCases && page.Meta?.Page?.Total is not null, "SDK page");
        foreach (var item in page!.Data!)
        {
            SdkCase(item);
        }
    }

    public static void BaselinePage(CasesPage? page, int expectedCases)
    {
        Require(page?.Data?.Count == expectedCases && page.Meta?.Page?.Total is not null, "baseline page");
        foreach (var item in page!.Data!)
        {
            BaselineCase(item);
        }
    }

    public static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"The {what} was not read completely; the benchmark would not compare like with like.");
        }
    }
}
