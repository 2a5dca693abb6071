#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

/// <summary>
/// Marks a constructor that sets every <c>required</c> member, so its callers need not (the type ships in .NET 7 and
/// later; here for netstandard2.0 code that declares such a constructor).
/// </summary>
[AttributeUsage(AttributeTargets.Constructor, AllowMultiple = false, Inherited = false)]
internal sealed class SetsRequiredMembersAttribute : Attribute
{
}
#endif
