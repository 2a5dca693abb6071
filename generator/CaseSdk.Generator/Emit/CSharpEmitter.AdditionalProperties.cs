using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Emit;

/// <summary>
/// Typed <c>additionalProperties</c> next to <c>properties</c>: the extra members read into a typed dictionary
/// (<c>AdditionalProperties</c>) after the object is read; a member that is not of that type stays in
/// <c>AdditionalData</c>. Writing merges both through the type-info modifier, without touching the object.
/// </summary>
public sealed partial class CSharpEmitter
{
    private const string JsonElementType = "global::System.Text.Json.JsonElement";

    private static string BaseList(ModelType model) =>
        model.AdditionalPropertiesType is null ? string.Empty : " : global::System.Text.Json.Serialization.IJsonOnDeserialized";

    private void EmitAdditionalProperties(CodeWriter writer, ModelType model)
    {
        if (model.AdditionalPropertiesType is not { } valueType)
        {
            return;
        }

        var type = CSharpType(valueType);
        var typeInfo = TypeInfo(valueType);
        writer.Doc("summary", $"The members beyond those listed, typed as the spec's <c>additionalProperties</c> says; written after the listed members.");
        writer.Line($"[{Serialization}.JsonIgnore]");
        writer.Line($"public global::System.Collections.Generic.Dictionary<string, {type}>? AdditionalProperties {{ get; set; }}");
        writer.Line();
        writer.Doc("summary", "Moves the extra members that read as the additional-properties type from <see cref=\"AdditionalData\"/> to <see cref=\"AdditionalProperties\"/>.");
        writer.Open("void global::System.Text.Json.Serialization.IJsonOnDeserialized.OnDeserialized()");
        writer.Open("if (AdditionalData is null)");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line("var typed = new global::System.Collections.Generic.List<string>();");
        writer.Open("foreach (var member in AdditionalData)");
        writer.Open("try");
        writer.Line($"var value = global::System.Text.Json.JsonSerializer.Deserialize(member.Value, {typeInfo});");
        if (!IsValueType(valueType))
        {
            // A null is not a value of the type: it stays in AdditionalData, as it came.
            writer.Open("if (value is null)");
            writer.Line("continue;");
            writer.Close();
            writer.Line();
        }

        writer.Line($"(AdditionalProperties ??= new global::System.Collections.Generic.Dictionary<string, {type}>())[member.Key] = value;");
        writer.Line("typed.Add(member.Key);");
        writer.Close();
        writer.Open("catch (global::System.Text.Json.JsonException)");
        writer.Line("// Not of the documented type: kept as it came, in AdditionalData.");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Open("foreach (var key in typed)");
        writer.Line("AdditionalData.Remove(key);");
        writer.Close();
        writer.Line();
        writer.Open("if (AdditionalData.Count == 0)");
        writer.Line("AdditionalData = null;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Doc("summary", "Makes the extension-data member write <see cref=\"AdditionalProperties\"/> too, merged into a copy; runs once per type.");
        writer.Doc("param", "This type's metadata.", " name=\"typeInfo\"");
        writer.Open($"internal static void WriteAdditionalProperties({Serialization}.Metadata.JsonTypeInfo typeInfo)");
        writer.Open("foreach (var property in typeInfo.Properties)");
        writer.Open("if (property.IsExtensionData)");
        // While reading, AdditionalProperties is still null, so the getter hands the reader the real dictionary.
        writer.Line($"property.Get = static owner => (({model.Name})owner).ExtraMembersToWrite();");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Doc("summary", "The extension data to write: the unknown members, merged with <see cref=\"AdditionalProperties\"/> into a copy when there are any.");
        writer.Doc("returns", "The members to write after the listed ones.");
        writer.Open($"internal {UnknownMembersType}? ExtraMembersToWrite()");
        writer.Open("if (AdditionalProperties is not { Count: > 0 })");
        writer.Line($"return {UnknownMembersField};");
        writer.Close();
        writer.Line();
        writer.Line($"var merged = {UnknownMembersField}?.Copy() ?? new {UnknownMembersType}();");
        writer.Open("foreach (var member in AdditionalProperties)");
        writer.Line($"merged[member.Key] = global::System.Text.Json.JsonSerializer.SerializeToElement(member.Value, {typeInfo});");
        writer.Close();
        writer.Line();
        writer.Line("return merged;");
        writer.Close();
        writer.Line();
    }
}
