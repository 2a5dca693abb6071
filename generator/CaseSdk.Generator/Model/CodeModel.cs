namespace CaseSdk.Generator.Model;

/// <summary>Everything the emitter needs, with every name already decided.</summary>
/// <param name="Root">The root of the request-builder tree (the empty path).</param>
/// <param name="Operations">Every operation, in spec order.</param>
/// <param name="Models">Object types, ordered by name.</param>
/// <param name="Enums">String enums, ordered by name.</param>
/// <param name="Unions">oneOf types, ordered by name.</param>
/// <param name="SerializableTypes">Request and response types beyond the named types (lists), by type-info name.</param>
public sealed partial record ApiModel(
    BuilderNode Root,
    IReadOnlyList<OperationModel> Operations,
    IReadOnlyList<ModelType> Models,
    IReadOnlyList<EnumType> Enums,
    IReadOnlyList<UnionType> Unions,
    IReadOnlyList<TypeRef> SerializableTypes)
{
    /// <summary>
    /// Models and unions reachable from a request body that have something to check before a request is sent:
    /// a required member, a documented limit, or a member of such a type.
    /// </summary>
    public IReadOnlySet<string> CheckedTypes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Models that only request bodies reach (no response does): their spec-required members are C# <c>required</c>. See <see cref="RequestOnlyModels"/>.</summary>
    public IReadOnlySet<string> RequestOnlyTypes { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="property"/> of <paramref name="model"/> is C# <c>required</c>: the model is request-only,
    /// the spec requires the member, and it is not read-only, not deprecated (C# refuses an obsolete required member)
    /// and has no preset value (a JSON:API <c>type</c> constant is filled in for the caller).
    /// </summary>
    public bool IsCompileTimeRequired(ModelType model, PropertyModel property) =>
        RequestOnlyTypes.Contains(model.Name) && property.Required && !property.ReadOnly && !property.Deprecated && property.InitialEnumMember is null;

    /// <summary>
    /// Whether <paramref name="property"/> of <paramref name="model"/> has a non-nullable C# type: the model is
    /// request-only and the member must be present (required, not nullable, not read-only), and not deprecated.
    /// </summary>
    public bool IsNonNullable(ModelType model, PropertyModel property) =>
        RequestOnlyTypes.Contains(model.Name) && property.MustBePresent && !property.Deprecated;

    /// <summary>Constructs generated with a safe type rather than refused, each located; in the order found.</summary>
    public IReadOnlyList<Read.SpecDiagnostic> Warnings { get; init; } = [];

    /// <summary>oneOf types told apart by the JSON shape of the value (primitives, arrays, objects), ordered by name.</summary>
    public IReadOnlyList<ValueUnionType> ValueUnions { get; init; } = [];

    /// <summary>Whether a present value of <paramref name="type"/> with <paramref name="constraints"/> has anything to check.</summary>
    public bool HasChecks(TypeRef type, ValueConstraints? constraints) => RequestChecks.HasValueChecks(type, constraints, CheckedTypes);

    /// <summary>Whether <paramref name="property"/> is checked before a request is sent (required, limited, or of a checked type).</summary>
    public bool HasChecks(PropertyModel property) => property.MustBePresent || HasChecks(property.Type, property.Constraints);
}

/// <summary>One node of the path tree: a literal segment or a <c>{param}</c> segment.</summary>
public sealed class BuilderNode
{
    /// <summary>Creates a node.</summary>
    public BuilderNode(string segment, BuilderNode? parent)
    {
        Segment = segment;
        Parent = parent;
    }

    /// <summary>The raw path segment (<c>cases</c>, <c>{case_id}</c>), empty for the root.</summary>
    public string Segment { get; }

    /// <summary>The parent node; null for the root.</summary>
    public BuilderNode? Parent { get; }

    /// <summary>The request-builder class name.</summary>
    public string ClassName { get; set; } = string.Empty;

    /// <summary>The property name on the parent (literal segments only).</summary>
    public string PropertyName { get; set; } = string.Empty;

    /// <summary>The path parameter's wire name for an indexer node (<c>case_id</c>).</summary>
    public string? ParameterName { get; set; }

    /// <summary>The indexer argument's C# name (<c>caseId</c>), already escaped for keywords.</summary>
    public string? ParameterIdentifier { get; set; }

    /// <summary>The other names sibling paths give this path parameter (<c>super_team_id</c> beside <c>team_id</c>).</summary>
    public IReadOnlyList<string> ParameterAliases { get; set; } = [];

    /// <summary>The path parameter's description, for the indexer's docs.</summary>
    public string? ParameterDescription { get; set; }

    /// <summary>Literal children by segment, then at most one indexer child.</summary>
    public List<BuilderNode> LiteralChildren { get; } = [];

    /// <summary>The child for a <c>{param}</c> segment, if any.</summary>
    public BuilderNode? IndexerChild { get; set; }

    /// <summary>The operations on exactly this path.</summary>
    public List<OperationModel> Operations { get; } = [];

    /// <summary>The spec path this node stands for, as written (e.g. <c>/api/v2/cases/{case_id}</c>).</summary>
    public string PathTemplate { get; set; } = string.Empty;

    /// <summary>Whether this is a <c>{param}</c> node.</summary>
    public bool IsIndexer => ParameterName is not null;

    /// <summary>True when every operation under this node is deprecated (and there is at least one).</summary>
    public bool IsDeprecated
    {
        get
        {
            var all = AllOperations().ToList();
            return all.Count > 0 && all.All(o => o.Deprecated);
        }
    }

    /// <summary>Children in emission order: literals by segment, then the indexer.</summary>
    public IEnumerable<BuilderNode> Children => IndexerChild is null ? LiteralChildren : LiteralChildren.Append(IndexerChild);

    /// <summary>This node's operations and those of every descendant.</summary>
    public IEnumerable<OperationModel> AllOperations() => Operations.Concat(Children.SelectMany(c => c.AllOperations()));

    /// <summary>This node and every descendant, depth first.</summary>
    public IEnumerable<BuilderNode> DescendantsAndSelf() => new[] { this }.Concat(Children.SelectMany(c => c.DescendantsAndSelf()));
}

/// <summary>One HTTP operation.</summary>
public sealed record OperationModel(
    string HttpMethod,
    string OperationId,
    string MethodName,
    string PathTemplate,
    string? Summary,
    string? Description,
    bool Deprecated,
    IReadOnlyList<QueryParameterModel> QueryParameters,
    string? QueryParametersClassName,
    TypeRef? BodyType,
    bool BodyRequired,
    string? BodyDescription,
    TypeRef? ResponseType,
    int SuccessStatusCode,
    IReadOnlyList<int> ErrorStatusCodes,
    string Pointer)
{
    /// <summary>Every documented 2xx status, in spec order; <see cref="SuccessStatusCode"/> is the first.</summary>
    public IReadOnlyList<int> SuccessStatusCodes { get; init; } = [SuccessStatusCode];

    /// <summary>Datadog's <c>x-unstable</c> note: the operation is a preview (null when it is not).</summary>
    public string? UnstableNote { get; init; }

    /// <summary>Header parameters, as method parameters: required ones first.</summary>
    public IReadOnlyList<HeaderParameterModel> HeaderParameters { get; init; } = [];

    /// <summary>
    /// The 2xx statuses documented without a body when others have one (204 beside 200): the method returns
    /// <see cref="ResponseType"/> as nullable, null on these. Empty when every 2xx has the body, or none has.
    /// </summary>
    public IReadOnlyList<int> BodilessSuccessCodes { get; init; } = [];

    /// <summary>The builder's field listing the documented error statuses: <c>ListCasesErrorStatusCodes</c>, unique in its builder.</summary>
    public string ErrorCodesField { get; init; } = string.Empty;
}

/// <summary>A header parameter.</summary>
/// <param name="WireName">The header name (<c>Content-Encoding</c>).</param>
/// <param name="ParameterName">The C# parameter name (<c>contentEncoding</c>), already escaped for keywords.</param>
/// <param name="Type">A string, integer, boolean or enum.</param>
/// <param name="Description">The description.</param>
/// <param name="Required">The header must be sent.</param>
public sealed record HeaderParameterModel(string WireName, string ParameterName, TypeRef Type, string? Description, bool Required);

/// <summary>A query parameter.</summary>
public sealed record QueryParameterModel(
    string WireName,
    string PropertyName,
    TypeRef Type,
    string? Description,
    bool Required,
    bool Deprecated,
    ValueConstraints Constraints,
    string? DefaultValue);

/// <summary>
/// The documented limits on a value that the SDK checks before sending (JSON Schema validation keywords). Only the
/// limits that apply to the value's type are kept: numeric bounds for numbers, lengths for strings, counts for arrays.
/// </summary>
/// <param name="Minimum">Inclusive lower bound (<c>minimum</c>).</param>
/// <param name="Maximum">Inclusive upper bound (<c>maximum</c>).</param>
/// <param name="ExclusiveMinimum">Exclusive lower bound (<c>exclusiveMinimum</c>, or <c>minimum</c> with OpenAPI 3.0's <c>exclusiveMinimum: true</c>).</param>
/// <param name="ExclusiveMaximum">Exclusive upper bound (<c>exclusiveMaximum</c>, or <c>maximum</c> with OpenAPI 3.0's <c>exclusiveMaximum: true</c>).</param>
/// <param name="MinLength">Fewest characters (Unicode code points) in a string.</param>
/// <param name="MaxLength">Most characters (Unicode code points) in a string.</param>
/// <param name="MinItems">Fewest items in an array.</param>
/// <param name="MaxItems">Most items in an array.</param>
/// <param name="Items">The limits on each item of an array, if any.</param>
public sealed record ValueConstraints(
    decimal? Minimum = null,
    decimal? Maximum = null,
    decimal? ExclusiveMinimum = null,
    decimal? ExclusiveMaximum = null,
    int? MinLength = null,
    int? MaxLength = null,
    int? MinItems = null,
    int? MaxItems = null,
    ValueConstraints? Items = null)
{
    /// <summary>No limits.</summary>
    public static ValueConstraints None { get; } = new();

    /// <summary>Whether the value itself has a limit (not counting <see cref="Items"/>).</summary>
    public bool HasOwnLimits =>
        Minimum is not null || Maximum is not null || ExclusiveMinimum is not null || ExclusiveMaximum is not null
        || MinLength is not null || MaxLength is not null || MinItems is not null || MaxItems is not null;

    /// <summary>Whether there is no limit at all, on the value or its items.</summary>
    public bool IsEmpty => !HasOwnLimits && Items is null;
}

/// <summary>The primitive shapes a value can take.</summary>
public enum PrimitiveKind
{
    /// <summary>A string.</summary>
    String,
    /// <summary>A 32-bit integer.</summary>
    Int32,
    /// <summary>A 64-bit integer.</summary>
    Int64,
    /// <summary>A 32-bit float.</summary>
    Float,
    /// <summary>A double.</summary>
    Double,
    /// <summary>A boolean.</summary>
    Boolean,
    /// <summary>A date-time with offset.</summary>
    DateTime,
    /// <summary>Any JSON value.</summary>
    Any,
}

/// <summary>A reference to a type: primitive, named (model, enum, union), list or string-keyed map.</summary>
public abstract record TypeRef
{
    /// <summary>A name for the type in serializer metadata (<c>CaseResponse</c>, <c>ListCase</c>).</summary>
    public abstract string TypeInfoName { get; }
}

/// <summary>A primitive.</summary>
public sealed record PrimitiveRef(PrimitiveKind Kind) : TypeRef
{
    /// <inheritdoc />
    public override string TypeInfoName => Kind.ToString();
}

/// <summary>A generated model, enum or union.</summary>
public sealed record NamedRef(string Name, NamedKind Kind) : TypeRef
{
    /// <inheritdoc />
    public override string TypeInfoName => Name;
}

/// <summary>What a named type is.</summary>
public enum NamedKind
{
    /// <summary>An object model (class).</summary>
    Model,
    /// <summary>An extensible enum (struct).</summary>
    Enum,
    /// <summary>A oneOf union (class).</summary>
    Union,
}

/// <summary>A list.</summary>
public sealed record ListRef(TypeRef Item) : TypeRef
{
    /// <inheritdoc />
    public override string TypeInfoName => "List" + Item.TypeInfoName;
}

/// <summary>A map with string keys (<c>additionalProperties</c>).</summary>
public sealed record MapRef(TypeRef Value) : TypeRef
{
    /// <inheritdoc />
    public override string TypeInfoName => "Dictionary" + Value.TypeInfoName;
}

/// <summary>An object model.</summary>
public sealed record ModelType(string Name, string? Description, bool Deprecated, IReadOnlyList<PropertyModel> Properties, string Pointer)
{
    /// <summary>The <c>[Obsolete]</c> message when deprecated, naming the replacement the spec gives.</summary>
    public string? DeprecationMessage { get; init; }

    /// <summary>The type of the members beyond <see cref="Properties"/> when <c>additionalProperties</c> is a schema (not free-form).</summary>
    public TypeRef? AdditionalPropertiesType { get; init; }
}

/// <summary>A property of an object model.</summary>
/// <param name="WireName">The JSON member name.</param>
/// <param name="Name">The C# property name.</param>
/// <param name="Type">The property type.</param>
/// <param name="Nullable">The schema says <c>nullable: true</c>: null is written explicitly.</param>
/// <param name="Required">The schema lists the member as required.</param>
/// <param name="Description">The description.</param>
/// <param name="Deprecated">The member is deprecated.</param>
/// <param name="InitialEnumMember">For single-value enums: the member the property starts with.</param>
/// <param name="ReadOnly">The schema says <c>readOnly: true</c>: the member only comes back in responses.</param>
/// <param name="Constraints">The documented limits on the value.</param>
public sealed record PropertyModel(
    string WireName,
    string Name,
    TypeRef Type,
    bool Nullable,
    bool Required,
    string? Description,
    bool Deprecated,
    string? InitialEnumMember,
    bool ReadOnly,
    ValueConstraints Constraints)
{
    /// <summary>
    /// Whether a request body must carry a non-null value: required, not nullable (null is then a valid value) and
    /// not read-only (OpenAPI applies <c>required</c> on a read-only member to responses only).
    /// </summary>
    public bool MustBePresent => Required && !Nullable && !ReadOnly;

    /// <summary>The <c>[Obsolete]</c> message when deprecated, naming the replacement the spec gives.</summary>
    public string? DeprecationMessage { get; init; }

    /// <summary>
    /// Whether the model records that the caller set the member: nullable members that are not required, so that an
    /// unset member is left out of a request while an explicit null is sent.
    /// </summary>
    public bool TracksPresence => Nullable && !Required;
}

/// <summary>An enum (string, integer or number), emitted as an extensible enum.</summary>
public sealed record EnumType(string Name, string? Description, bool Deprecated, IReadOnlyList<EnumMember> Members, string ConverterName, string Pointer)
{
    /// <summary>What the wire values are; <see cref="EnumMember.WireValue"/> holds a number's JSON text.</summary>
    public EnumValueKind ValueKind { get; init; } = EnumValueKind.String;

    /// <summary>The <c>[Obsolete]</c> message when deprecated, naming the replacement the spec gives.</summary>
    public string? DeprecationMessage { get; init; }
}

/// <summary>A known value of an enum.</summary>
public sealed record EnumMember(string WireValue, string Name);

/// <summary>A oneOf over object models, discriminated by a single-value enum property.</summary>
public sealed record UnionType(string Name, string? Description, bool Deprecated, string DiscriminatorWireName, IReadOnlyList<UnionVariant> Variants, string ConverterName, string Pointer);

/// <summary>A variant of a union.</summary>
/// <param name="ModelName">The variant's model type.</param>
/// <param name="PropertyName">The union property that holds it.</param>
/// <param name="DiscriminatorValue">The discriminator's wire value for this variant.</param>
public sealed record UnionVariant(string ModelName, string PropertyName, string DiscriminatorValue);
