#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 compile <c>init</c> accessors (the type ships in newer frameworks).</summary>
internal static class IsExternalInit
{
}
#endif
