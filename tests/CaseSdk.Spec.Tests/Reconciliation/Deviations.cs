namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>
/// The deliberate deviations from Datadog's reference document. The list is exact: a deviation that no longer occurs
/// fails the reconciliation test too, so that it is removed rather than left to hide a future disagreement.
/// </summary>
internal static class Deviations
{
    private const string CaseOperations =
        "(SearchCases|CreateCase|GetCase|UpdateStatus|UpdatePriority|AssignCase|UnassignCase|ArchiveCase|UnarchiveCase"
        + "|GetProjects|CreateProject|GetProject|DeleteProject)";

    public static readonly IReadOnlyList<Deviation> All =
    [
        new(
            CaseOperations + @" response 4\d\d errors\[\]( type: ours \(none\), reference ""string""|<oneOf (string|object)>: missing in the reference)",
            "The live Case Management API answers JSON:API error objects ({\"status\",\"title\",\"detail\"}), which the "
            + "reference does not document; an error item is either a string (as the reference says) or such an object."),
        new(
            @"SearchCases parameter page\[number\] default: ours \(none\), reference 0",
            "Case search pages are 1-based (the reference's own x-pagination says pageStart 1, and the live API answers "
            + "page[number]=1 with meta.page.current 1); a default of 0 would contradict both, so ours documents none."),
        new(
            @"(SearchCases|ListIncidentTeams|ListRoles|ListRoleUsers) parameter page\[size\] maximum: ours 100, reference \(none\)",
            "The reference states the limit only in the parameter's description (\"The maximum allowed value is 100.\"); "
            + "ours makes it a schema limit so that a larger page size is refused before the request."),
        new(
            @"(SearchCases|ListIncidentTeams|ListRoles|ListRoleUsers) parameter page\[(size|number|offset)\] minimum: ours [01], reference \(none\)",
            "The reference states no lower bound for page parameters; ours does (a page size of at least 1, page numbers "
            + "from the x-pagination's pageStart, offsets from 0) so that such values are refused before the request."),
        new(
            @"(ListRoles|ListRoleUsers) x-pagination: ours \{""limitParam"":""page\[size\]"",""pageParam"":""page\[number\]"",""pageStart"":0,""resultsPath"":""data""\}, reference \(none\)",
            "The reference pages these lists by page[size]/page[number] (page[number] defaults to 0) without an "
            + "x-pagination; the SDK generates its paging helpers from x-pagination, so ours states what the parameters document."),
        new(
            @"ListIncidentTeams x-pagination: ours \{""limitParam"":""page\[size\]"",""pageOffsetParam"":""page\[offset\]"",""resultsPath"":""data""\}, reference \(none\)",
            "The reference pages incident teams by page[size]/page[offset] (and meta.pagination.next_offset) without an "
            + "x-pagination; the SDK generates its paging helpers from x-pagination, so ours states what the parameters document."),
    ];
}
