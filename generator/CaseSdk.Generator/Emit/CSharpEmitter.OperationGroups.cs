using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// The operation-named entry points: one class per tag whose methods are named from the operationIds, each delegating
/// to its path-shaped builder's method (one place builds and sends a request). Mockable: not sealed, a protected
/// constructor, virtual methods.
/// </summary>
public sealed partial class CSharpEmitter
{
    private string OperationsNamespace => _options.RootNamespace + ".Operations";

    private string RootBuilderType => $"global::{BuildersNamespace}.{_model.Root.ClassName}";

    private IEnumerable<GeneratedFile> EmitOperationGroups() => _model.OperationGroups.Select(EmitOperationGroup);

    private GeneratedFile EmitOperationGroup(OperationGroupModel group)
    {
        // Navigating to a deprecated builder or taking a deprecated model is the group's business, not the caller's.
        var writer = Start(OperationsNamespace, suppressObsolete: true);
        if (group.Methods.Any(m => m.Operation.UnstableNote is not null))
        {
            writer.Line($"#pragma warning disable {UnstableDiagnosticId} // Unstable operations are marked on the group's methods.");
            writer.Line();
        }

        var name = group.ClassName;
        writer.Doc("summary", group.Description is { } description
            ? Naming.XmlEscape(description.Trim())
            : group.Tag is null ? "The operations without a tag." : $"The <c>{Naming.XmlEscape(group.Tag)}</c> operations.");
        writer.Doc("remarks", "Each method is named after its operationId and sends the same request as its path-shaped builder under <c>Api</c>, which it delegates to. Every method is virtual, for mocking.");
        writer.Open($"public class {name}");
        writer.Line($"private readonly {RootBuilderType}? _root;");
        writer.Line();
        writer.Doc("summary", "For mocking: a group without a client. Calling a method that is not overridden throws <see cref=\"global::System.InvalidOperationException\"/>.");
        writer.Line($"protected {name}()");
        writer.Open().Close();
        writer.Line();
        writer.Doc("summary", "Creates the group over a client's root builder.");
        writer.Doc("param", "The root of the path-shaped builders the methods delegate to.", " name=\"root\"");
        writer.Open($"internal {name}({RootBuilderType} root)");
        writer.Line("_root = root ?? throw new global::System.ArgumentNullException(nameof(root));");
        writer.Close();
        writer.Line();
        writer.Line($"private {RootBuilderType} Root => _root ?? throw new global::System.InvalidOperationException({Naming.Literal($"This {name} was created for mocking; override the methods the test calls.")});");
        foreach (var method in group.Methods)
        {
            // Each call and its ...WithResponseAsync twin, which also gives the status, headers, rate limit and request id.
            foreach (var withResponse in new[] { false, true })
            {
                writer.Line();
                EmitGroupMethod(writer, method, withResponse);
                if (method.Envelope is { } envelope && !SameSignature(method, envelope))
                {
                    writer.Line();
                    EmitEnvelopeMethod(writer, method, envelope, withResponse);
                }
            }

            if (method.PagedList is { } list)
            {
                writer.Line();
                EmitGroupPagedMethod(writer, method, list);
            }
        }

        writer.Close();
        return File($"Operations/{name}.cs", writer);
    }

    private void EmitGroupMethod(CodeWriter writer, GroupMethodModel method, bool withResponse)
    {
        var operation = method.Operation;
        EmitGroupMethodDocs(writer, method, bodyDoc: operation.BodyType is null ? null : Summary(operation.BodyDescription, "The request body."));
        EmitHeaderDocs(writer, operation);
        EmitGroupMethodTail(writer, method, checksBody: ChecksBody(operation), returns: withResponse ? TwinReturnsDoc(operation) : null);
        var parameters = PathParameters(method).ToList();
        if (operation.BodyType is not null)
        {
            parameters.Add($"{CSharpType(operation.BodyType, qualify: true)}{(operation.BodyRequired ? string.Empty : "?")} body");
        }

        // Qualified: the group's namespace does not import the models'.
        parameters.AddRange(operation.HeaderParameters.Select(h => h.Required
            ? $"{CSharpType(h.Type, qualify: true)} {h.ParameterName}"
            : $"{CSharpType(h.Type, qualify: true)}? {h.ParameterName} = null"));
        AddQueryAndCancellation(parameters, method);
        writer.Open($"public virtual {GroupReturnType(operation, withResponse)} {GroupMethodName(method, withResponse)}({string.Join(", ", parameters)})");
        EmitPathChecks(writer, method);
        var arguments = new List<string>();
        if (operation.BodyType is not null)
        {
            arguments.Add("body: body");
        }

        arguments.AddRange(operation.HeaderParameters.Select(h => $"{h.ParameterName.TrimStart('@')}: {h.ParameterName}"));
        writer.Line($"return {Delegation(method, arguments, withResponse)};");
        writer.Close();
    }

