using System.Globalization;
using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>Request builders and query-parameter classes.</summary>
public sealed partial class CSharpEmitter
{
    private GeneratedFile EmitBuilder(BuilderNode node)
    {
        var usesDeprecated = node.IsDeprecated
            || node.Children.Any(c => c.IsDeprecated)
            || node.Operations.Any(o => o.Deprecated || UsesDeprecated(o.BodyType) || UsesDeprecated(o.ResponseType) || o.QueryParameters.Any(q => UsesDeprecated(q.Type)));
        var writer = Start(BuildersNamespace, usesDeprecated);
        UsingModels(writer);
        var name = node.ClassName;
        var isRoot = node.Parent is null;
        writer.Doc("summary", isRoot
            ? "The root of the API: navigate to an endpoint (<c>Api.V2.Cases[\"CASE-1\"]</c>) and call its methods."
            : $"Builds and sends requests to <c>{Naming.XmlEscape(node.PathTemplate)}</c>.");
        if (node.IsDeprecated)
        {
            writer.Line($"[{Obsolete}({Naming.Literal($"The endpoints under {node.PathTemplate} are deprecated.")})]");
        }

        // Not sealed, with virtual members and a protected constructor: a mocking library can fake any call.
        writer.Open($"public class {name}");
        foreach (var operation in node.Operations)
        {
            writer.Line($"private static readonly int[] {operation.ErrorCodesField} = new int[] {{ {string.Join(", ", operation.ErrorStatusCodes.Select(c => c.ToString(CultureInfo.InvariantCulture)))} }};");
            if (operation.BodilessSuccessCodes.Count > 0)
            {
                writer.Line($"private static readonly int[] {BodilessCodesField(operation)} = new int[] {{ {string.Join(", ", operation.BodilessSuccessCodes.Select(c => c.ToString(CultureInfo.InvariantCulture)))} }};");
            }
        }

        if (node.Operations.Count > 0)
        {
            writer.Line();
        }

        writer.Line($"private readonly {Runtime}.RequestAdapter _requestAdapter;");
        writer.Line("private readonly string _path;");
        foreach (var child in node.LiteralChildren)
        {
            writer.Line($"private {child.ClassName}? {ChildField(child)};");
        }

        if (node.IndexerChild is { } cachedItem)
        {
            writer.Line($"private {cachedItem.ClassName}? {LastItemField};");
        }

        var isItem = node.Parent?.IndexerChild == node;
        if (isItem)
        {
            writer.Line("private readonly string? _itemKey;");
        }

        foreach (var operation in node.Operations.Where(IsReusable))
        {
            writer.Line($"private {Runtime}.RequestInfo? {ReusedRequestField(operation)};");
        }

        writer.Line();
        if (isRoot)
        {
            writer.Doc("summary", "Creates the root builder over an adapter that sends the requests.");
            writer.Doc("param", "Sends requests and reads responses.", " name=\"requestAdapter\"");
            writer.Line($"internal {name}({Runtime}.RequestAdapter requestAdapter)");
            writer.Line("    : this(requestAdapter, string.Empty)");
            writer.Open().Close();
            writer.Line();
        }

        writer.Doc("summary", "For mocking: creates a builder that sends nothing, whose virtual members a mocking library overrides.");
        writer.Open($"protected {name}()");
        writer.Line($"_requestAdapter = {Runtime}.RequestAdapter.ForMocking;");
        writer.Line("_path = string.Empty;");
        writer.Close();
        writer.Line();
        writer.Doc("summary", "Creates the builder for an already escaped path (or an absolute URL).");
        writer.Doc("param", "Sends requests and reads responses.", " name=\"requestAdapter\"");
        writer.Doc("param", "The escaped path relative to the base address, or an absolute URL.", " name=\"path\"");
        writer.Open($"{(isRoot ? "private" : "internal")} {name}({Runtime}.RequestAdapter requestAdapter, string path)");
        writer.Line("_requestAdapter = requestAdapter ?? throw new global::System.ArgumentNullException(nameof(requestAdapter));");
        writer.Line("_path = path ?? throw new global::System.ArgumentNullException(nameof(path));");
        writer.Close();
        if (isItem)
        {
            writer.Line();
            writer.Doc("summary", "Creates the builder of the item <paramref name=\"itemKey\"/> (unescaped), whose escaped path is <paramref name=\"path\"/>.");
            writer.Doc("param", "Sends requests and reads responses.", " name=\"requestAdapter\"");
            writer.Doc("param", "The escaped path relative to the base address.", " name=\"path\"");
            writer.Doc("param", "The path parameter as the caller gave it.", " name=\"itemKey\"");
            writer.Line($"internal {name}({Runtime}.RequestAdapter requestAdapter, string path, string itemKey)");
            writer.Line("    : this(requestAdapter, path)");
            writer.Open();
            writer.Line("_itemKey = itemKey;");
            writer.Close();
            writer.Line();
            writer.Doc("summary", "True when this builder was made for the item <paramref name=\"itemKey\"/>.");
            writer.Doc("param", "The path parameter as the caller gave it.", " name=\"itemKey\"");
            writer.Line($"internal bool IsItem(string itemKey) => _itemKey is not null && string.Equals(_itemKey, itemKey, global::System.StringComparison.Ordinal);");
        }

        foreach (var child in node.LiteralChildren)
        {
            writer.Line();
            writer.Doc("summary", $"The <c>{Naming.XmlEscape(child.PathTemplate)}</c> endpoints.");
            if (child.IsDeprecated)
            {
                writer.Line($"[{Obsolete}({Naming.Literal($"The endpoints under {child.PathTemplate} are deprecated.")})]");
            }

            // Built once and kept: builders are immutable, and client.Api.V2.Cases... is walked on every call.
            writer.Line($"public virtual {child.ClassName} {child.PropertyName} => {ChildField(child)} ??= new {child.ClassName}(_requestAdapter, _path + {Naming.Literal("/" + child.Segment)});");
        }

        if (node.IndexerChild is { } indexer)
        {
            writer.Line();
            writer.Doc("summary", $"Selects one item by <c>{Naming.XmlEscape(indexer.ParameterName!)}</c>: <c>{Naming.XmlEscape(indexer.PathTemplate)}</c>.");
            if (indexer.ParameterAliases.Count > 0)
            {
                writer.Doc("remarks", "Some operations below call it " + string.Join(" or ", indexer.ParameterAliases.Select(a => $"<c>{Naming.XmlEscape(a)}</c>")) + "; the value goes in the same place.");
            }

            writer.Doc("param", Summary(indexer.ParameterDescription, "The path parameter.") + " Escaped, so it always stays one path segment.", $" name=\"{indexer.ParameterIdentifier!.TrimStart('@')}\"");
            writer.Doc("exception", "The value is null, empty or white space.", " cref=\"global::System.ArgumentException\"");
            if (indexer.IsDeprecated)
            {
                writer.Line($"[{Obsolete}({Naming.Literal($"The endpoints under {indexer.PathTemplate} are deprecated.")})]");
            }

            // The last item asked for is kept: calls on one item in a row (read it, then change it) share its builder,
            // which is immutable; asking for another item costs what it always did.
            writer.Open($"public virtual {indexer.ClassName} this[string {indexer.ParameterIdentifier}]");
            writer.Open("get");
            writer.Line($"var last = {LastItemField};");
            writer.Open($"if (last is not null && last.IsItem({indexer.ParameterIdentifier}))");
            writer.Line("return last;");
            writer.Close();
            writer.Line();
            writer.Line($"var item = new {indexer.ClassName}(_requestAdapter, _path + \"/\" + {Runtime}.PathSegment.Escape({indexer.ParameterIdentifier}, {Naming.Literal(indexer.ParameterName!)}), {indexer.ParameterIdentifier});");
            writer.Line($"{LastItemField} = item;");
            writer.Line("return item;");
            writer.Close();
            writer.Close();
        }

        foreach (var operation in node.Operations)
        {
            writer.Line();
            EmitOperation(writer, operation);
        }

        EmitPagedLists(writer, node);

        writer.Line();
        writer.Doc("summary", "Returns a builder of the same kind bound to <paramref name=\"absoluteUrl\"/>, for links the API returns.");
        writer.Doc("param", "An absolute http or https URL.", " name=\"absoluteUrl\"");
        writer.Doc("returns", "A new builder; this one is unchanged.");
        writer.Doc("exception", "<paramref name=\"absoluteUrl\"/> is null.", " cref=\"global::System.ArgumentNullException\"");
        writer.Doc("exception", "<paramref name=\"absoluteUrl\"/> is not an absolute http or https URL.", " cref=\"global::System.ArgumentException\"");
        writer.Open($"public virtual {name} WithUrl(string absoluteUrl)");
        writer.Open("if (absoluteUrl is null)");
        writer.Line("throw new global::System.ArgumentNullException(nameof(absoluteUrl));");
        writer.Close();
        writer.Line();
        writer.Open("if (!global::System.Uri.TryCreate(absoluteUrl, global::System.UriKind.Absolute, out var uri) || (uri.Scheme != global::System.Uri.UriSchemeHttps && uri.Scheme != global::System.Uri.UriSchemeHttp))");
        writer.Line("throw new global::System.ArgumentException(\"The URL must be an absolute http or https URL.\", nameof(absoluteUrl));");
        writer.Close();
        writer.Line();
        writer.Line($"return new {name}(_requestAdapter, absoluteUrl);");
        writer.Close();
        writer.Close();
        return File($"Builders/{name}.cs", writer);
    }

