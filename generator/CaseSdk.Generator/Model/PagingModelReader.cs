using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Reads Datadog's <c>x-pagination</c> extension of each operation (<c>limitParam</c>, <c>pageParam</c>,
/// <c>pageOffsetParam</c>, <c>pageStart</c>, <c>cursorParam</c>, <c>cursorPath</c>, <c>resultsPath</c>) into
/// <see cref="PagedListModel"/>s, resolving every name against the operation's parameters and response model. An
/// <c>x-pagination</c> the helpers cannot serve (parameters in the body, a results path that is not a list) is
/// recorded as skipped rather than failing the generation: the operation itself is still generated.
/// </summary>
public static class PagingModelReader
{
    /// <summary>The method name of every helper.</summary>
    public const string MethodName = "ListAllAsync";

    /// <summary>The internal method of every helper's builder that creates its page walker.</summary>
    public const string WalkerMethodName = "CreateListWalker";

    /// <summary>The page size a helper uses when the spec documents neither a maximum nor a default.</summary>
    public const long FallbackPageSize = 100;

    // Datadog's response metadata vocabulary, in order of preference.
    private static readonly string[] TotalPagesPaths = ["meta.page.total_pages", "meta.pagination.total_pages", "meta.page.total"];
    private static readonly string[] TotalItemsPaths = ["meta.page.total_filtered_count", "meta.page.total_count", "meta.pagination.total_count"];
    private static readonly string[] NextOffsetPaths = ["meta.pagination.next_offset", "meta.page.next_offset"];

    /// <summary>Returns <paramref name="model"/> with its paged lists read from the spec's JSON.</summary>
    /// <param name="model">The code model, operations and models built.</param>
    /// <param name="json">The spec as JSON (for the extension's raw values).</param>
    public static ApiModel Read(ApiModel model, JsonNode json)
    {
        var models = model.Models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var paged = new List<PagedListModel>();
        var skipped = new List<SkippedPagedList>();
        foreach (var operation in model.Operations)
        {
            var pointer = operation.Pointer + "/x-pagination";
            var raw = At(json, pointer);
            if (raw is null)
            {
                continue;
            }

            var (list, reason) = ReadOne(operation, raw, pointer, models);
            if (list is not null)
            {
                paged.Add(list);
            }
            else
            {
                skipped.Add(new SkippedPagedList(operation.OperationId, pointer, reason!));
            }
        }

        return model with { PagedLists = paged, SkippedPagedLists = skipped };
    }

    private static (PagedListModel? List, string? Reason) ReadOne(OperationModel operation, JsonNode raw, string pointer, Dictionary<string, ModelType> models)
    {
        if (raw is not JsonObject extension)
        {
            return (null, "x-pagination is not an object");
        }

        var pageParam = Text(extension, "pageParam");
        var offsetParam = Text(extension, "pageOffsetParam");
        var cursorParam = Text(extension, "cursorParam");
        var positions = new[] { pageParam, offsetParam, cursorParam }.Count(p => p is not null);
        if (positions != 1)
        {
            return (null, "x-pagination must name exactly one of pageParam, pageOffsetParam and cursorParam");
        }

        var kind = pageParam is not null ? PagingKind.PageNumber : offsetParam is not null ? PagingKind.Offset : PagingKind.Cursor;
        var positionName = pageParam ?? offsetParam ?? cursorParam!;
        if (Text(extension, "limitParam") is not { } limitName)
        {
            return (null, "x-pagination has no limitParam, so a short page cannot be recognised");
        }

        if (!string.Equals(operation.HttpMethod, "GET", StringComparison.Ordinal))
        {
            return (null, $"paging parameters of a {operation.HttpMethod} operation are in the request body");
        }

        long pageStart = 0;
        if (extension["pageStart"] is { } startNode)
        {
            if (kind != PagingKind.PageNumber || startNode is not JsonValue startValue || !startValue.TryGetValue<long>(out pageStart) || pageStart < 0)
            {
                return (null, "pageStart must be a non-negative integer next to pageParam");
            }
        }

        var limitParameter = Query(operation, limitName);
        if (limitParameter is null || !IsInteger(limitParameter.Type))
        {
            return (null, $"limitParam '{limitName}' is not an integer query parameter of the operation");
        }

        var positionParameter = Query(operation, positionName);
        if (positionParameter is null || (kind == PagingKind.Cursor ? positionParameter.Type is not PrimitiveRef { Kind: PrimitiveKind.String } : !IsInteger(positionParameter.Type)))
        {
            return (null, $"'{positionName}' is not {(kind == PagingKind.Cursor ? "a string" : "an integer")} query parameter of the operation");
        }

        var (sizeMinimum, sizeMaximum) = Bounds(limitParameter, floor: 1);
        if (sizeMinimum > sizeMaximum)
        {
            return (null, $"the documented limits of '{limitName}' allow no page size");
        }

        var limit = new PagingParameter(limitParameter, sizeMinimum, sizeMaximum, InitialPageSize(limitParameter, sizeMinimum, sizeMaximum));
        PagingParameter position;
        if (kind == PagingKind.Cursor)
        {
            position = new PagingParameter(positionParameter, 0, 0, 0);
        }
        else
        {
            var (minimum, maximum) = Bounds(positionParameter, floor: pageStart);
            if (minimum > maximum || pageStart > maximum)
            {
                return (null, $"the documented limits of '{positionName}' exclude the first page");
            }

            position = new PagingParameter(positionParameter, minimum, maximum, pageStart);
        }

        if (operation.ResponseType is not NamedRef { Kind: NamedKind.Model } response || !models.TryGetValue(response.Name, out var responseModel))
        {
            return (null, "the success response is not an object model");
        }

        var resultsPath = Text(extension, "resultsPath") ?? "data";
        var results = Resolve(responseModel, resultsPath, models);
        if (results is not { Count: > 0 } || results[^1].Type is not ListRef { Item: NamedRef itemType })
        {
            return (null, $"resultsPath '{resultsPath}' is not a list of named types in {responseModel.Name}");
        }

        var itemId = itemType.Kind == NamedKind.Model && models.TryGetValue(itemType.Name, out var itemModel)
            ? itemModel.Properties.FirstOrDefault(p => p.WireName == "id" && p.Type is PrimitiveRef { Kind: PrimitiveKind.String })
            : null;

        IReadOnlyList<PropertyModel>? nextCursor = null;
        if (kind == PagingKind.Cursor)
        {
            var cursorPath = Text(extension, "cursorPath");
            nextCursor = cursorPath is null ? null : Resolve(responseModel, cursorPath, models);
            if (nextCursor is null || nextCursor[^1].Type is not PrimitiveRef { Kind: PrimitiveKind.String })
            {
                return (null, $"cursorPath '{cursorPath}' is not a string member of {responseModel.Name}");
            }
        }

        var signals = new PagingSignals(
            kind == PagingKind.PageNumber ? TotalPagesPaths.Select(p => Resolve(responseModel, p, models)).FirstOrDefault(IsPageCount) : null,
            kind == PagingKind.Cursor ? [] : TotalItemsPaths.Select(p => Resolve(responseModel, p, models)).Where(IsCount).Select(p => p!).ToList(),
            kind == PagingKind.Offset ? NextOffsetPaths.Select(p => Resolve(responseModel, p, models)).FirstOrDefault(IsCount) : null,
            nextCursor);
        return (new PagedListModel(operation.OperationId, kind, limit, position, responseModel.Name, results, itemType, itemId, signals, pointer), null);
    }