    /// <summary>The delegated call: the builder's method with the arguments by name, the query as its configuration.</summary>
    private string Delegation(GroupMethodModel method, List<string> arguments, bool withResponse)
    {
        var all = new List<string>(arguments);
        if (method.Operation.QueryParametersClassName is not null)
        {
            var query = method.QueryArgument;
            all.Add($"requestConfiguration: {query} is null ? null : configuration => configuration.QueryParameters = {query}");
        }

        all.Add("cancellationToken: cancellationToken");
        var target = withResponse ? WithResponseMethodName(method.Operation) : method.Operation.MethodName;
        return $"{BuilderExpression(method)}.{target}({string.Join(", ", all)})";
    }

    /// <summary>The builder of the operation's path from the root: <c>Root.Api.V2.Cases[caseId].Priority</c>.</summary>
    private static string BuilderExpression(GroupMethodModel method)
    {
        var chain = new List<BuilderNode>();
        for (var node = method.Node; node.Parent is not null; node = node.Parent)
        {
            chain.Insert(0, node);
        }

        var text = new System.Text.StringBuilder("Root");
        var argument = 0;
        foreach (var node in chain)
        {
            if (node.IsIndexer)
            {
                text.Append('[').Append(method.PathArguments[argument++].Identifier).Append(']');
            }
            else
            {
                text.Append('.').Append(node.PropertyName);
            }
        }

        return text.ToString();
    }

    private IEnumerable<string> PathParameters(GroupMethodModel method) => method.PathArguments.Select(a => $"string {a.Identifier}");

    private void AddQueryAndCancellation(List<string> parameters, GroupMethodModel method)
    {
        if (method.Operation.QueryParametersClassName is { } queryType)
        {
            parameters.Add($"global::{BuildersNamespace}.{queryType}? {method.QueryArgument} = null");
        }

        parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");
    }

    private void EmitPathChecks(CodeWriter writer, GroupMethodModel method)
    {
        // Checked under the argument's own name before anything else (the builder checks again under the wire name).
        foreach (var argument in method.PathArguments)
        {
            writer.Line($"_ = {Runtime}.PathSegment.Escape({argument.Identifier}, nameof({argument.Identifier}));");
        }
    }

    private string GroupReturnType(OperationModel operation, bool withResponse)
    {
        var body = operation.ResponseType is null ? null : CSharpType(operation.ResponseType, qualify: true) + (operation.BodilessSuccessCodes.Count > 0 ? "?" : string.Empty);
        return (body, withResponse) switch
        {
            (null, false) => "global::System.Threading.Tasks.Task",
            (null, true) => $"global::System.Threading.Tasks.Task<{PublicRuntime}.DatadogResponse>",
            (_, false) => $"global::System.Threading.Tasks.Task<{body}>",
            (_, true) => $"global::System.Threading.Tasks.Task<{PublicRuntime}.DatadogResponse<{body}>>",
        };
    }

    /// <summary><c>SearchCasesAsync</c>, or its twin <c>SearchCasesWithResponseAsync</c>.</summary>
    private static string GroupMethodName(GroupMethodModel method, bool withResponse) => !withResponse
        ? method.MethodName
        : (method.MethodName.EndsWith("Async", StringComparison.Ordinal) ? method.MethodName[..^"Async".Length] : method.MethodName) + "WithResponseAsync";

