using System.Globalization;
using System.Text.Json.Nodes;
using CaseSdk.Generator.Read;
using Microsoft.OpenApi;
using JsonPointer = CaseSdk.Generator.Read.JsonPointer;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Stage 2: turns an <see cref="OpenApiDocument"/> into an <see cref="ApiModel"/>. Every construct the emitter
/// cannot express is reported with its JSON pointer; nothing is skipped silently.
/// </summary>
public sealed partial class ModelBuilder
{
    private const string ComponentsPrefix = "#/components/schemas/";

    private static readonly string[] MethodOrder = ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

    private static readonly HashSet<string> StringFormatsKeptAsString = new(StringComparer.Ordinal)
    {
        "date", "time", "uuid", "email", "uri", "uri-reference", "hostname", "ipv4", "ipv6", "password", "byte", "regex",
    };

    private static readonly HashSet<string> ReservedModelMembers = new(StringComparer.Ordinal)
    {
        "AdditionalData", "AdditionalProperties", "CollectProblems", "SkipUnsetMembers", "WriteAdditionalProperties", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private static readonly HashSet<string> ReservedEnumMembers = new(StringComparer.Ordinal)
    {
        "KnownValues", "IsKnown", "TryParse", "From", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private readonly OpenApiDocument _document;
    private readonly JsonNode _json;
    private readonly string _file;
    private readonly List<SpecDiagnostic> _diagnostics = [];
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal) { "CaseSdkJsonSerializerContext", "CaseSdkJsonOptions" };
    private readonly Dictionary<string, ComponentEntry> _components = new(StringComparer.Ordinal);
    private readonly List<ModelType> _models = [];
    private readonly List<EnumType> _enums = [];
    private readonly List<UnionType> _unions = [];
    private readonly List<(string Name, IOpenApiSchema Schema, string Pointer)> _pendingUnions = [];
    private readonly Dictionary<string, ModelType> _modelsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumType> _enumsByName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    private ModelBuilder(OpenApiDocument document, JsonNode json, string file)
    {
        _document = document;
        _json = json;
        _file = file;
    }

    /// <summary>Builds the code model.</summary>
    /// <exception cref="SpecException">The spec uses a construct the generator does not support.</exception>
    public static ApiModel Build(OpenApiDocument document, JsonNode json, string file) => new ModelBuilder(document, json, file).Build();

    private ApiModel Build()
    {
        var schemas = (_document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

        // Component names first, so that they win over inline names.
        foreach (var (key, schema) in schemas)
        {
            var pointer = ComponentsPrefix + JsonPointer.Escape(key);
            var kind = Classify(schema, pointer);
            var entry = new ComponentEntry(key, schema, pointer, kind);
            if (kind is not null)
            {
                entry.Name = ReserveTypeName(Naming.Member(key, "_"), kind.Value);
            }

            _components[key] = entry;
        }

        foreach (var entry in _components.Values.Where(e => e.Kind == NamedKind.Enum))
        {
            BuildEnum(entry.Name!, entry.Schema, entry.Pointer);
        }

        foreach (var entry in _components.Values.Where(e => e.Kind == NamedKind.Model))
        {
            BuildModel(entry.Name!, entry.Schema, entry.Pointer);
        }

        foreach (var entry in _components.Values.Where(e => e.Kind == NamedKind.Union))
        {
            _pendingUnions.Add((entry.Name!, entry.Schema, entry.Pointer));
        }

        foreach (var entry in _components.Values.Where(e => e.Kind is null))
        {
            // Aliases (arrays, primitives) are inlined where used; resolving them here reports their problems once.
            Resolve(entry.Schema, entry.Pointer, Naming.Member(entry.Key, "_"));
        }

        var (root, operations, serializable) = BuildOperations();

        for (var i = 0; i < _pendingUnions.Count; i++)
        {
            var (name, schema, pointer) = _pendingUnions[i];
            BuildUnion(name, schema, pointer);
        }

        if (_diagnostics.Count > 0)
        {
            throw new SpecException(_diagnostics.Distinct().ToList());
        }

        var models = _models.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var unions = _unions.OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        return new ApiModel(
            root,
            operations,
            models,
            _enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToList(),
            unions,
            serializable)
        {
            CheckedTypes = RequestChecks.Find(operations, models, unions),
            RequestOnlyTypes = RequestOnlyModels.Find(operations, models, unions, _valueUnions),
            ValueUnions = _valueUnions.OrderBy(u => u.Name, StringComparer.Ordinal).ToList(),
            Warnings = Warnings(),
        };
    }

    // ---- schemas ----

    private NamedKind? Classify(IOpenApiSchema schema, string pointer)
    {
        if (schema is OpenApiSchemaReference)
        {
            return null;
        }

        if (schema.AllOf is { Count: > 0 })
        {
            return ClassifyAllOf(schema);
        }

        if (IsUnion(schema))
        {
            return NamedKind.Union;
        }

        var type = NonNullType(schema);
        if (schema.Enum is { Count: > 0 } && EnumKind(type) is not null)
        {
            return NamedKind.Enum;
        }

        if (type == JsonSchemaType.Object || (type is null && schema.Properties is { Count: > 0 }))
        {
            return IsMap(schema) ? null : NamedKind.Model;
        }

        _ = pointer;
        return null;
    }

    private static bool IsMap(IOpenApiSchema schema) => schema.Properties is not { Count: > 0 } && schema.AdditionalProperties is not null;

    private static JsonSchemaType? NonNullType(IOpenApiSchema schema)
    {
        var type = schema.Type;
        if (type is null)
        {
            return null;
        }

        var withoutNull = type.Value & ~JsonSchemaType.Null;
        return withoutNull == 0 ? null : withoutNull;
    }

    private string ReserveTypeName(string name, NamedKind kind)
    {
        var unique = Naming.Unique(name, _typeNames);
        if (kind != NamedKind.Model)
        {
            _typeNames.Add(unique + "JsonConverter");
        }

        return unique;
    }

    private TypeRef Resolve(IOpenApiSchema? schema, string pointer, string contextName)
    {
        if (schema is null)
        {
            Report(pointer, "a schema is required here");
            return new PrimitiveRef(PrimitiveKind.Any);
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference?.Id;
            if (id is null || !_components.TryGetValue(id, out var entry) || reference.Target is null)
            {
                Report(pointer + "/$ref", $"the reference '{RefText(pointer)}' does not resolve to a schema under #/components/schemas");
                return new PrimitiveRef(PrimitiveKind.Any);
            }

            if (entry.Kind is { } kind)
            {
                return new NamedRef(entry.Name!, kind);
            }

            if (!_resolving.Add(id))
            {
                Report(entry.Pointer, "the schema refers to itself through aliases");
                return new PrimitiveRef(PrimitiveKind.Any);
            }

            try
            {
                return Resolve(entry.Schema, entry.Pointer, Naming.Member(id, "_"));
            }
            finally
            {
                _resolving.Remove(id);
            }
        }

        if (schema.AllOf is { Count: > 0 })
        {
            return ResolveAllOf(schema, pointer, contextName);
        }

        if (schema.Not is not null)
        {
            Report(pointer + "/not", "not is not supported");
            return new PrimitiveRef(PrimitiveKind.Any);
        }

        if (IsUnion(schema))
        {
            var name = ReserveTypeName(contextName, NamedKind.Union);
            _pendingUnions.Add((name, schema, pointer));
            return new NamedRef(name, NamedKind.Union);
        }

        var type = NonNullType(schema);
        if (type is { } t && (t & (t - 1)) != 0)
        {
            return ResolveTypeList(schema, t, pointer, contextName);
        }

        if (schema.Enum is { Count: > 0 })
        {
            if (EnumKind(type) is null)
            {
                Report(pointer + "/enum", $"only string, integer and number enums are supported (type is '{TypeText(schema)}')");
                return new PrimitiveRef(PrimitiveKind.Any);
            }

            var name = ReserveTypeName(contextName, NamedKind.Enum);
            BuildEnum(name, schema, pointer);
            return new NamedRef(name, NamedKind.Enum);
        }

        switch (type)
        {
            case JsonSchemaType.Object:
            case null when schema.Properties is { Count: > 0 }:
                if (IsMap(schema))
                {
                    return new MapRef(Resolve(schema.AdditionalProperties, pointer + "/additionalProperties", contextName + "Value"));
                }

                var modelName = ReserveTypeName(contextName, NamedKind.Model);
                BuildModel(modelName, schema, pointer);
                return new NamedRef(modelName, NamedKind.Model);
            case JsonSchemaType.Array:
                if (schema.Items is null)
                {
                    Report(pointer, "an array schema needs items");
                    return new PrimitiveRef(PrimitiveKind.Any);
                }

                return new ListRef(Resolve(schema.Items, pointer + "/items", contextName + "Item"));
            case JsonSchemaType.String:
                return schema.Format switch
                {
                    null or "" => new PrimitiveRef(PrimitiveKind.String),
                    "date-time" => new PrimitiveRef(PrimitiveKind.DateTime),
                    { } f when StringFormatsKeptAsString.Contains(f) => new PrimitiveRef(PrimitiveKind.String),
                    { } f => UnknownFormat(pointer, "string", f, PrimitiveKind.String),
                };
            case JsonSchemaType.Integer:
                return schema.Format switch
                {
                    "int32" => new PrimitiveRef(PrimitiveKind.Int32),
                    null or "" or "int64" => new PrimitiveRef(PrimitiveKind.Int64),
                    { } f => UnknownFormat(pointer, "integer", f, PrimitiveKind.Int64),
                };
            case JsonSchemaType.Number:
                return schema.Format switch
                {
                    "float" => new PrimitiveRef(PrimitiveKind.Float),
                    null or "" or "double" => new PrimitiveRef(PrimitiveKind.Double),
                    { } f => UnknownFormat(pointer, "number", f, PrimitiveKind.Double),
                };
            case JsonSchemaType.Boolean:
                return string.IsNullOrEmpty(schema.Format)
                    ? new PrimitiveRef(PrimitiveKind.Boolean)
                    : UnknownFormat(pointer, "boolean", schema.Format, PrimitiveKind.Boolean);
            case null:
                if (RawAt(pointer) is JsonObject raw && raw["type"] is { } rawType)
                {
                    return Unsupported(pointer + "/type", $"unknown type '{rawType.ToJsonString()}'");
                }

                return new PrimitiveRef(PrimitiveKind.Any);
            default:
                return Unsupported(pointer + "/type", $"unknown type '{TypeText(schema)}'");
        }
    }

    private PrimitiveRef Unsupported(string pointer, string message)
    {
        Report(pointer, message);
        return new PrimitiveRef(PrimitiveKind.Any);
    }

    private void BuildEnum(string name, IOpenApiSchema schema, string pointer)
    {
        var values = new List<string>();
        var index = 0;
        var valueKind = EnumKind(NonNullType(schema)) ?? EnumValueKind.String;
        foreach (var value in schema.Enum ?? [])
        {
            if (value is null)
            {
                // A null entry only says the value may be null; nullability is handled on the property.
            }
            else if (EnumWireValue(value, valueKind) is { } wire)
            {
                values.Add(wire);
            }
            else
            {
                Report($"{pointer}/enum/{index}", $"enum value {value.ToJsonString()} is not {(valueKind == EnumValueKind.String ? "a string" : "an " + valueKind.ToString().ToLowerInvariant())}");
            }

            index++;
        }

        var declared = RawAt(pointer + "/x-enum-varnames") as JsonArray;
        if (declared is not null && declared.Count != values.Count)
        {
            Report(pointer + "/x-enum-varnames", $"x-enum-varnames has {declared.Count} names for {values.Count} values");
            declared = null;
        }

        var taken = new HashSet<string>(ReservedEnumMembers, StringComparer.Ordinal) { name };
        var members = new List<EnumMember>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            if (!seen.Add(values[i]))
            {
                Report($"{pointer}/enum", $"enum value '{values[i]}' is listed twice");
                continue;
            }

            var declaredName = declared?[i]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? declared[i]!.GetValue<string>() : null;
            var memberName = Naming.EnumMember(values[i], declaredName);
            if (taken.Contains(memberName))
            {
                memberName += "Value";
            }

            members.Add(new EnumMember(values[i], Naming.Unique(memberName, taken)));
        }

        var type = new EnumType(name, schema.Description, schema.Deprecated, members, name + "JsonConverter", pointer)
        {
            DeprecationMessage = schema.Deprecated ? Deprecation.Message(name, schema.Description) : null,
            ValueKind = valueKind,
        };
        _enums.Add(type);
        _enumsByName[name] = type;
    }

    private void BuildModel(string name, IOpenApiSchema schema, string pointer)
    {
        var taken = new HashSet<string>(ReservedModelMembers, StringComparer.Ordinal);
        var properties = new List<PropertyModel>();
        var parts = ModelParts(schema, pointer);
        var required = new HashSet<string>(parts.SelectMany(p => p.Schema.Required ?? new HashSet<string>()), StringComparer.Ordinal);
        var members = parts
            .SelectMany(p => (p.Schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Select(m => (WireName: m.Key, Schema: m.Value, Pointer: $"{p.Pointer}/properties/{JsonPointer.Escape(m.Key)}")))
            .DistinctBy(m => m.WireName, StringComparer.Ordinal)
            .ToList();
        foreach (var requiredName in required.Where(r => members.All(m => m.WireName != r)).Order(StringComparer.Ordinal))
        {
            Report(pointer + "/required", $"'{requiredName}' is required but not defined in properties");
        }

        foreach (var (wireName, propertySchema, propertyPointer) in members)
        {
            var memberName = Naming.Member(wireName, "_");
            if (memberName == name || ReservedModelMembers.Contains(memberName))
            {
                memberName += "Value";
            }

            memberName = Naming.Unique(memberName, taken);
            var type = Resolve(propertySchema, propertyPointer, name + Naming.Member(wireName, "_"));
            var siblings = ReferenceSiblings.Read(propertySchema, RawAt(propertyPointer));
            var deprecated = siblings.Deprecated ?? propertySchema?.Deprecated ?? false;
            string? initial = null;
            if (type is NamedRef { Kind: NamedKind.Enum } enumRef && _enumsByName.TryGetValue(enumRef.Name, out var enumType) && enumType.Members.Count == 1 && enumType.ValueKind == EnumValueKind.String
                && IsResourceTypeMember(wireName, deprecated || enumType.Deprecated))
            {
                initial = enumType.Members[0].Name;
            }

            properties.Add(new PropertyModel(
                wireName,
                memberName,
                type,
                siblings.Nullable ?? IsNullable(propertySchema, propertyPointer),
                required.Contains(wireName),
                siblings.Description ?? propertySchema?.Description,
                deprecated,
                initial,
                siblings.ReadOnly ?? propertySchema?.ReadOnly ?? false,
                Constraints(propertySchema, type, propertyPointer))
            {
                DeprecationMessage = deprecated ? Deprecation.Message(wireName, siblings.Description, propertySchema?.Description) : null,
            });
        }

        TypeRef? additionalType = null;
        if (schema.AdditionalProperties is { } additional && properties.Count > 0 && !IsFreeForm(pointer + "/additionalProperties"))
        {
            additionalType = Resolve(additional, pointer + "/additionalProperties", name + "AdditionalProperty");
        }

        var model = new ModelType(name, schema.Description, schema.Deprecated, properties, pointer)
        {
            DeprecationMessage = schema.Deprecated ? Deprecation.Message(name, schema.Description) : null,
            AdditionalPropertiesType = additionalType,
        };
        _models.Add(model);
        _modelsByName[name] = model;
    }

    private void BuildUnion(string name, IOpenApiSchema schema, string pointer)
    {
        if (!TryBuildDiscriminatedUnion(name, schema, pointer))
        {
            BuildValueUnion(name, schema, pointer);
        }
    }

    /// <summary>A oneOf of component models that share a single-value enum member with a distinct value in each.</summary>
    private bool TryBuildDiscriminatedUnion(string name, IOpenApiSchema schema, string pointer)
    {
        var variants = new List<(string Model, string Pointer)>();
        var index = 0;
        foreach (var variant in UnionVariants(schema))
        {
            var variantPointer = $"{pointer}/{UnionKeyword(schema)}/{index++}";
            if (variant is not OpenApiSchemaReference { Reference.Id: { } id, Target: not null } || !_components.TryGetValue(id, out var entry)
                || entry.Kind != NamedKind.Model || !_modelsByName.ContainsKey(entry.Name!))
            {
                return false;
            }

            variants.Add((entry.Name!, variantPointer));
        }

        if (variants.Count == 0)
        {
            return false;
        }

        // The discriminator: a property every variant has, typed by a single-value string enum, with distinct values.
        var candidates = _modelsByName[variants[0].Model].Properties.Select(p => p.WireName);
        string? discriminator = null;
        List<string>? values = null;
        foreach (var wire in candidates)
        {
            var found = new List<string>();
            foreach (var (model, _) in variants)
            {
                var property = _modelsByName[model].Properties.FirstOrDefault(p => p.WireName == wire);
                if (property?.Type is NamedRef { Kind: NamedKind.Enum } e && _enumsByName[e.Name].Members.Count == 1 && _enumsByName[e.Name].ValueKind == EnumValueKind.String)
                {
                    found.Add(_enumsByName[e.Name].Members[0].WireValue);
                }
            }

            if (found.Count == variants.Count && found.Distinct(StringComparer.Ordinal).Count() == found.Count)
            {
                discriminator = wire;
                values = found;
                break;
            }
        }

        if (discriminator is null || values is null)
        {
            return false;
        }

        var taken = new HashSet<string>(ReservedModelMembers, StringComparer.Ordinal) { "UnknownVariant" };
        var unionVariants = variants.Select((v, i) =>
        {
            var propertyName = v.Model == name ? v.Model + "Value" : v.Model;
            return new UnionVariant(v.Model, Naming.Unique(propertyName, taken), values[i]);
        }).ToList();
        _unions.Add(new UnionType(name, schema.Description, schema.Deprecated, discriminator, unionVariants, name + "JsonConverter", pointer));
        return true;
    }

    /// <summary>The documented limits on a value of <paramref name="type"/>; keywords that do not apply to the type are ignored, as JSON Schema does.</summary>
    private ValueConstraints Constraints(IOpenApiSchema? schema, TypeRef type, string pointer)
    {
        if (schema is null)
        {
            return ValueConstraints.None;
        }

        switch (type)
        {
            case PrimitiveRef { Kind: PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Float or PrimitiveKind.Double }:
                // Microsoft.OpenApi turns OpenAPI 3.0's "maximum: 100, exclusiveMaximum: true" into ExclusiveMaximum = 100.
                return new ValueConstraints(
                    Minimum: Bound(schema.Minimum, pointer, "minimum"),
                    Maximum: Bound(schema.Maximum, pointer, "maximum"),
                    ExclusiveMinimum: Bound(schema.ExclusiveMinimum, pointer, "exclusiveMinimum"),
                    ExclusiveMaximum: Bound(schema.ExclusiveMaximum, pointer, "exclusiveMaximum"));
            case PrimitiveRef { Kind: PrimitiveKind.String }:
                return schema.MinLength is null && schema.MaxLength is null
                    ? ValueConstraints.None
                    : new ValueConstraints(MinLength: schema.MinLength, MaxLength: schema.MaxLength);
            case ListRef list:
                var items = Constraints(schema.Items, list.Item, pointer + "/items");
                return schema.MinItems is null && schema.MaxItems is null && items.IsEmpty
                    ? ValueConstraints.None
                    : new ValueConstraints(MinItems: schema.MinItems, MaxItems: schema.MaxItems, Items: items.IsEmpty ? null : items);
            default:
                return ValueConstraints.None;
        }
    }

    private decimal? Bound(string? text, string pointer, string keyword)
    {
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report($"{pointer}/{keyword}", $"'{text}' is not a number this generator can check");
        return null;
    }

    private bool IsNullable(IOpenApiSchema? schema, string pointer)
    {
        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            return _components.TryGetValue(id, out var entry) && entry.Schema is not OpenApiSchemaReference && IsNullable(entry.Schema, entry.Pointer);
        }

        if (schema?.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        {
            return true;
        }

        return RawAt(pointer + "/nullable") is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.True;
    }

    // ---- operations ----

    private (BuilderNode Root, List<OperationModel> Operations, List<TypeRef> Serializable) BuildOperations()
    {
        var root = new BuilderNode(string.Empty, null) { ClassName = "RootRequestBuilder" };
        var operations = new List<OperationModel>();
        var serializable = new List<TypeRef>();
        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        var queryClassNames = new List<(OperationModel Operation, string Name)>();

        foreach (var (path, pathItem) in _document.Paths ?? [])
        {
            var pathPointer = "#/paths/" + JsonPointer.Escape(path);
            var node = AddPath(root, path, pathPointer);
            if (node is null)
            {
                continue;
            }

            var ordered = (pathItem.Operations ?? []).OrderBy(o => Array.IndexOf(MethodOrder, o.Key.Method.ToUpperInvariant()));
            foreach (var (method, operation) in ordered)
            {
                var opPointer = $"{pathPointer}/{method.Method.ToLowerInvariant()}";
                var model = BuildOperation(path, pathPointer, pathItem, method.Method.ToUpperInvariant(), operation, opPointer);
                if (model is null)
                {
                    continue;
                }

                if (!operationIds.Add(model.OperationId))
                {
                    Report(opPointer + "/operationId", $"operationId '{model.OperationId}' is used by another operation");
                }

                operations.Add(model);
                node.Operations.Add(model);
                foreach (var type in new[] { model.BodyType, model.ResponseType })
                {
                    if (type is ListRef or MapRef or PrimitiveRef && !serializable.Contains(type))
                    {
                        serializable.Add(type);
                    }
                }
            }
        }

        NameIndexers(root);
        NameBuilders(root);
        return (root, operations, serializable);
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

    private OperationModel? BuildOperation(string path, string pathPointer, IOpenApiPathItem pathItem, string method, OpenApiOperation operation, string pointer)
    {
        if (string.IsNullOrWhiteSpace(operation.OperationId))
        {
            Report(pointer, "the operation has no operationId");
            return null;
        }

        var operationId = operation.OperationId;
        var typeStem = Naming.Member(operationId, "_");

        // Path-level parameters apply unless the operation redefines them (same name and location).
        var parameters = new List<(IOpenApiParameter Parameter, string Pointer)>();
        var operationParameters = (operation.Parameters ?? []).Select((p, i) => (p, $"{pointer}/parameters/{i}")).ToList();
        foreach (var (parameter, parameterPointer) in (pathItem.Parameters ?? []).Select((p, i) => (p, $"{pathPointer}/parameters/{i}")))
        {
            if (!operationParameters.Any(o => o.p.Name == parameter.Name && o.p.In == parameter.In))
            {
                parameters.Add((parameter, parameterPointer));
            }
        }

        parameters.AddRange(operationParameters);

        var queryParameters = new List<QueryParameterModel>();
        var queryClassName = typeStem + "QueryParameters";
        var queryMembers = new HashSet<string>(ReservedModelMembers, StringComparer.Ordinal) { queryClassName };
        var pathParameterNames = new HashSet<string>(StringComparer.Ordinal);
        var headerParameters = new List<HeaderParameterModel>();
        foreach (var (parameter, parameterPointer) in parameters)
        {
            if (parameter is IOpenApiReferenceHolder { UnresolvedReference: true } || parameter.Name is null)
            {
                Report(parameterPointer, "the parameter reference does not resolve");
                continue;
            }

            if (parameter.Schema is null)
            {
                Report(parameterPointer, "parameters must have a schema ('content' parameters are not supported)");
                continue;
            }

            switch (parameter.In)
            {
                case ParameterLocation.Path:
                    pathParameterNames.Add(parameter.Name);
                    if (!path.Contains("{" + parameter.Name + "}", StringComparison.Ordinal))
                    {
                        Report(parameterPointer, $"path parameter '{parameter.Name}' does not appear in the path");
                    }

                    var pathType = Resolve(parameter.Schema, parameterPointer + "/schema", typeStem + Naming.Member(parameter.Name, "_"));
                    if (pathType is not PrimitiveRef { Kind: PrimitiveKind.String or PrimitiveKind.Int32 or PrimitiveKind.Int64 } and not NamedRef { Kind: NamedKind.Enum })
                    {
                        Report(parameterPointer + "/schema", "path parameters must be strings, integers or string enums");
                    }

                    break;
                case ParameterLocation.Query:
                    var queryType = Resolve(parameter.Schema, parameterPointer + "/schema", typeStem + Naming.Member(parameter.Name, "_"));
                    if (!IsSupportedQueryType(queryType))
                    {
                        Report(parameterPointer + "/schema", "query parameters must be strings, numbers, booleans, date-times, string enums or arrays of strings or enums");
                        continue;
                    }

                    var memberName = Naming.Member(parameter.Name, "_");
                    if (memberName == queryClassName || ReservedModelMembers.Contains(memberName))
                    {
                        memberName += "Value";
                    }

                    queryParameters.Add(new QueryParameterModel(
                        parameter.Name,
                        Naming.Unique(memberName, queryMembers),
                        queryType,
                        parameter.Description,
                        parameter.Required,
                        parameter.Deprecated,
                        Constraints(parameter.Schema, queryType, parameterPointer + "/schema"),
                        parameter.Schema.Default?.ToJsonString()));
                    break;
                case ParameterLocation.Header:
                case ParameterLocation.Cookie:
                    AddHeaderParameter(parameter, parameterPointer, typeStem, headerParameters);
                    break;
                default:
                    Report(parameterPointer + "/in", $"'{parameter.In?.ToString().ToLowerInvariant()}' parameters are not supported");
                    break;
            }
        }

        foreach (var segment in path.Split('/').Where(s => s.StartsWith('{') && s.EndsWith('}')))
        {
            if (!pathParameterNames.Contains(segment[1..^1]))
            {
                Report(pointer, $"the path parameter '{segment[1..^1]}' is not defined for this operation");
            }
        }

        TypeRef? bodyType = null;
        var bodyRequired = false;
        string? bodyDescription = null;
        if (operation.RequestBody is { } body)
        {
            var bodyPointer = pointer + "/requestBody";
            if (body is IOpenApiReferenceHolder { UnresolvedReference: true } || body.Content is null)
            {
                Report(bodyPointer, body.Content is null ? "the request body has no content" : "the request body reference does not resolve");
            }
            else
            {
                bodyType = body.Content.Count == 0 ? null : BodyContent(body.Content, bodyPointer, typeStem + "Request", isRequest: true);
                bodyRequired = body.Required;
                bodyDescription = body.Description;
            }
        }

        var (responseType, successCodes, errorCodes) = BuildResponses(operation, pointer, typeStem);
        return new OperationModel(
            method,
            operationId,
            Naming.Pascal(method.ToLowerInvariant()) + "Async",
            path,
            operation.Summary,
            operation.Description,
            operation.Deprecated,
            queryParameters,
            queryParameters.Count > 0 ? queryClassName : null,
            bodyType,
            bodyRequired,
            bodyDescription,
            responseType,
            successCodes.FirstOrDefault(),
            errorCodes,
            pointer)
        {
            SuccessStatusCodes = successCodes,
            UnstableNote = UnstableNote(pointer),
            HeaderParameters = headerParameters.OrderBy(h => !h.Required).ToList(),
        };
    }

    private static bool IsSupportedQueryType(TypeRef type) => type switch
    {
        PrimitiveRef { Kind: not PrimitiveKind.Any } => true,
        NamedRef { Kind: NamedKind.Enum } => true,
        ListRef { Item: PrimitiveRef { Kind: PrimitiveKind.String } or NamedRef { Kind: NamedKind.Enum } } => true,
        _ => false,
    };

    private TypeRef? JsonContent(IDictionary<string, IOpenApiMediaType> content, string pointer, string contextName, bool requireSchema)
    {
        TypeRef? result = null;
        foreach (var (mediaType, media) in content)
        {
            var mediaPointer = $"{pointer}/content/{JsonPointer.Escape(mediaType)}";
            var bare = mediaType.Split(';')[0].Trim();
            if (!bare.Equals("application/json", StringComparison.OrdinalIgnoreCase) && !bare.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            {
                Report(mediaPointer, $"media type '{mediaType}' is not supported; only JSON bodies are");
                continue;
            }

            if (media.Schema is null)
            {
                if (requireSchema)
                {
                    Report(mediaPointer, "the JSON content has no schema");
                }

                continue;
            }

            if (result is not null)
            {
                Report(mediaPointer, "several JSON media types for one body are not supported");
                continue;
            }

            result = Resolve(media.Schema, mediaPointer + "/schema", contextName);
        }

        return result;
    }

    // ---- helpers ----

    private void Report(string pointer, string message) => _diagnostics.Add(new SpecDiagnostic(_file, pointer, message));

    private JsonNode? RawAt(string pointer)
    {
        JsonNode? node = _json;
        foreach (var token in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonObject o => o[name],
                JsonArray a when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private string RefText(string pointer) => RawAt(pointer + "/$ref")?.ToString() ?? RawAt(pointer)?["$ref"]?.ToString() ?? "?";

    private static string TypeText(IOpenApiSchema schema) => schema.Type?.ToString().ToLowerInvariant() ?? "none";

    private sealed class ComponentEntry(string key, IOpenApiSchema schema, string pointer, NamedKind? kind)
    {
        public string Key { get; } = key;

        public IOpenApiSchema Schema { get; } = schema;

        public string Pointer { get; } = pointer;

        public NamedKind? Kind { get; } = kind;

        public string? Name { get; set; }
    }
}
