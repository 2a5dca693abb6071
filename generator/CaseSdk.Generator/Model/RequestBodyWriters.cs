namespace CaseSdk.Generator.Model;

/// <summary>
/// Which types get a generated JSON writer, and which of them the SDK's options write with it. System.Text.Json's
/// source-generated fast path does not apply to a type with <c>[JsonExtensionData]</c>, which every model has, so
/// request bodies would otherwise take its slower metadata path.
/// </summary>
public static class RequestBodyWriters
{
    /// <summary>The models and unions reachable from a JSON request body: each gets a writer.</summary>
    /// <param name="model">The code model.</param>
    public static HashSet<string> Written(ApiModel model) =>
        TypeReach.From(model.Operations.Select(o => o.BodyType).OfType<TypeRef>(), model.Models, model.Unions, model.ValueUnions);

    /// <summary>
    /// The models used as a request body and reachable from no response body, ordered by name: the options write
    /// them with their writer. A model a response also reaches keeps its metadata, so reading it is not slowed down.
    /// </summary>
    /// <param name="model">The code model.</param>
    public static IReadOnlyList<string> Roots(ApiModel model)
    {
        var fromResponses = TypeReach.From(model.Operations.Select(o => o.ResponseType).OfType<TypeRef>(), model.Models, model.Unions, model.ValueUnions);
        var models = model.Models.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        return model.Operations.Select(o => o.BodyType).OfType<NamedRef>()
            .Select(t => t.Name)
            .Where(name => models.Contains(name) && !fromResponses.Contains(name))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }
}