    /// <summary>Summary, remarks and the path, body and query parameters of a group method.</summary>
    private static void EmitGroupMethodDocs(CodeWriter writer, GroupMethodModel method, string? bodyDoc, string? summarySuffix = null, string? extraRemarks = null)
    {
        var operation = method.Operation;
        var summary = Summary(operation.Summary ?? operation.Description, $"Sends {operation.HttpMethod} {Naming.XmlEscape(operation.PathTemplate)}.");
        writer.Doc("summary", summarySuffix is null ? summary : summary.TrimEnd('.') + summarySuffix);
        var remarks = new List<string>();
        if (!string.IsNullOrWhiteSpace(operation.Description) && operation.Summary is not null)
        {
            remarks.Add(Naming.XmlEscape(operation.Description.Trim()));
        }

        remarks.Add($"Operation <c>{Naming.XmlEscape(operation.OperationId)}</c>: <c>{operation.HttpMethod} {Naming.XmlEscape(operation.PathTemplate)}</c>, sent by <c>{Naming.XmlEscape(BuilderExpression(method).Replace("Root.", "client.", StringComparison.Ordinal))}.{operation.MethodName}</c>.{UnstableRemark(operation)}");
        if (extraRemarks is not null)
        {
            remarks.Add(extraRemarks);
        }

        writer.Doc("remarks", string.Join("\n", remarks));
        foreach (var argument in method.PathArguments)
        {
            writer.Doc("param", Summary(argument.Description, $"The <c>{Naming.XmlEscape(argument.WireName)}</c> path parameter.") + " Escaped, so it always stays one path segment.", $" name=\"{argument.Identifier.TrimStart('@')}\"");
        }

        if (bodyDoc is not null)
        {
            writer.Doc("param", bodyDoc, " name=\"body\"");
        }
    }

    /// <summary>The query and cancellation docs, returns, exceptions and attributes of a group method.</summary>
    private void EmitGroupMethodTail(CodeWriter writer, GroupMethodModel method, bool checksBody, string? returns = null, bool paged = false, bool fullBody = true, bool nullArguments = false)
    {
        var operation = method.Operation;
        if (operation.QueryParametersClassName is not null)
        {
            writer.Doc("param", "The query parameters; null for none. The same object configures every page of a paged call.", $" name=\"{method.QueryArgument.TrimStart('@')}\"");
        }

        writer.Doc("param", paged ? "Cancels the enumeration and the request in flight." : "Cancels the request.", " name=\"cancellationToken\"");
        writer.Doc("returns", returns ?? BodyReturnsDoc(operation));
        if (method.PathArguments.Count > 0)
        {
            writer.Doc("exception", "A path argument is null, empty, white space, <c>.</c> or <c>..</c>; the message names it. Nothing is sent.", " cref=\"global::System.ArgumentException\"");
        }

        if (fullBody && !paged && operation.BodyType is not null && operation.BodyRequired)
        {
            writer.Doc("exception", "<paramref name=\"body\"/> is null.", " cref=\"global::System.ArgumentNullException\"");
        }

        if (nullArguments)
        {
            writer.Doc("exception", "A required argument is null; the message names it. Nothing is sent.", " cref=\"global::System.ArgumentNullException\"");
        }

        if (checksBody)
        {
            writer.Doc("exception", "The body leaves a required member null or has a value outside its documented limits; the message lists each by JSON path. Nothing is sent.", " cref=\"global::System.ArgumentException\"");
        }

        EmitQueryAndStatusExceptionDocs(writer, operation);
        writer.Doc("exception", paged
            ? "A page's body is not the documented JSON, a page repeats an earlier one, or the listing exceeds <c>DatadogClientOptions.Paging.MaxPages</c>."
            : "The success response body is not the documented JSON.", $" cref=\"{PublicRuntime}.DatadogResponseFormatException\"");
        if (operation.Deprecated)
        {
            writer.Line($"[{Obsolete}({Naming.Literal($"{operation.OperationId} is deprecated.")})]");
        }

        EmitExperimental(writer, operation);
    }
}
