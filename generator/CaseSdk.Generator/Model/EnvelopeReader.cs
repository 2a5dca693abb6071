namespace CaseSdk.Generator.Model;

/// <summary>
/// Recognises a JSON:API envelope body and decides the arguments of its short overload. The rule, for any document:
/// the body's only required member is <c>data</c>, an object whose <c>type</c> has a single value (sent as is) and
/// whose other members are among <c>id</c>, <c>attributes</c> and <c>relationships</c>. Then required attributes
/// become positional arguments and optional ones optional named arguments (deprecated optional ones are left to the
/// full-body overload); each to-one relationship (<c>{ "data": { "id", "type" } }</c> with a single-value type)
/// becomes its id; a required <c>data.id</c> (or the id of a bare resource identifier) comes from the last path parameter when the operation updates the
/// resource its path names (PATCH or PUT on <c>.../{id}</c>), else from an argument named after the resource type.
/// A required member the rule cannot fill (a to-many relationship, an unknown member) means no short overload.
/// </summary>
public static class EnvelopeReader
{
    /// <summary>The short overload of <paramref name="operation"/>'s body, or null when it is not an envelope the rule covers.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="path">Its path arguments.</param>
    /// <param name="models">Every model by name.</param>
    /// <param name="enums">Every enum by name.</param>
    /// <param name="taken">Argument names already used by the method (not changed).</param>
    public static EnvelopeModel? Read(OperationModel operation, IReadOnlyList<PathArgument> path, IReadOnlyDictionary<string, ModelType> models, IReadOnlyDictionary<string, EnumType> enums, IReadOnlySet<string> taken)
    {
        if (operation.HeaderParameters.Count > 0 || operation.BodyType is not NamedRef { Kind: NamedKind.Model } bodyRef || !models.TryGetValue(bodyRef.Name, out var body))
        {
            return null;
        }

        var data = Member(body, "data");
        if (data is null || data.ReadOnly || body.Properties.Any(p => p != data && p.MustBePresent) || Model(data, models) is not { } dataModel)
        {
            return null;
        }

        var type = Member(dataModel, "type");
        if (type is null || !IsConstant(type))
        {
            return null;
        }

        var id = Member(dataModel, "id");
        var attributes = Member(dataModel, "attributes");
        var relationships = Member(dataModel, "relationships");
        var known = new[] { type, id, attributes, relationships };
        if (dataModel.Properties.Any(p => p.MustBePresent && !known.Contains(p)))
        {
            return null;
        }

        var names = new HashSet<string>(taken, StringComparer.Ordinal);
        foreach (var argument in path)
        {
            names.Add(argument.Identifier);
        }

        var required = new List<EnvelopeArgument>();
        var optional = new List<EnvelopeArgument>();

        EnvelopePart? relationshipPart = null;
        if (relationships is not null && !relationships.ReadOnly)
        {
            if (Model(relationships, models) is not { } relationshipsModel)
            {
                if (relationships.MustBePresent)
                {
                    return null;
                }
            }
            else
            {
                foreach (var relationship in relationshipsModel.Properties.Where(p => !p.ReadOnly))
                {
                    var toOne = ToOne(relationship, models);
                    if (toOne is null || (relationship.Deprecated && !relationship.MustBePresent))
                    {
                        if (relationship.MustBePresent)
                        {
                            return null;
                        }

                        continue;
                    }

                    var argument = new EnvelopeArgument(Naming.Unique(Naming.Camel(relationship.WireName + "_id"), names), toOne.Id.Type, relationship.MustBePresent, EnvelopeArgumentKind.Relationship, relationship, toOne);
                    (argument.Required ? required : optional).Add(argument);
                }

                relationshipPart = new EnvelopePart(relationships, relationshipsModel.Name, relationships.MustBePresent || required.Count > 0);
            }
        }

        string? idFromPath = null;
        PropertyModel? idMember = null;
        // A bare resource identifier (no attributes, no relationships) needs its id, as JSON:API requires, whatever the schema says.
        var identifierOnly = attributes is null && relationships is null;
        if (id is not null && !id.ReadOnly && (id.Required || identifierOnly))
        {
            idMember = id;
            if (operation.HttpMethod is "PATCH" or "PUT" && path.Count > 0 && operation.PathTemplate.EndsWith('}'))
            {
                idFromPath = path[^1].Identifier;
            }
            else
            {
                var resource = enums.TryGetValue(((NamedRef)type.Type).Name, out var typeEnum) && typeEnum.Members.Count == 1 ? Singular(typeEnum.Members[0].WireValue) : "resource";
                required.Add(new EnvelopeArgument(Naming.Unique(Naming.Camel(resource + "_id"), names), id.Type, true, EnvelopeArgumentKind.Id, id, null));
            }
        }

        EnvelopePart? attributePart = null;
        if (attributes is not null && !attributes.ReadOnly)
        {
            if (Model(attributes, models) is not { } attributesModel)
            {
                if (attributes.MustBePresent)
                {
                    return null;
                }
            }
            else
            {
                var requiredAttributes = 0;
                foreach (var attribute in attributesModel.Properties.Where(p => !p.ReadOnly))
                {
                    var isRequired = attribute.Required;
                    if (attribute.Deprecated && !isRequired)
                    {
                        continue;
                    }

                    var argument = new EnvelopeArgument(Naming.Unique(Naming.Camel(attribute.WireName), names), attribute.Type, isRequired, EnvelopeArgumentKind.Attribute, attribute, null);
                    if (isRequired)
                    {
                        requiredAttributes++;
                        required.Add(argument);
                    }
                    else
                    {
                        optional.Add(argument);
                    }
                }

                attributePart = new EnvelopePart(attributes, attributesModel.Name, attributes.MustBePresent || requiredAttributes > 0);
            }
        }

        // Optional attributes before optional relationships: the attributes are what a caller sets most.
        var ordered = required
            .Concat(optional.Where(a => a.Kind == EnvelopeArgumentKind.Attribute))
            .Concat(optional.Where(a => a.Kind == EnvelopeArgumentKind.Relationship))
            .ToList();
        return new EnvelopeModel(body.Name, data, dataModel.Name, type, idFromPath, idMember, attributePart, relationshipPart, ordered);
    }

