namespace CaseSdk.Generator.Model;

/// <summary>The operation-named entry points: one group per tag, as the official clients' API classes.</summary>
public sealed partial record ApiModel
{
    /// <summary>Every group, ordered by class name; operations without a tag are in the default group.</summary>
    public IReadOnlyList<OperationGroupModel> OperationGroups { get; init; } = [];
}

/// <summary>The operations of one tag (<c>CaseManagementApi</c>).</summary>
/// <param name="Tag">The tag as the spec writes it (<c>Case Management</c>); null for the default group.</param>
/// <param name="ClassName">The class name (<c>CaseManagementApi</c>).</param>
/// <param name="PropertyName">The name a client gives the group (<c>CaseManagement</c>).</param>
/// <param name="Description">The tag's description.</param>
/// <param name="Methods">The operations, in spec order.</param>
public sealed record OperationGroupModel(string? Tag, string ClassName, string PropertyName, string? Description, IReadOnlyList<GroupMethodModel> Methods)
{
    /// <summary>Whether every operation of the group is deprecated.</summary>
    public bool IsDeprecated => Methods.Count > 0 && Methods.All(m => m.Operation.Deprecated);
}

/// <summary>One operation as a method of its group.</summary>
/// <param name="Operation">The operation.</param>
/// <param name="MethodName">The method (<c>GetCaseAsync</c>), from the operationId.</param>
/// <param name="Node">The request builder the method delegates to.</param>
/// <param name="PathArguments">The path parameters, in path order, as leading string arguments.</param>
/// <param name="QueryArgument">The name of the optional query argument (<c>query</c>), unique among the arguments.</param>
/// <param name="Envelope">The short form of a JSON:API envelope body, or null when the body is not one.</param>
/// <param name="PagedList">The operation's paging, when it has a <c>ListAllAsync</c> helper.</param>
/// <param name="PagedMethodName">The paging method (<c>SearchCasesWithPaginationAsync</c>) when <paramref name="PagedList"/> is set.</param>
public sealed record GroupMethodModel(
    OperationModel Operation,
    string MethodName,
    BuilderNode Node,
    IReadOnlyList<PathArgument> PathArguments,
    string QueryArgument,
    EnvelopeModel? Envelope,
    PagedListModel? PagedList,
    string? PagedMethodName);

/// <summary>A path parameter as a method argument.</summary>
/// <param name="WireName">The name in the path template (<c>case_id</c>).</param>
/// <param name="Identifier">The C# argument (<c>caseId</c>), already escaped for keywords.</param>
/// <param name="Description">The parameter's description.</param>
public sealed record PathArgument(string WireName, string Identifier, string? Description);
