#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets netstandard2.0 compile <c>required</c> members: the compiler marks their types' constructors with it so that
/// compilers older than C# 11 refuse them (the type ships in .NET 7 and later).
/// </summary>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
internal sealed class CompilerFeatureRequiredAttribute : Attribute
{
    /// <summary>The name of the required-members feature.</summary>
    public const string RequiredMembers = nameof(RequiredMembers);

    /// <summary>The name of the ref-structs feature.</summary>
    public const string RefStructs = nameof(RefStructs);

    /// <summary>Creates the attribute.</summary>
    /// <param name="featureName">The feature the member needs.</param>
    public CompilerFeatureRequiredAttribute(string featureName) => FeatureName = featureName;

    /// <summary>The feature the member needs.</summary>
    public string FeatureName { get; }

    /// <summary>Whether a compiler that does not know the feature may still use the member.</summary>
    public bool IsOptional { get; init; }
}
#endif
