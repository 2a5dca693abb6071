namespace CaseSdk.Generator.Model;

/// <summary>
/// The rule for nullability that tells the truth. A model that only request bodies use is written by the caller and
/// read by nobody but the API, so its members say what the spec says: a member the spec requires is C#
/// <c>required</c> (the compiler asks for it), and non-nullable when the spec says non-nullable. A model that a
/// response reaches (alone or as well as a request) is read from the live API, which omits members the spec calls
/// required; it stays tolerant — every member nullable, none <c>required</c> — because System.Text.Json (8+) treats
/// C# <c>required</c> as "must be in the JSON" and a non-nullable member it could not fill would be a lie. Those
/// models keep the runtime check before a request is sent instead.
/// </summary>
public static class RequestOnlyModels
{
    /// <summary>The models reachable from a request body and from no response body.</summary>
    /// <param name="operations">Every operation.</param>
    /// <param name="models">Every model.</param>
    /// <param name="unions">Every discriminated union.</param>
    /// <param name="valueUnions">Every union told apart by value shape.</param>
    public static HashSet<string> Find(IReadOnlyList<OperationModel> operations, IReadOnlyList<ModelType> models, IReadOnlyList<UnionType> unions, IReadOnlyList<ValueUnionType> valueUnions)
    {
        var fromRequests = TypeReach.From(operations.Select(o => o.BodyType).OfType<TypeRef>(), models, unions, valueUnions);
        var fromResponses = TypeReach.From(operations.Select(o => o.ResponseType).OfType<TypeRef>(), models, unions, valueUnions);
        fromRequests.ExceptWith(fromResponses);
        fromRequests.IntersectWith(models.Select(m => m.Name));
        return fromRequests;
    }
}
