namespace CaseSdk.Generator.Emit;

/// <summary>
/// Members the spec does not define. The serializer's extension data is a hidden store of each member's JSON text
/// (the runtime's <c>UnknownMembers</c>, read and written through the context's converter for <c>object</c>), so
/// reading a new API field costs a copy of its bytes, not a <c>JsonDocument</c>. The public <c>AdditionalData</c> is
/// a view over that store that parses a member only when it is looked at.
/// </summary>
public sealed partial class CSharpEmitter
{
    /// <summary>The hidden extension-data member; its name is reserved so no spec member can take it.</summary>
    private const string UnknownMembersProperty = "UnknownMembers";

    private const string UnknownMembersField = "_unknownMembers";

    private const string ExtensionDataType = "global::System.Collections.Generic.IDictionary<string, object?>";

    /// <summary>The extension data's type as <c>typeof</c> takes it (no nullable annotation).</summary>
    private const string ExtensionDataTypeOf = "global::System.Collections.Generic.IDictionary<string, object>";

    private string UnknownMembersType => $"{Runtime}.UnknownMembers";

    private string RawJsonConverterType => $"{Runtime}.RawJsonConverter";

    private void EmitUnknownMembers(CodeWriter writer)
    {
        writer.Doc("summary", "Members the spec does not define; they are kept when reading and written back unchanged.");
        writer.Doc("remarks", "Read members are parsed into elements the first time they are looked at, and written back as the exact JSON text that was read. A dictionary you set is written as it is when the object is serialized, so later changes to it are written too. Null when the object has none.");
        writer.Line($"[{Serialization}.JsonIgnore]");
        writer.Line($"public global::System.Collections.Generic.IDictionary<string, {JsonElementType}>? AdditionalData");
        writer.Open();
        writer.Line($"get => {UnknownMembersField}?.Elements;");
        writer.Line($"set => {UnknownMembersField} = {UnknownMembersType}.Over(value);");
        writer.Close();
        writer.Line();
        writer.Doc("summary", "The store behind <see cref=\"AdditionalData\"/>: what the serializer reads unknown members into and writes them from.");
        // Typed as the interface because the store type is internal and the public context would expose it. The
        // SDK's options make the serializer create the store directly; under the bare context it creates an empty
        // dictionary, which the setter swaps for a store before the first member is added.
        writer.Line($"[{Serialization}.JsonExtensionData]");
        writer.Line($"[{Serialization}.JsonInclude]");
        writer.Line($"internal {ExtensionDataType}? {UnknownMembersProperty}");
        writer.Open();
        writer.Line($"get => {UnknownMembersField};");
        writer.Line($"set => {UnknownMembersField} = {UnknownMembersType}.From(value);");
        writer.Close();
        writer.Line();
        writer.Line($"private {UnknownMembersType}? {UnknownMembersField};");
    }
}