    /// <summary>
    /// An operation's two public methods, the body-returning one and its <c>...WithResponseAsync</c> twin, over one
    /// private method that checks the arguments and builds the request.
    /// </summary>
    private void EmitOperation(CodeWriter writer, OperationModel operation)
    {
        var parameters = OperationParameters(operation);
        var arguments = OperationArguments(operation);
        var create = $"{RequestFactoryName(operation)}({arguments})";
        var optional = operation.BodilessSuccessCodes.Count > 0 ? "?" : string.Empty;

        EmitOperationDocs(writer, operation, BodyReturnsDoc(operation));
        var returnType = operation.ResponseType is null
            ? "global::System.Threading.Tasks.Task"
            : $"global::System.Threading.Tasks.Task<{CSharpType(operation.ResponseType)}{optional}>";
        writer.Line($"public virtual {returnType} {operation.MethodName}({parameters}) =>");
        writer.Line("    " + operation.ResponseType switch
        {
            null => $"_requestAdapter.SendNoContentAsync({create}, cancellationToken);",
            { } type when operation.BodilessSuccessCodes.Count > 0 =>
                $"_requestAdapter.{(IsValueType(type) ? "SendForOptionalValueAsync" : "SendForOptionalAsync")}({create}, {TypeInfo(type)}, {BodilessCodesField(operation)}, cancellationToken);",
            RawBodyRef raw => $"_requestAdapter.{ReadRawBodyMethod(raw, withResponse: false)}({create}, cancellationToken);",
            var type => $"_requestAdapter.SendAsync({create}, {TypeInfo(type)}, cancellationToken);",
        });

        writer.Line();
        EmitOperationDocs(writer, operation, TwinReturnsDoc(operation));
        var responseType = operation.ResponseType is null
            ? $"global::System.Threading.Tasks.Task<{PublicRuntime}.DatadogResponse>"
            : $"global::System.Threading.Tasks.Task<{PublicRuntime}.DatadogResponse<{CSharpType(operation.ResponseType)}{optional}>>";
        writer.Line($"public virtual {responseType} {WithResponseMethodName(operation)}({parameters}) =>");
        writer.Line("    " + operation.ResponseType switch
        {
            null => $"_requestAdapter.SendNoContentWithResponseAsync({create}, cancellationToken);",
            { } type when operation.BodilessSuccessCodes.Count > 0 =>
                $"_requestAdapter.{(IsValueType(type) ? "SendForOptionalValueWithResponseAsync" : "SendForOptionalWithResponseAsync")}({create}, {TypeInfo(type)}, {BodilessCodesField(operation)}, cancellationToken);",
            RawBodyRef raw => $"_requestAdapter.{ReadRawBodyMethod(raw, withResponse: true)}({create}, cancellationToken);",
            var type => $"_requestAdapter.SendWithResponseAsync({create}, {TypeInfo(type)}, cancellationToken);",
        });

        writer.Line();
        EmitRequestFactory(writer, operation);
    }

