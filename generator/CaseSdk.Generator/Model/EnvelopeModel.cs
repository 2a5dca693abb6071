namespace CaseSdk.Generator.Model;

/// <summary>
/// A request body that is a JSON:API envelope, <c>{ "data": { "type", "id"?, "attributes"?, "relationships"? } }</c>
/// with a single-value <c>type</c>, and the arguments a short overload takes instead of the whole body: required
/// members first (to-one relationships by id, the resource id, attributes), then the optional ones.
/// </summary>
/// <param name="BodyModel">The body's model (<c>CaseCreateRequest</c>).</param>
/// <param name="Data">The body's <c>data</c> member.</param>
/// <param name="DataModel">The model of <c>data</c> (<c>CaseCreate</c>).</param>
/// <param name="Type">The <c>type</c> member of <c>data</c>, whose only value the overload sends.</param>
/// <param name="IdFromPath">The path argument that is also <c>data.id</c> (an update of the resource the path names), or null.</param>
/// <param name="Id">The <c>id</c> member of <c>data</c> when the overload sets it (from the path or an argument), else null.</param>
/// <param name="Attributes">The <c>attributes</c> member of <c>data</c> with its model, if the overload sets any attribute.</param>
/// <param name="Relationships">The <c>relationships</c> member of <c>data</c> with its model, if the overload sets any relationship.</param>
/// <param name="Arguments">The arguments, in declaration order.</param>
public sealed record EnvelopeModel(
    string BodyModel,
    PropertyModel Data,
    string DataModel,
    PropertyModel Type,
    string? IdFromPath,
    PropertyModel? Id,
    EnvelopePart? Attributes,
    EnvelopePart? Relationships,
    IReadOnlyList<EnvelopeArgument> Arguments);

/// <summary>The <c>attributes</c> or <c>relationships</c> member of an envelope's <c>data</c>.</summary>
/// <param name="Member">The member of <c>data</c>.</param>
/// <param name="Model">Its model.</param>
/// <param name="Always">Whether it is always sent: the spec requires it, or a required argument fills it.</param>
public sealed record EnvelopePart(PropertyModel Member, string Model, bool Always);

/// <summary>Where an envelope argument goes.</summary>
public enum EnvelopeArgumentKind
{
    /// <summary><c>data.id</c>.</summary>
    Id,
    /// <summary>A member of <c>data.attributes</c>.</summary>
    Attribute,
    /// <summary>The id of a to-one relationship in <c>data.relationships</c>.</summary>
    Relationship,
}

/// <summary>One argument of an envelope overload.</summary>
/// <param name="Identifier">The C# argument name, escaped for keywords.</param>
/// <param name="Type">The argument's type (the member's, or a string id).</param>
/// <param name="Required">A positional argument the caller must pass; otherwise optional and null by default (left out).</param>
/// <param name="Kind">Where it goes.</param>
/// <param name="Member">The member it sets: the attribute, the relationship, or <c>data.id</c>.</param>
/// <param name="Relationship">For a relationship: its <c>data</c> with the id and single-value type.</param>
public sealed record EnvelopeArgument(string Identifier, TypeRef Type, bool Required, EnvelopeArgumentKind Kind, PropertyModel Member, ToOneRelationship? Relationship);

/// <summary>A to-one relationship, <c>{ "data": { "id", "type" } }</c> with a single-value type.</summary>
/// <param name="Model">The relationship's model (<c>ProjectRelationship</c>).</param>
/// <param name="Data">Its <c>data</c> member.</param>
/// <param name="DataModel">The model of <c>data</c>.</param>
/// <param name="Id">The <c>id</c> member.</param>
/// <param name="Type">The <c>type</c> member.</param>
public sealed record ToOneRelationship(string Model, PropertyModel Data, string DataModel, PropertyModel Id, PropertyModel Type);
