using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using JsonPointer = CaseSdk.Generator.Read.JsonPointer;

namespace CaseSdk.Generator.Model;

/// <summary>Schemas and types: which component schemas become named types, how any schema resolves to a type, and models.</summary>
public sealed partial class ModelBuilder
{
    private static readonly HashSet<string> StringFormatsKeptAsString = new(StringComparer.Ordinal)
    {
        "date", "time", "uuid", "email", "uri", "uri-reference", "hostname", "ipv4", "ipv6", "password", "byte", "regex",
    };

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
}
