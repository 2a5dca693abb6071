namespace CaseSdk.Generator.Model;

/// <summary>Which models and unions a set of root types can reach through members, list items, map values and variants.</summary>
public static class TypeReach
{
    /// <summary>The names of every model and union reachable from <paramref name="roots"/>, the roots included.</summary>
    /// <param name="roots">Where to start (request bodies, response bodies).</param>
    /// <param name="models">Every model.</param>
    /// <param name="unions">Every discriminated union.</param>
    /// <param name="valueUnions">Every union told apart by value shape, when known.</param>
    public static HashSet<string> From(IEnumerable<TypeRef> roots, IReadOnlyList<ModelType> models, IReadOnlyList<UnionType> unions, IReadOnlyList<ValueUnionType>? valueUnions = null)
    {
        var valueUnionsByName = (valueUnions ?? []).ToDictionary(u => u.Name, StringComparer.Ordinal);
        var modelsByName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var unionsByName = unions.ToDictionary(u => u.Name, StringComparer.Ordinal);
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<TypeRef>(roots);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case NamedRef named when reachable.Add(named.Name):
                    if (modelsByName.TryGetValue(named.Name, out var model))
                    {
                        foreach (var property in model.Properties)
                        {
                            pending.Push(property.Type);
                        }

                        if (model.AdditionalPropertiesType is { } additional)
                        {
                            pending.Push(additional);
                        }
                    }
                    else if (unionsByName.TryGetValue(named.Name, out var union))
                    {
                        foreach (var variant in union.Variants)
                        {
                            pending.Push(new NamedRef(variant.ModelName, NamedKind.Model));
                        }
                    }
                    else if (valueUnionsByName.TryGetValue(named.Name, out var valueUnion))
                    {
                        foreach (var variant in valueUnion.Variants)
                        {
                            pending.Push(variant.Type);
                        }
                    }

                    break;
                case ListRef list:
                    pending.Push(list.Item);
                    break;
                case MapRef map:
                    pending.Push(map.Value);
                    break;
            }
        }

        return reachable;
    }
}
