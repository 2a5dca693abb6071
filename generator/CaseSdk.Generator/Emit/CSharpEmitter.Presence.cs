using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// The serializer options the SDK reads and writes with, and the rule they add to the source-generated metadata: a
/// request carries what the caller set. Nullable members record whether they were set; a member never set is not
/// written, one set to null is written as null. Done by a type-info modifier that runs once per type (no reflection).
/// </summary>
public sealed partial class CSharpEmitter
{
    private const string OptionsClassName = "CaseSdkJsonOptions";

    private string OptionsClass => $"global::{_options.RootNamespace}.{OptionsClassName}";

    private IEnumerable<ModelType> TrackingModels => _model.Models.Where(m => m.AdditionalPropertiesType is not null || m.Properties.Any(p => p.TracksPresence));

    private GeneratedFile EmitJsonOptions()
    {
        var tracking = TrackingModels.ToList();
        var roots = RequestBodyWriters.Roots(_model);
        var writer = Start(_options.RootNamespace, tracking.Any(m => m.Deprecated) || roots.Any(_deprecatedTypes.Contains));
        writer.Doc("summary", $"The JSON options the SDK reads and writes with: the metadata of <see cref=\"CaseSdkJsonSerializerContext\"/> plus the rule that a request carries what the caller set.");
        writer.Doc("remarks", "A member you never set is not written. A nullable member you set to <c>null</c> is written as <c>null</c> "
            + "(for a JSON:API relationship: clear it); a nullable member the spec requires is always written. Reading records which members "
            + "the JSON had, so a value read and written back is unchanged. Only the <c>type</c> constants of JSON:API resources are filled in "
            + "for you. Serialize with these options (or the type information they give) to get this rule; the bare context writes no nulls.");
        writer.Open($"public static class {OptionsClassName}");
        writer.Doc("summary", "The options: read-only, safe for trimming and NativeAOT.");
        writer.Line($"public static global::System.Text.Json.JsonSerializerOptions Default {{ get; }} = Create(withRequestBodyWriters: true);");
        writer.Line();
        writer.Doc("summary", "The same options with every type on the metadata path, request bodies included: the output the writers must match.");
        writer.Doc("returns", "New read-only options.");
        writer.Line("internal static global::System.Text.Json.JsonSerializerOptions CreateMetadataOnly() => Create(withRequestBodyWriters: false);");
        writer.Line();
        writer.Open("private static global::System.Text.Json.JsonSerializerOptions Create(bool withRequestBodyWriters)");
        writer.Line($"var metadata = {Serialization}.Metadata.JsonTypeInfoResolver.WithAddedModifier(CaseSdkJsonSerializerContext.Default, SkipUnsetMembers);");
        writer.Line($"var options = new global::System.Text.Json.JsonSerializerOptions(CaseSdkJsonSerializerContext.Default.Options)");
        writer.Open();
        writer.Line($"TypeInfoResolver = withRequestBodyWriters ? {Serialization}.Metadata.JsonTypeInfoResolver.Combine(new RequestBodyWriters(), metadata) : metadata,");
        writer.Close(";");
        writer.Line("options.MakeReadOnly();");
        writer.Line("return options;");
        writer.Close();
        writer.Line();
        EmitRequestBodyResolver(writer, roots);
        writer.Line();
        writer.Doc("summary", "Leaves out the nullable members a caller never set, writes typed additional properties and reads unknown members into their store; runs once per type.");
        writer.Open($"private static void SkipUnsetMembers({Serialization}.Metadata.JsonTypeInfo typeInfo)");
        writer.Open($"if (typeInfo.Type == typeof({ExtensionDataTypeOf}))");
        writer.Line("// Every model's extension data: read unknown members straight into the raw-text store.");
        writer.Line($"typeInfo.CreateObject = static () => new {UnknownMembersType}();");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        for (var i = 0; i < tracking.Count; i++)
        {
            var type = $"global::{ModelsNamespace}.{tracking[i].Name}";
            if (i > 0)
            {
                writer.Line();
            }

            writer.Open($"if (typeInfo.Type == typeof({type}))");
            if (tracking[i].Properties.Any(p => p.TracksPresence))
            {
                writer.Line($"{type}.SkipUnsetMembers(typeInfo);");
            }

            if (tracking[i].AdditionalPropertiesType is not null)
            {
                writer.Line($"{type}.WriteAdditionalProperties(typeInfo);");
            }

            writer.Line("return;");
            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Doc("summary", "The type information for <typeparamref name=\"T\"/> under these options, resolved once.");
        writer.Doc("typeparam", "A type of the serializer context.", " name=\"T\"");
        writer.Open("internal static class TypeInfo<T>");
        writer.Doc("summary", "The type information.");
        writer.Line($"internal static readonly {Serialization}.Metadata.JsonTypeInfo<T> Value = ({Serialization}.Metadata.JsonTypeInfo<T>)Default.GetTypeInfo(typeof(T));");
        writer.Close();
        writer.Close();
        return File($"{OptionsClassName}.cs", writer);
    }

    /// <summary>The resolver that gives the root request bodies a converter over their generated writer.</summary>
    private void EmitRequestBodyResolver(CodeWriter writer, IReadOnlyList<string> roots)
    {
        writer.Doc("summary", "Request bodies (and only those: no response reaches them) are written by their generated writer; every other type resolves to the context's metadata.");
        writer.Open($"private sealed class RequestBodyWriters : {Serialization}.Metadata.IJsonTypeInfoResolver");
        writer.Doc("inheritdoc", string.Empty);
        writer.Open($"public {Serialization}.Metadata.JsonTypeInfo? GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)");
        foreach (var root in roots)
        {
            var type = $"global::{ModelsNamespace}.{root}";
            writer.Open($"if (type == typeof({type}))");
            writer.Line($"return {Serialization}.Metadata.JsonMetadataServices.CreateValueInfo<{type}>(options, new global::{ModelsNamespace}.{WriterClass(root)}.Converter());");
            writer.Close();
            writer.Line();
        }

        writer.Line("return null;");
        writer.Close();
        writer.Close();
    }

    /// <summary>The backing field of a member that records whether it was set.</summary>
    private static string PresenceField(PropertyModel property) => "_" + Naming.Camel(property.Name);

    /// <summary>Emits a tracked member: a field, a flag set by the setter (reading sets through it too), and the property.</summary>
    private void EmitTrackedProperty(CodeWriter writer, PropertyModel property, string type, string? initializer)
    {
        var field = PresenceField(property);
        writer.Line($"public {type}? {property.Name}");
        writer.Open();
        writer.Line($"get => {field};");
        writer.Open("set");
        writer.Line($"{field} = value;");
        writer.Line($"{field}IsSet = true;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line($"private {type}? {field}{(initializer is null ? string.Empty : " = " + initializer)};");
        writer.Line();
        // Internal: the request-body writer reads it as the type-info modifier does.
        writer.Line($"internal bool {field}IsSet{(initializer is null ? string.Empty : " = true")};");
    }

    /// <summary>The modifier hook of a model with tracked members.</summary>
    private void EmitSkipUnsetMembers(CodeWriter writer, ModelType model)
    {
        writer.Doc("summary", "Writes a nullable member only when it was set (to a value or to null).");
        writer.Doc("param", "This type's metadata.", " name=\"typeInfo\"");
        writer.Open($"internal static void SkipUnsetMembers({Serialization}.Metadata.JsonTypeInfo typeInfo)");
        writer.Open("foreach (var property in typeInfo.Properties)");
        writer.Open("switch (property.Name)");
        foreach (var property in model.Properties.Where(p => p.TracksPresence))
        {
            writer.Line($"case {Naming.Literal(property.WireName)}:");
            writer.Line($"    property.ShouldSerialize = static (owner, _) => (({model.Name})owner).{PresenceField(property)}IsSet;");
            writer.Line("    break;");
        }

        writer.Close();
        writer.Close();
        writer.Close();
    }
}
