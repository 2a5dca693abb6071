using System.Text.Json;
using System.Text.Json.Nodes;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Groups the operations by their first tag into the operation-named entry points (<c>CaseManagementApi</c>), naming
/// the classes, methods and arguments so that they are valid and collision-free for any document: tags made
/// PascalCase identifiers with an <c>Api</c> suffix, operations without a tag in <c>DefaultApi</c>, methods from the
/// operationId with an <c>Async</c> suffix.
/// </summary>
public static class OperationGroupReader
{
    /// <summary>The group of operations without a tag.</summary>
    public const string DefaultGroupStem = "Default";

    /// <summary>The suffix of every group class.</summary>
    public const string ClassSuffix = "Api";

    /// <summary>The suffix of a paging method (<c>SearchCasesWithPaginationAsync</c>), as the official clients name theirs.</summary>
    public const string PagingSuffix = "WithPagination";

    /// <summary>Argument names every group method uses itself: parameters, and the locals and lambda parameters of generated bodies.</summary>
    private static readonly string[] ReservedArguments = ["body", "cancellationToken", "data", "attributes", "relationships", "snapshot", "walker", "configuration", "continuationToken", "page", "from", "to", "Copy"];

    /// <summary>Returns <paramref name="model"/> with its operation groups.</summary>
    /// <param name="model">The code model, operations, builders and paged lists built.</param>
    /// <param name="json">The spec as JSON (for the tags).</param>
    public static ApiModel Read(ApiModel model, JsonNode json)
    {
        var descriptions = TagDescriptions(json);
        var models = model.Models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var enums = model.Enums.ToDictionary(e => e.Name, StringComparer.Ordinal);
        var nodes = model.Root.DescendantsAndSelf()
            .SelectMany(n => n.Operations.Select(o => (Operation: o, Node: n)))
            .ToDictionary(p => p.Operation.Pointer, p => p.Node, StringComparer.Ordinal);

        // Tags in order of first use; a tag the document declares but no operation uses gets no class.
        var byTag = new List<(string? Tag, List<OperationModel> Operations)>();
        foreach (var operation in model.Operations)
        {
            var tag = FirstTag(json, operation.Pointer);
            var entry = byTag.FirstOrDefault(e => string.Equals(e.Tag, tag, StringComparison.Ordinal));
            if (entry.Operations is null)
            {
                entry = (tag, new List<OperationModel>());
                byTag.Add(entry);
            }

            entry.Operations.Add(operation);
        }

        var classNames = new HashSet<string>(StringComparer.Ordinal);
        var propertyNames = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<OperationGroupModel>();
        // Named tags first, so that a tag called "Default" keeps its name and the untagged group gets the suffix.
        foreach (var (tag, operations) in byTag.OrderBy(e => e.Tag is null))
        {
            var stem = tag is null ? DefaultGroupStem : Naming.Member(tag, digitPrefix: ClassSuffix, empty: DefaultGroupStem);
            var className = Naming.Unique(stem + ClassSuffix, classNames);
            var propertyName = Naming.Unique(stem + className[(stem.Length + ClassSuffix.Length)..], propertyNames);
            var methodNames = new HashSet<string>(StringComparer.Ordinal);
            var methods = operations
                .Select(o => (Operation: o, Name: Naming.Unique(Naming.Member(o.OperationId, digitPrefix: "Operation") + "Async", methodNames)))
                .ToList()
                .Select(m => BuildMethod(m.Operation, m.Name, nodes[m.Operation.Pointer], model, models, enums, methodNames))
                .ToList();
            groups.Add(new OperationGroupModel(tag, className, propertyName, tag is null ? null : descriptions.GetValueOrDefault(tag), methods));
        }

        return model with { OperationGroups = groups.OrderBy(g => g.ClassName, StringComparer.Ordinal).ToList() };
    }

    private static GroupMethodModel BuildMethod(
        OperationModel operation,
        string methodName,
        BuilderNode node,
        ApiModel model,
        Dictionary<string, ModelType> models,
        Dictionary<string, EnumType> enums,
        HashSet<string> methodNames)
    {
        var taken = new HashSet<string>(ReservedArguments, StringComparer.Ordinal);
        foreach (var header in operation.HeaderParameters)
        {
            taken.Add(header.ParameterName);
        }

        var indexers = new List<BuilderNode>();
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current.IsIndexer)
            {
                indexers.Insert(0, current);
            }
        }

        var pathNames = operation.PathTemplate.Split('/').Where(s => s.Length > 2 && s[0] == '{' && s[^1] == '}').Select(s => s[1..^1]).ToList();
        var pathArguments = pathNames
            .Select((name, i) => new PathArgument(name, Naming.Unique(Naming.Camel(name), taken), i < indexers.Count ? indexers[i].ParameterDescription : null))
            .ToList();
        var queryArgument = Naming.Unique("query", taken);
        var envelope = EnvelopeReader.Read(operation, pathArguments, models, enums, taken);
        var paged = model.PagedLists.FirstOrDefault(p => string.Equals(p.OperationId, operation.OperationId, StringComparison.Ordinal));
        var pagedName = paged is null ? null : Naming.Unique(methodName[..^"Async".Length] + PagingSuffix + "Async", methodNames);
        return new GroupMethodModel(operation, methodName, node, pathArguments, queryArgument, envelope, paged, pagedName);
    }

    private static string? FirstTag(JsonNode json, string operationPointer)
    {
        var node = json;
        foreach (var token in operationPointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonObject o ? o[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)] : null;
        }

        return node is JsonObject operation && operation["tags"] is JsonArray tags
            ? tags.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
            : null;
    }

    private static Dictionary<string, string> TagDescriptions(JsonNode json)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json is JsonObject root && root["tags"] is JsonArray tags)
        {
            foreach (var tag in tags.OfType<JsonObject>())
            {
                if (tag["name"] is JsonValue name && name.GetValueKind() == JsonValueKind.String
                    && tag["description"] is JsonValue description && description.GetValueKind() == JsonValueKind.String)
                {
                    result.TryAdd(name.GetValue<string>(), description.GetValue<string>());
                }
            }
        }

        return result;
    }
}
