using System.Globalization;
using System.Text.Json.Nodes;
using CaseSdk.Generator.Read;
using Microsoft.OpenApi;
using JsonPointer = CaseSdk.Generator.Read.JsonPointer;

namespace CaseSdk.Generator.Model;

/// <summary>
/// Stage 2: turns an <see cref="OpenApiDocument"/> into an <see cref="ApiModel"/>. Every construct the emitter
/// cannot express is reported with its JSON pointer; nothing is skipped silently. The stages of the build live
/// beside this file, one concern each: schemas and types, enums, unions, operations, paths and builders, names,
/// checks, media types and responses.
/// </summary>
public sealed partial class ModelBuilder
{
    private const string ComponentsPrefix = "#/components/schemas/";

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