    private static PropertyModel? Member(ModelType model, string wireName) =>
        model.Properties.FirstOrDefault(p => string.Equals(p.WireName, wireName, StringComparison.Ordinal));

    private static ModelType? Model(PropertyModel property, IReadOnlyDictionary<string, ModelType> models) =>
        property.Type is NamedRef { Kind: NamedKind.Model } named && models.TryGetValue(named.Name, out var model) ? model : null;

    /// <summary>A single-value enum the model starts with: a constant the overload never asks for.</summary>
    private static bool IsConstant(PropertyModel property) => property.InitialEnumMember is not null && property.Type is NamedRef { Kind: NamedKind.Enum };

    private static ToOneRelationship? ToOne(PropertyModel relationship, IReadOnlyDictionary<string, ModelType> models)
    {
        if (Model(relationship, models) is not { } model || Member(model, "data") is not { } data || Model(data, models) is not { } dataModel)
        {
            return null;
        }

        var id = Member(dataModel, "id");
        var type = Member(dataModel, "type");
        if (id is null || id.ReadOnly || id.Type is not PrimitiveRef { Kind: PrimitiveKind.String } || type is null || !IsConstant(type))
        {
            return null;
        }

        var filled = new[] { data, id, type };
        if (model.Properties.Any(p => p.MustBePresent && p != data) || dataModel.Properties.Any(p => p.MustBePresent && !filled.Contains(p)))
        {
            return null;
        }

        return new ToOneRelationship(model.Name, data, dataModel.Name, id, type);
    }

    /// <summary>The singular of a JSON:API resource type (<c>users</c> → <c>user</c>), for an argument name.</summary>
    private static string Singular(string type) =>
        type.EndsWith("ies", StringComparison.Ordinal) && type.Length > 4 ? type[..^3] + "y"
        : type.EndsWith('s') && !type.EndsWith("ss", StringComparison.Ordinal) && type.Length > 2 ? type[..^1]
        : type;
}
