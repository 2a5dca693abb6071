using System.Globalization;
using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>The <c>ListAllAsync</c> helpers of list operations with <c>x-pagination</c>, on the runtime's generic page walker.</summary>
public sealed partial class CSharpEmitter
{
    /// <summary>Writes a <c>ListAllAsync</c> method for each paged list operation of <paramref name="node"/>.</summary>
    private void EmitPagedLists(CodeWriter writer, BuilderNode node)
    {
        foreach (var operation in node.Operations)
        {
            if (_model.PagedLists.FirstOrDefault(p => p.OperationId == operation.OperationId) is { } list)
            {
                writer.Line();
                EmitPagedList(writer, operation, list);
            }
        }
    }

    private void EmitPagedList(CodeWriter writer, OperationModel operation, PagedListModel list)
    {
        var itemType = CSharpType(list.ItemType);
        var queryType = operation.QueryParametersClassName!;
        var operationId = Naming.Literal(operation.OperationId);
        var limit = list.Limit;
        var position = list.Position;
        var positionWire = position.Parameter.WireName;

        writer.Doc("summary", Summary(operation.Summary ?? operation.Description, $"Sends {operation.HttpMethod} {Naming.XmlEscape(operation.PathTemplate)}").TrimEnd('.') + ": every item, across all pages.");
        writer.Doc("remarks", PagingRemarks(operation, list));
        writer.Doc("param", $"Sets the query parameters of <see cref=\"{operation.MethodName}\"/>; null for none. Called once right away, to check the paging values, and again for each page request, so it should only set properties.", " name=\"filter\"");
        writer.Doc("param", "Cancels the enumeration and the request in flight.", " name=\"cancellationToken\"");
        writer.Doc("returns", "Every item of the list, in the server's order. Nothing is sent before enumeration starts.");
        writer.Doc("exception", $"<paramref name=\"filter\"/> sets <c>{Naming.XmlEscape(limit.Parameter.WireName)}</c> or <c>{Naming.XmlEscape(positionWire)}</c> outside the values the list accepts. Nothing is sent.", " cref=\"global::System.ArgumentOutOfRangeException\"");
        writer.Doc("exception", "The API answered a page with an error status.", $" cref=\"{PublicRuntime}.DatadogApiException\"");
        writer.Doc("exception", "A page's body is not the documented JSON, a page repeats an earlier one, or the listing exceeds <c>DatadogClientOptions.Paging.MaxPages</c>.", $" cref=\"{PublicRuntime}.DatadogResponseFormatException\"");
        if (operation.Deprecated)
        {
            writer.Line($"[{Obsolete}({Naming.Literal($"{operation.OperationId} is deprecated.")})]");
        }

        EmitExperimental(writer, operation);
        var suppress = limit.Parameter.Deprecated || position.Parameter.Deprecated;
        if (suppress)
        {
            writer.Line("#pragma warning disable CS0612, CS0618 // The paging parameters are deprecated, but still how the list pages.");
        }

        writer.Line($"public virtual global::System.Collections.Generic.IAsyncEnumerable<{itemType}> {PagingModelReader.MethodName}(global::System.Action<{queryType}>? filter = null, global::System.Threading.CancellationToken cancellationToken = default) =>");
        writer.Line($"    {PagingModelReader.WalkerMethodName}(filter).WalkAsync(cancellationToken);");
        writer.Line();
        // The operation groups page through the same walker, page by page as well as item by item.
        writer.Doc("summary", $"The walker behind <see cref=\"{PagingModelReader.MethodName}\"/>: checks the paging values <paramref name=\"filter\"/> sets; sends nothing.");
        writer.Doc("param", "Sets the query parameters of each page request; null for none.", " name=\"filter\"");
        writer.Doc("returns", "The walker, starting where the filter says.");
        var walkerType = $"{Runtime}.PageWalker<{CSharpType(new NamedRef(list.ResponseModel, NamedKind.Model))}, {itemType}>";
        if (operation.UnstableNote is not null)
        {
            // Internal: the public helpers that call it carry the operation's [Experimental].
            writer.Line($"#pragma warning disable {UnstableDiagnosticId}");
        }

        writer.Open($"internal {walkerType} {PagingModelReader.WalkerMethodName}(global::System.Action<{queryType}>? filter)");
        writer.Line($"var requested = new {queryType}();");
        writer.Line("filter?.Invoke(requested);");
        writer.Line($"var pageSize = {Runtime}.PagingArguments.ValueOrDefault(requested.{limit.Parameter.PropertyName}, {operationId}, {Naming.Literal(limit.Parameter.WireName)}, {Long(limit.Minimum)}, {Long(limit.Maximum)}, {Long(limit.Initial)});");
        var mode = list.Kind switch
        {
            PagingKind.PageNumber => "PageNumber",
            PagingKind.Offset => "Offset",
            _ => "Cursor",
        };
        string start;
        if (list.Kind == PagingKind.Cursor)
        {
            writer.Line($"var startCursor = requested.{position.Parameter.PropertyName};");
            start = $"new {Runtime}.PagePosition(0, startCursor)";
        }
        else
        {
            writer.Line($"var start = {Runtime}.PagingArguments.ValueOrDefault(requested.{position.Parameter.PropertyName}, {operationId}, {Naming.Literal(positionWire)}, {Long(position.Minimum)}, {Long(position.Maximum)}, {Long(position.Initial)});");
            start = $"new {Runtime}.PagePosition(start, null)";
        }

        writer.Line($"var walker = new {Runtime}.PageWalker<{CSharpType(new NamedRef(list.ResponseModel, NamedKind.Model))}, {itemType}>(");
        writer.Line($"    {operationId},");
        writer.Line($"    {Runtime}.PagingMode.{mode},");
        writer.Line($"    {Naming.Literal(positionWire)},");
        writer.Line("    pageSize,");
        writer.Line($"    {start},");
        writer.Line("    _requestAdapter.MaxPages,");
        writer.Line($"    (position, ct) => {operation.MethodName}(");
        writer.Line("        c =>");
        writer.Line("        {");
        writer.Line("            filter?.Invoke(c.QueryParameters);");
        writer.Line($"            c.QueryParameters.{limit.Parameter.PropertyName} = {Narrow(limit.Parameter, "pageSize")};");
        writer.Line($"            c.QueryParameters.{position.Parameter.PropertyName} = {(list.Kind == PagingKind.Cursor ? "position.Cursor" : Narrow(position.Parameter, "position.Number"))};");
        writer.Line("        },");
        writer.Line("        ct),");
        writer.Line($"    response => {Path("response", list.ResultsPath)},");
        writer.Line($"    {TypeInfo(list.ItemType)})");
        writer.Open();
        if (list.ItemId is { } id)
        {
            writer.Line($"IdOf = item => item.{id.Name},");
        }

        if (list.Kind == PagingKind.PageNumber)
        {
            writer.Line($"PageStart = {Long(position.Initial)},");
        }

        if (list.Kind != PagingKind.Cursor)
        {
            writer.Line($"MaxPosition = {Long(position.Maximum)},");
        }

        if (list.Signals.TotalPages is { } totalPages)
        {
            writer.Line($"TotalPagesOf = response => {Path("response", totalPages)},");
        }

        if (list.Signals.TotalItems.Count > 0)
        {
            writer.Line($"TotalItemsOf = response => {string.Join(" ?? ", list.Signals.TotalItems.Select(p => Path("response", p)))},");
        }

        if (list.Signals.NextOffset is { } nextOffset)
        {
            writer.Line($"NextOffsetOf = response => {Path("response", nextOffset)},");
        }

        if (list.Signals.NextCursor is { } nextCursor)
        {
            writer.Line($"NextCursorOf = response => {Path("response", nextCursor)},");
        }

        writer.Close(";");
        writer.Line("return walker;");
        writer.Close();
        if (operation.UnstableNote is not null)
        {
            writer.Line($"#pragma warning restore {UnstableDiagnosticId}");
        }

        if (suppress)
        {
            writer.Line("#pragma warning restore CS0612, CS0618");
        }
    }

