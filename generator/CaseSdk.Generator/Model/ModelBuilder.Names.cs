namespace CaseSdk.Generator.Model;

/// <summary>Names: members the emitted types declare themselves, and type names unique across the whole output.</summary>
public sealed partial class ModelBuilder
{
    private static readonly HashSet<string> ReservedModelMembers = new(StringComparer.Ordinal)
    {
        "AdditionalData", "UnknownMembers", "AdditionalProperties", "CollectProblems", "SkipUnsetMembers", "WriteAdditionalProperties", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    private static readonly HashSet<string> ReservedEnumMembers = new(StringComparer.Ordinal)
    {
        "KnownValues", "IsKnown", "TryParse", "From", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals",
    };

    /// <summary>Members every union declares; a union schema named like one gets a suffix (C# forbids a member named like its type).</summary>
    private static readonly HashSet<string> ReservedUnionNames = new(StringComparer.Ordinal) { "Variant", "UnknownVariant", "HeldValue" };

    private string ReserveTypeName(string name, NamedKind kind)
    {
        if (kind == NamedKind.Union && ReservedUnionNames.Contains(name))
        {
            name += "Union";
        }

        var unique = Naming.Unique(name, _typeNames);
        if (kind != NamedKind.Model)
        {
            _typeNames.Add(unique + "JsonConverter");
        }

        if (kind != NamedKind.Enum)
        {
            // Models and unions reachable from a request body get a writer class of this name.
            _typeNames.Add(unique + "JsonWriter");
        }

        return unique;
    }
}
