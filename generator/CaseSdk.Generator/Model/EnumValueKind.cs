namespace CaseSdk.Generator.Model;

/// <summary>The JSON kind of an enum's values.</summary>
public enum EnumValueKind
{
    /// <summary>Strings.</summary>
    String,
    /// <summary>Integers (a struct over <c>long</c>).</summary>
    Integer,
    /// <summary>Numbers (a struct over <c>double</c>).</summary>
    Number,
}