    /// <summary>The twin of an operation method that returns the response's details: <c>GetWithResponseAsync</c>.</summary>
    internal static string WithResponseMethodName(OperationModel operation) =>
        (operation.MethodName.EndsWith("Async", StringComparison.Ordinal) ? operation.MethodName[..^"Async".Length] : operation.MethodName) + "WithResponseAsync";

    // From the operation's field name, which is a valid identifier unique in the builder even for kebab-case operationIds.
    private static string RequestFactoryName(OperationModel operation) =>
        "Create" + operation.ErrorCodesField.Replace("ErrorStatusCodes", string.Empty, StringComparison.Ordinal) + "Request";

    /// <summary>"200", "200 or 204", or what any 2xx means when the API documents no success status.</summary>
    private static string StatusesText(IReadOnlyCollection<int> codes) => codes.Count == 0
        ? "any 2xx status (the API documents none)"
        : string.Join(" or ", codes.Select(c => c.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The exception docs every call shares, on the builders and the groups: query limits, the API's error statuses.</summary>
    private void EmitQueryAndStatusExceptionDocs(CodeWriter writer, OperationModel operation)
    {
        if (ChecksQuery(operation))
        {
            writer.Doc("exception", "A query parameter is outside its documented limits; the message names it. Nothing is sent.", " cref=\"global::System.ArgumentOutOfRangeException\"");
        }

        var codes = operation.ErrorStatusCodes.Count == 0
            ? "The API answered with an error status."
            : $"The API answered with an error status; documented: {string.Join(", ", operation.ErrorStatusCodes.Select(c => c.ToString(CultureInfo.InvariantCulture)))}.";
        writer.Doc("exception", codes, $" cref=\"{PublicRuntime}.DatadogApiException\"");
    }

    /// <summary>The <c>returns</c> doc of a <c>...WithResponseAsync</c> twin.</summary>
    private static string TwinReturnsDoc(OperationModel operation)
    {
        var statuses = StatusesText(operation.SuccessStatusCodes);
        return operation.ResponseType is null
            ? $"Once the API has answered {statuses}: the status, the response headers, the rate-limit information and the request id."
            : operation.BodilessSuccessCodes.Count > 0
                ? $"The {statuses} response: the body as <c>Value</c> (<see langword=\"null\"/> when the API answers {StatusesText(operation.BodilessSuccessCodes)}, which has no body), with the status, the response headers, the rate-limit information and the request id."
                : $"The {statuses} response: the body as <c>Value</c>, with the status, the response headers, the rate-limit information and the request id.";
    }

    /// <summary>The <c>returns</c> doc of the body-returning method.</summary>
    private static string BodyReturnsDoc(OperationModel operation) => operation.ResponseType is null
        ? $"A task that completes when the API has answered {StatusesText(operation.SuccessStatusCodes)}."
        : operation.BodilessSuccessCodes.Count > 0
            ? $"The {StatusesText(operation.SuccessStatusCodes.Except(operation.BodilessSuccessCodes).ToList())} response body; <see langword=\"null\"/> when the API answers {StatusesText(operation.BodilessSuccessCodes)}, which has no body."
            : $"The {StatusesText(operation.SuccessStatusCodes)} response body.";

    private string OperationParameters(OperationModel operation)
    {
        var queryType = operation.QueryParametersClassName ?? $"{PublicRuntime}.DefaultQueryParameters";
        var parameters = new List<string>();
        if (operation.BodyType is not null)
        {
            parameters.Add($"{CSharpType(operation.BodyType)}{(operation.BodyRequired ? string.Empty : "?")} body");
        }

        parameters.AddRange(HeaderParameterDeclarations(operation));
        parameters.Add($"global::System.Action<{PublicRuntime}.RequestConfiguration<{queryType}>>? requestConfiguration = null");
        parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");
        return string.Join(", ", parameters);
    }

    /// <summary>The arguments the public methods hand the request factory: body, headers, configuration.</summary>
    private static string OperationArguments(OperationModel operation)
    {
        var arguments = new List<string>();
        if (operation.BodyType is not null)
        {
            arguments.Add("body");
        }

        arguments.AddRange(operation.HeaderParameters.Select(h => h.ParameterName));
        arguments.Add("requestConfiguration");
        return string.Join(", ", arguments);
    }

    private void EmitOperationDocs(CodeWriter writer, OperationModel operation, string returns)
    {
        writer.Doc("summary", Summary(operation.Summary ?? operation.Description, $"Sends {operation.HttpMethod} {Naming.XmlEscape(operation.PathTemplate)}."));
        if (!string.IsNullOrWhiteSpace(operation.Description) && operation.Summary is not null)
        {
            writer.Doc("remarks", Naming.XmlEscape(operation.Description.Trim()) + $"\nOperation <c>{Naming.XmlEscape(operation.OperationId)}</c>." + UnstableRemark(operation));
        }
        else
        {
            writer.Doc("remarks", $"Operation <c>{Naming.XmlEscape(operation.OperationId)}</c>." + UnstableRemark(operation));
        }

        if (operation.BodyType is not null)
        {
            writer.Doc("param", Summary(operation.BodyDescription, "The request body."), " name=\"body\"");
        }

        EmitHeaderDocs(writer, operation);
        writer.Doc("param", "Query parameters and extra headers for this request.", " name=\"requestConfiguration\"");
        writer.Doc("param", "Cancels the request.", " name=\"cancellationToken\"");
        writer.Doc("returns", returns);
        if (operation.BodyType is not null && operation.BodyRequired)
        {
            writer.Doc("exception", "<paramref name=\"body\"/> is null.", " cref=\"global::System.ArgumentNullException\"");
        }

        if (ChecksBody(operation))
        {
            writer.Doc("exception", "<paramref name=\"body\"/> leaves a required member null or has a value outside its documented limits; the message lists each by JSON path. Nothing is sent.", " cref=\"global::System.ArgumentException\"");
        }

        EmitQueryAndStatusExceptionDocs(writer, operation);
        writer.Doc("exception", "The success response body is not the documented JSON.", $" cref=\"{PublicRuntime}.DatadogResponseFormatException\"");
        if (operation.Deprecated)
        {
            writer.Line($"[{Obsolete}({Naming.Literal($"{operation.OperationId} is deprecated.")})]");
        }

        EmitExperimental(writer, operation);
    }

    /// <summary>Checks the arguments (throwing before any I/O) and describes the request both public methods send.</summary>
    private void EmitRequestFactory(CodeWriter writer, OperationModel operation)
    {
        var queryType = operation.QueryParametersClassName ?? $"{PublicRuntime}.DefaultQueryParameters";
        var parameters = new List<string>();
        if (operation.BodyType is not null)
        {
            parameters.Add($"{CSharpType(operation.BodyType)}{(operation.BodyRequired ? string.Empty : "?")} body");
        }

        parameters.AddRange(operation.HeaderParameters.Select(h => $"{CSharpType(h.Type)}{(h.Required ? string.Empty : "?")} {h.ParameterName}"));
        parameters.Add($"global::System.Action<{PublicRuntime}.RequestConfiguration<{queryType}>>? requestConfiguration");
        writer.Open($"private {Runtime}.RequestInfo {RequestFactoryName(operation)}({string.Join(", ", parameters)})");
        if (operation.BodyType is not null && operation.BodyRequired)
        {
            writer.Open("if (body is null)");
            writer.Line("throw new global::System.ArgumentNullException(nameof(body));");
            writer.Close();
            writer.Line();
        }

        if (ChecksBody(operation))
        {
            EmitBodyChecks(writer, operation);
        }

        var method = operation.HttpMethod switch
        {
            "GET" => "global::System.Net.Http.HttpMethod.Get",
            "POST" => "global::System.Net.Http.HttpMethod.Post",
            "PUT" => "global::System.Net.Http.HttpMethod.Put",
            "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
            "HEAD" => "global::System.Net.Http.HttpMethod.Head",
            "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
            "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
            var other => $"new global::System.Net.Http.HttpMethod({Naming.Literal(other)})",
        };
        var reusable = IsReusable(operation);
        if (reusable)
        {
            // Without a configuration the request is the same on every call, and nothing changes it once built: kept.
            writer.Open($"if (requestConfiguration is null && {ReusedRequestField(operation)} is {{ }} reused)");
            writer.Line("return reused;");
            writer.Close();
            writer.Line();
        }

        writer.Line($"var request = new {Runtime}.RequestInfo({method}, {Naming.Literal(operation.OperationId)}, _path, {operation.ErrorCodesField});");
        writer.Line("request.Configure(requestConfiguration);");
        if (operation.ResponseType is RawBodyRef rawResponse)
        {
            writer.Line($"request.Accept = {Naming.Literal(rawResponse.MediaType)};");
        }

        if (reusable)
        {
            writer.Open("if (requestConfiguration is null)");
            writer.Line($"{ReusedRequestField(operation)} = request;");
            writer.Close();
            writer.Line();
        }

        if (operation.BodyType is not null)
        {
            var setBody = operation.BodyType is RawBodyRef raw ? SetRawBody(raw) : $"request.SetJsonBody(body, {TypeInfo(operation.BodyType)});";
            if (operation.BodyRequired)
            {
                writer.Line(setBody);
            }
            else
            {
                writer.Open("if (body is not null)");
                writer.Line(setBody);
                writer.Close();
            }
        }

        EmitSetHeaders(writer, operation);
        writer.Line("return request;");
        writer.Close();
    }

    private GeneratedFile EmitQueryParameters(OperationModel operation)
    {
        var name = operation.QueryParametersClassName!;
        // WriteTo reads every member, deprecated ones included.
        var writer = Start(BuildersNamespace, operation.QueryParameters.Any(q => q.Deprecated || UsesDeprecated(q.Type)));
        UsingModels(writer);
        writer.Doc("summary", $"Query parameters of <c>{Naming.XmlEscape(operation.OperationId)}</c> (<c>{operation.HttpMethod} {Naming.XmlEscape(operation.PathTemplate)}</c>). Unset members are left out of the URL.");
        writer.Open($"public sealed class {name} : {Runtime}.IQueryParameters");
        foreach (var parameter in operation.QueryParameters)
        {
            var remarks = new List<string> { $"Sent as <c>{Naming.XmlEscape(parameter.WireName)}</c>." };
            if (parameter.Required)
            {
                remarks.Add("Required by the API.");
            }

            var limits = DescribeLimits(parameter.Type, parameter.Constraints);
            if (limits.Count > 0)
            {
                remarks.AddRange(limits);
                remarks.Add("Other values are refused with <see cref=\"global::System.ArgumentOutOfRangeException\"/> before the request is sent.");
            }

            if (parameter.DefaultValue is not null)
            {
                remarks.Add($"The API's default: {Naming.XmlEscape(parameter.DefaultValue.Trim('"'))}.");
            }

            writer.Doc("summary", Summary(parameter.Description, $"The <c>{Naming.XmlEscape(parameter.WireName)}</c> parameter."));
            writer.Doc("remarks", string.Join(" ", remarks));
            if (parameter.Deprecated)
            {
                writer.Line($"[{Obsolete}({Naming.Literal($"{parameter.WireName} is deprecated.")})]");
            }

            writer.Line($"public {CSharpType(parameter.Type)}? {parameter.PropertyName} {{ get; set; }}");
            writer.Line();
        }

        writer.Open($"void {Runtime}.IQueryParameters.WriteTo({Runtime}.QueryStringWriter writer)");
        EmitQueryChecks(writer, operation);
        foreach (var parameter in operation.QueryParameters)
        {
            var value = parameter.Type switch
            {
                PrimitiveRef { Kind: PrimitiveKind.Float } => $"(double?){parameter.PropertyName}",
                PrimitiveRef { Kind: PrimitiveKind.DateTime } => $"{parameter.PropertyName}?.ToString(\"o\", global::System.Globalization.CultureInfo.InvariantCulture)",
                PrimitiveRef => parameter.PropertyName,
                NamedRef => $"{parameter.PropertyName}?.ToString()",
                ListRef { Item: NamedRef } => $"{parameter.PropertyName} is null ? null : global::System.Linq.Enumerable.Select({parameter.PropertyName}, item => item.ToString())",
                _ => parameter.PropertyName,
            };
            writer.Line($"writer.Add({Naming.Literal(parameter.WireName)}, {value});");
        }

        writer.Close();
        writer.Close();
        return File($"Builders/{name}.cs", writer);
    }

    /// <summary>The builder's field listing the 2xx statuses of <paramref name="operation"/> that have no body.</summary>
    private static string BodilessCodesField(OperationModel operation) => operation.ErrorCodesField.Replace("ErrorStatusCodes", "BodilessStatusCodes", StringComparison.Ordinal);

    /// <summary>Imports the models namespace, which exists only when the document has a model, enum or union.</summary>
    private void UsingModels(CodeWriter writer)
    {
        if (_model.Models.Count + _model.Enums.Count + _model.Unions.Count + _model.ValueUnions.Count > 0)
        {
            writer.Line($"using {ModelsNamespace};");
            writer.Line();
        }
    }

    /// <summary>The field that keeps the builder of the item last asked for.</summary>
    private const string LastItemField = "_lastItemBuilder";

    /// <summary>
    /// Whether an unconfigured request of <paramref name="operation"/> can serve every call: one with no body and no
    /// header parameters is fixed by the builder's path, and the adapter only reads it.
    /// </summary>
    private static bool IsReusable(OperationModel operation) => operation.BodyType is null && operation.HeaderParameters.Count == 0;

    /// <summary>The field that keeps the unconfigured request of <paramref name="operation"/>: <c>_getCaseRequest</c>.</summary>
    private static string ReusedRequestField(OperationModel operation)
    {
        var factory = RequestFactoryName(operation);
        return "_" + char.ToLowerInvariant(factory["Create".Length]) + factory["Create".Length..][1..];
    }

    /// <summary>The field that keeps the child builder of a literal segment: <c>_casesBuilder</c>.</summary>
    private static string ChildField(BuilderNode child) => "_" + char.ToLowerInvariant(child.PropertyName[0]) + child.PropertyName[1..] + "Builder";
}
