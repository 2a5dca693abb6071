using System.Text.Json;

namespace CaseSdk.Runtime;

/// <summary>Writes a model's extension data (<c>AdditionalData</c>) as members of the object being written, as the serializer does.</summary>
internal static class ExtensionDataWriter
{
    /// <summary>Writes each member of <paramref name="members"/>: its name, then its JSON unchanged.</summary>
    public static void Write(Utf8JsonWriter writer, IDictionary<string, JsonElement> members)
    {
        // A Dictionary is enumerated through its struct enumerator: the interface's would be boxed on every write.
        if (members is Dictionary<string, JsonElement> dictionary)
        {
            foreach (var member in dictionary)
            {
                writer.WritePropertyName(member.Key);
                member.Value.WriteTo(writer);
            }

            return;
        }

        foreach (var member in members)
        {
            writer.WritePropertyName(member.Key);
            member.Value.WriteTo(writer);
        }
    }
}
