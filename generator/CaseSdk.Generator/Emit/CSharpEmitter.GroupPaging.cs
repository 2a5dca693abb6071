using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// The paging methods of the operation groups: the list as a <c>DatadogPageable</c> (items, or pages with their
/// totals and continuation tokens), configured by the same query object as the call it pages, on the builder's walker.
/// </summary>
public sealed partial class CSharpEmitter
{
    private void EmitGroupPagedMethod(CodeWriter writer, GroupMethodModel method, PagedListModel list)
    {
        var operation = method.Operation;
        var itemType = CSharpType(list.ItemType, qualify: true);
        var queryType = $"global::{BuildersNamespace}.{operation.QueryParametersClassName}";
        var query = method.QueryArgument;
        EmitGroupMethodDocs(writer, method, bodyDoc: null, summarySuffix: ": every item, or page by page.");
        EmitGroupMethodTail(
            writer,
            method,
            checksBody: false,
            returns: $"The list: enumerate it for every item, or call <c>AsPages</c> for each page with its totals and the continuation token to resume from (<c>AsPages(token)</c> with the same query). Nothing is sent before enumeration starts; each page is one <see cref=\"{method.MethodName}\"/> request.",
            paged: true);
        var parameters = PathParameters(method).ToList();
        AddQueryAndCancellation(parameters, method);
        writer.Open($"public virtual {PublicRuntime}.DatadogPageable<{itemType}> {method.PagedMethodName}({string.Join(", ", parameters)})");
        EmitPathChecks(writer, method);
        // A snapshot: each page request reads the query as it was at the call, whatever the caller changes later.
        writer.Line($"var snapshot = new {queryType}();");
        writer.Open($"if ({query} is not null)");
        writer.Line($"Copy({query}, snapshot);");
        writer.Close();
        writer.Line();
        writer.Line($"var walker = {BuilderExpression(method)}.{PagingModelReader.WalkerMethodName}(page => Copy(snapshot, page));");
        writer.Line($"return new {PublicRuntime}.DatadogPageable<{itemType}>(continuationToken => walker.Pages(continuationToken, cancellationToken));");
        writer.Line();
        writer.Open($"static void Copy({queryType} from, {queryType} to)");
        foreach (var parameter in operation.QueryParameters)
        {
            writer.Line($"to.{parameter.PropertyName} = from.{parameter.PropertyName};");
        }

        writer.Close();
        writer.Close();
    }
}
