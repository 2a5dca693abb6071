#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets netstandard2.0 compile C# 11 <c>required</c> members (the type ships in .NET 7 and later). The compiler finds
/// it by name, so an internal copy is enough, and consumers of the netstandard2.0 build see the members as required.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class RequiredMemberAttribute : Attribute
{
}
#endif