    /// <summary>The members along a dotted wire path (<c>meta.page.total</c>), or null when one is missing or not an object on the way.</summary>
    private static List<PropertyModel>? Resolve(ModelType start, string path, Dictionary<string, ModelType> models)
    {
        var members = new List<PropertyModel>();
        var current = start;
        var names = path.Split('.');
        for (var i = 0; i < names.Length; i++)
        {
            var member = current?.Properties.FirstOrDefault(p => p.WireName == names[i]);
            if (member is null)
            {
                return null;
            }

            members.Add(member);
            if (i < names.Length - 1)
            {
                current = member.Type is NamedRef { Kind: NamedKind.Model } next && models.TryGetValue(next.Name, out var nextModel) ? nextModel : null;
            }
        }

        return members;
    }

    private static bool IsCount(List<PropertyModel>? path) => path is { Count: > 0 } && IsInteger(path[^1].Type);

    // meta.page.total means pages on some lists and items on others: only its description tells.
    private static bool IsPageCount(List<PropertyModel>? path) =>
        IsCount(path) && (path![^1].WireName != "total" || (path[^1].Description?.Contains("pages", StringComparison.OrdinalIgnoreCase) ?? false));

    private static bool IsInteger(TypeRef type) => type is PrimitiveRef { Kind: PrimitiveKind.Int32 or PrimitiveKind.Int64 };

    private static QueryParameterModel? Query(OperationModel operation, string wireName) =>
        operation.QueryParameters.FirstOrDefault(q => q.WireName == wireName);

    /// <summary>The values the parameter accepts: its documented limits, at least <paramref name="floor"/>, within its type.</summary>
    private static (long Minimum, long Maximum) Bounds(QueryParameterModel parameter, long floor)
    {
        var c = parameter.Constraints;
        var typeMaximum = parameter.Type is PrimitiveRef { Kind: PrimitiveKind.Int32 } ? int.MaxValue : long.MaxValue;
        var minimum = floor;
        if (c.Minimum is { } min)
        {
            minimum = Math.Max(minimum, Clamp(Math.Ceiling(min)));
        }

        if (c.ExclusiveMinimum is { } exclusiveMin)
        {
            minimum = Math.Max(minimum, Clamp(Math.Floor(exclusiveMin) + 1));
        }

        long maximum = typeMaximum;
        if (c.Maximum is { } max)
        {
            maximum = Math.Min(maximum, Clamp(Math.Floor(max)));
        }

        if (c.ExclusiveMaximum is { } exclusiveMax)
        {
            maximum = Math.Min(maximum, Clamp(Math.Ceiling(exclusiveMax) - 1));
        }

        return (minimum, maximum);
    }

    /// <summary>The largest documented page size (fewest requests), else the documented default, else <see cref="FallbackPageSize"/>.</summary>
    private static long InitialPageSize(QueryParameterModel parameter, long minimum, long maximum)
    {
        if (parameter.Constraints.Maximum is not null || parameter.Constraints.ExclusiveMaximum is not null)
        {
            return maximum;
        }

        var size = FallbackPageSize;
        if (parameter.DefaultValue is { } text && long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var documented))
        {
            size = documented;
        }

        return Math.Min(Math.Max(size, minimum), maximum);
    }

    private static long Clamp(decimal value) => value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)value;

    private static string? Text(JsonObject extension, string name) =>
        extension[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text ? text : null;

    private static JsonNode? At(JsonNode json, string pointer)
    {
        var node = json;
        foreach (var token in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node is JsonObject o ? o[name] : null;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
