using Microsoft.OpenApi;

namespace CaseSdk.Generator.Model;

/// <summary>
/// The path tree. Sibling paths may name the parameter at one position differently (<c>/team/{team_id}/links</c>
/// beside <c>/team/{super_team_id}</c>): they share one indexer node, since a URL only carries the value. The
/// indexer takes the name most of those paths use (ties: the first in ordinal order), so the choice does not depend
/// on the order of the document; each operation keeps its own path template and parameters.
/// </summary>
public sealed partial class ModelBuilder
{
    // The wire names each indexer node is given, with the paths giving each.
    private readonly Dictionary<BuilderNode, SortedDictionary<string, List<string>>> _indexerNames = [];

    private BuilderNode? AddPath(BuilderNode root, string path, string pointer)
    {
        if (!path.StartsWith('/'))
        {
            Report(pointer, "a path must start with '/'");
            return null;
        }

        var node = root;
        var template = string.Empty;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            template += "/" + segment;
            var isParameter = segment.StartsWith('{') && segment.EndsWith('}') && segment.Length > 2;
            if (!isParameter && (segment.Contains('{') || segment.Contains('}')))
            {
                Report(pointer, $"the segment '{segment}' mixes text and a parameter; only whole-segment parameters are supported");
                return null;
            }

            if (isParameter)
            {
                var name = segment[1..^1];
                node.IndexerChild ??= new BuilderNode(segment, node) { ParameterName = name, ParameterIdentifier = Naming.Camel(name), PathTemplate = template };
                node = node.IndexerChild;
                if (!_indexerNames.TryGetValue(node, out var names))
                {
                    names = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
                    _indexerNames[node] = names;
                }

                if (!names.TryGetValue(name, out var paths))
                {
                    paths = [];
                    names[name] = paths;
                }

                paths.Add(path);
            }
            else
            {
                var child = node.LiteralChildren.FirstOrDefault(c => c.Segment == segment);
                if (child is null)
                {
                    child = new BuilderNode(segment, node) { PathTemplate = template };
                    node.LiteralChildren.Add(child);
                    node.LiteralChildren.Sort((a, b) => string.CompareOrdinal(a.Segment, b.Segment));
                }

                node = child;
            }
        }

        return node;
    }

    /// <summary>Gives every indexer its name and every node the path template written with those names.</summary>
    private void NameIndexers(BuilderNode root)
    {
        foreach (var node in root.DescendantsAndSelf().Skip(1))
        {
            if (node.IsIndexer && _indexerNames.TryGetValue(node, out var names) && names.Count > 1)
            {
                // SortedDictionary iterates in ordinal order, so the first of the most used names wins ties.
                var chosen = names.OrderByDescending(n => n.Value.Count).First().Key;
                node.ParameterName = chosen;
                node.ParameterIdentifier = Naming.Camel(chosen);
                node.ParameterAliases = names.Keys.Where(n => n != chosen).ToList();
            }

            node.PathTemplate = node.Parent!.PathTemplate + "/" + (node.IsIndexer ? "{" + node.ParameterName + "}" : node.Segment);
        }
    }

    /// <summary>The description of the indexer's parameter, from the first path (in document order) that names it so.</summary>
    private string? DescribePathParameter(BuilderNode indexer)
    {
        if (!_indexerNames.TryGetValue(indexer, out var names) || !names.TryGetValue(indexer.ParameterName!, out var paths))
        {
            return null;
        }

        foreach (var path in paths)
        {
            var pathItem = _document.Paths![path];
            var parameters = (pathItem.Parameters ?? []).Concat((pathItem.Operations ?? []).Values.SelectMany(o => o.Parameters ?? []));
            if (parameters.FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == indexer.ParameterName)?.Description is { } description)
            {
                return description;
            }
        }

        return null;
    }

    private void NameBuilders(BuilderNode root)
    {
        // Leading literal segments every path shares (/api/v2) name their own builders; below them, names
        // concatenate the segments from there on (CasesItemPriority), which keeps them short and unique.
        var prefixDepth = 0;
        for (var node = root; node.LiteralChildren.Count == 1 && node.IndexerChild is null && node.LiteralChildren[0].Operations.Count == 0; node = node.LiteralChildren[0])
        {
            prefixDepth++;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal) { "RootRequestBuilder" };
        foreach (var node in root.DescendantsAndSelf().Skip(1))
        {
            var chain = new List<BuilderNode>();
            for (var n = node; n.Parent is not null; n = n.Parent)
            {
                chain.Insert(0, n);
            }

            var parts = chain.Count <= prefixDepth ? [chain[^1]] : chain.Skip(prefixDepth);
            var stem = string.Concat(parts.Select(n => n.IsIndexer ? "Item" : Naming.Member(n.Segment, "_")));
            node.ClassName = Naming.Unique(stem + "RequestBuilder", taken);
        }

        foreach (var node in root.DescendantsAndSelf())
        {
            var memberNames = new HashSet<string>(ReservedModelMembers, StringComparer.Ordinal) { "WithUrl", node.ClassName };
            foreach (var child in node.LiteralChildren)
            {
                var name = Naming.Member(child.Segment, "_");
                if (memberNames.Contains(name))
                {
                    name += "Segment";
                }

                child.PropertyName = Naming.Unique(name, memberNames);
            }

            if (node.IndexerChild is { } indexer)
            {
                indexer.ParameterDescription = DescribePathParameter(indexer);
            }
        }

        var queryNames = new HashSet<string>(taken, StringComparer.Ordinal);
        foreach (var node in root.DescendantsAndSelf())
        {
            for (var i = 0; i < node.Operations.Count; i++)
            {
                var operation = node.Operations[i];
                if (operation.QueryParametersClassName is { } name)
                {
                    node.Operations[i] = operation with { QueryParametersClassName = Naming.Unique(name, queryNames) };
                }
            }
        }
    }
}
