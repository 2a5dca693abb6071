namespace CaseSdk.Generator.Model;

/// <summary>
/// Decides which models and unions are checked before a request is sent: those a request body can reach that
/// have a member to check (required, limited, or itself of a checked type).
/// </summary>
public static class RequestChecks
{
    /// <summary>Whether a present value of <paramref name="type"/> has anything to check, given the checked types.</summary>
    /// <param name="type">The value's type.</param>
    /// <param name="constraints">The value's documented limits; <see cref="ValueConstraints.Items"/> applies to list items.</param>
    /// <param name="checkedTypes">Names of the models and unions that are checked.</param>
    public static bool HasValueChecks(TypeRef type, ValueConstraints? constraints, IReadOnlySet<string> checkedTypes) =>
        constraints?.HasOwnLimits == true || type switch
        {
            NamedRef named => checkedTypes.Contains(named.Name),
            ListRef list => HasValueChecks(list.Item, constraints?.Items, checkedTypes),
            MapRef map => HasValueChecks(map.Value, null, checkedTypes),
            _ => false,
        };

    /// <summary>Finds the checked types for the request bodies of <paramref name="operations"/>.</summary>
    /// <param name="operations">Every operation.</param>
    /// <param name="models">Every model.</param>
    /// <param name="unions">Every union.</param>
    public static HashSet<string> Find(IEnumerable<OperationModel> operations, IReadOnlyList<ModelType> models, IReadOnlyList<UnionType> unions)
    {
        var modelsByName = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var unionsByName = unions.ToDictionary(u => u.Name, StringComparer.Ordinal);

        // Only what a request body can reach: response-only models never get checking code.
        var reachable = TypeReach.From(operations.Select(o => o.BodyType).OfType<TypeRef>(), models, unions);

        // A type is checked when one of its members is; repeat until nothing changes (types may refer to each other).
        var checkedTypes = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var name in reachable.Where(n => !checkedTypes.Contains(n)).Order(StringComparer.Ordinal).ToList())
            {
                var hasChecks = modelsByName.TryGetValue(name, out var model)
                    ? model.Properties.Any(p => p.MustBePresent || HasValueChecks(p.Type, p.Constraints, checkedTypes))
                    : unionsByName.TryGetValue(name, out var union) && union.Variants.Any(v => checkedTypes.Contains(v.ModelName));
                if (hasChecks)
                {
                    checkedTypes.Add(name);
                    changed = true;
                }
            }
        }
        while (changed);

        return checkedTypes;
    }
}