    /// <summary>The helper's documentation, from the model: where it starts, what it sends, and when it stops.</summary>
    private static string PagingRemarks(OperationModel operation, PagedListModel list)
    {
        var limit = list.Limit;
        var position = list.Position;
        string Wire(QueryParameterModel p) => $"<c>{Naming.XmlEscape(p.WireName)}</c>";
        string Member(IReadOnlyList<PropertyModel> path) => $"<c>{Naming.XmlEscape(string.Join(".", path.Select(p => p.WireName)))}</c>";
        var lines = new List<string>
        {
            $"Pages through <see cref=\"{operation.MethodName}\"/> (operation <c>{Naming.XmlEscape(operation.OperationId)}</c>), one request per page, only when the enumeration reaches it. The items are {Member(list.ResultsPath)} of each page; the rest of each response is not returned.",
            $"A {Wire(limit.Parameter)} the caller sets is kept ({Range(limit.Minimum, limit.Maximum)}); otherwise each page asks for {limit.Initial.ToString(CultureInfo.InvariantCulture)}.",
        };
        lines.Add(list.Kind switch
        {
            PagingKind.PageNumber => $"Pages are numbered from {position.Initial.ToString(CultureInfo.InvariantCulture)}: a {Wire(position.Parameter)} the caller sets ({Range(position.Minimum, position.Maximum)}) is the first page requested, then one more per page.",
            PagingKind.Offset => $"A {Wire(position.Parameter)} the caller sets ({Range(position.Minimum, position.Maximum)}) is where the listing starts (default {position.Initial.ToString(CultureInfo.InvariantCulture)}); each next page starts " + (list.Signals.NextOffset is { } next ? $"at {Member(next)}." : "after the items read so far."),
            _ => $"A {Wire(position.Parameter)} the caller sets is where the listing starts; each next page is requested with the cursor {Member(list.Signals.NextCursor!)} of the page before.",
        });
        var stops = new List<string> { "an empty page", "a page shorter than the page size" };
        if (list.Signals.TotalPages is { } totalPages)
        {
            stops.Add($"the last page by {Member(totalPages)} (the number of pages)");
        }

        if (list.Signals.TotalItems.Count > 0)
        {
            stops.Add($"the page that reaches {string.Join(", else ", list.Signals.TotalItems.Select(Member))} items");
        }

        if (list.Signals.NextOffset is { } nextOffset)
        {
            stops.Add($"a page without {Member(nextOffset)} or with one that does not move forward");
        }

        if (list.Signals.NextCursor is { } nextCursor)
        {
            stops.Add($"a page without {Member(nextCursor)} or with the same cursor again");
        }

        lines.Add($"Enumeration stops after {string.Join(", ", stops.Take(stops.Count - 1))} or {stops[^1]}.");
        lines.Add("It always ends: a page that repeats the items of any earlier page (by id, or by content for items without one), or more pages than <c>DatadogClientOptions.Paging.MaxPages</c>, fails the enumeration with <see cref=\"global::CaseSdk.DatadogResponseFormatException\"/> instead of looping.");
        return string.Join("\n", lines);
    }

    private static string Range(long minimum, long maximum) =>
        maximum == long.MaxValue || maximum == int.MaxValue
            ? $"at least {minimum.ToString(CultureInfo.InvariantCulture)}"
            : $"{minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A member path as a null-propagating C# expression (<c>response.Meta?.Page?.Total</c>).</summary>
    private static string Path(string root, IReadOnlyList<PropertyModel> path) =>
        root + "." + string.Join("?.", path.Select(p => p.Name));

    /// <summary>A paging value for the parameter's C# type; the walker has already kept it within that type's range.</summary>
    private static string Narrow(QueryParameterModel parameter, string value) =>
        parameter.Type is PrimitiveRef { Kind: PrimitiveKind.Int32 } ? $"(int){value}" : value;

    private static string Long(long value) => value switch
    {
        long.MaxValue => "long.MaxValue",
        int.MaxValue => "int.MaxValue",
        _ => value.ToString(CultureInfo.InvariantCulture) + "L",
    };
}
