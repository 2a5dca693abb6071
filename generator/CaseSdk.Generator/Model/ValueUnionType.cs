namespace CaseSdk.Generator.Model;

/// <summary>The kind of JSON value a union variant reads from.</summary>
public enum JsonShape
{
    /// <summary>A JSON string (strings, date-times, string enums).</summary>
    String,
    /// <summary>A JSON number that is an integer.</summary>
    Integer,
    /// <summary>Any JSON number.</summary>
    Number,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary>A JSON array.</summary>
    Array,
    /// <summary>A JSON object.</summary>
    Object,
    /// <summary>Any JSON value (a free-form schema or a nested union).</summary>
    Any,
}

/// <summary>
/// A oneOf without a discriminating member: variants are primitives, arrays, maps or models, told apart by the JSON
/// shape of the value and, between models, by their required members.
/// </summary>
/// <param name="Name">The C# type name.</param>
/// <param name="Description">The description.</param>
/// <param name="Deprecated">The schema is deprecated.</param>
/// <param name="Variants">The variants, in spec order.</param>
/// <param name="ConverterName">The JSON converter's name.</param>
/// <param name="Pointer">Where the schema is.</param>
public sealed record ValueUnionType(string Name, string? Description, bool Deprecated, IReadOnlyList<ValueUnionVariant> Variants, string ConverterName, string Pointer)
{
    /// <summary>The <c>[Obsolete]</c> message when deprecated.</summary>
    public string? DeprecationMessage { get; init; }
}

/// <summary>A variant of a <see cref="ValueUnionType"/>.</summary>
/// <param name="Type">The variant's type.</param>
/// <param name="Name">The accessor stem: <c>IsString</c>, <c>TryGetString</c>, <c>FromString</c>.</param>
/// <param name="Shape">The JSON value it reads from.</param>
/// <param name="RequiredMembers">For a model: the members an object must have to be read as this variant.</param>
/// <param name="Index">The variant's number in the generated type (1-based; 0 is the unknown variant).</param>
public sealed record ValueUnionVariant(TypeRef Type, string Name, JsonShape Shape, IReadOnlyList<string> RequiredMembers, int Index);
