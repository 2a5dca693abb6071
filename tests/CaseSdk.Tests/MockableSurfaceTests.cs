using System.Reflection;

namespace CaseSdk.Tests;

/// <summary>
/// The rule for the public surface, checked over every public type of CaseSdk.dll. A class a caller calls through
/// (<see cref="DatadogClient"/> and every class reached from it through its members: the request builders and
/// anything else that is not a result) is mockable: not sealed, a protected parameterless constructor, and every
/// public instance member virtual. The request builders are held to it too, whether the walk reaches them or not.
/// Every other public class is data the caller builds or receives, and a test can build it: it has a public
/// constructor (models, responses, exceptions, options, query parameters) or public static members that make one
/// (sites, unions of values, comparers).
/// </summary>
public sealed class MockableSurfaceTests
{
    private static readonly Assembly Sdk = typeof(DatadogClient).Assembly;

    private static readonly HashSet<Type> CallThroughTypes = FindCallThroughTypes();

    private static IEnumerable<Type> PublicClasses() =>
        Sdk.GetExportedTypes().Where(t => t.IsClass && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t));

    [Test]
    public void The_walk_from_the_client_reaches_the_request_builders()
    {
        var reached = FindReachableTypes();
        var builders = Builders().ToList();

        Assert.That(builders, Has.Count.GreaterThan(10));
        // The root builder is the client's own: callers start at client.Api.
        Assert.That(builders.Where(b => !reached.Contains(b)).Select(b => b.Name), Is.EqualTo(new[] { "RootRequestBuilder" }));
        Assert.That(reached, Does.Contain(typeof(DatadogClient)));
    }

    [Test]
    public void Every_type_a_caller_calls_through_is_mockable()
    {
        var problems = CallThroughTypes.SelectMany(MockingProblems).ToList();

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Every_other_public_class_has_a_public_constructor()
    {
        var stuck = PublicClasses()
            .Where(t => !CallThroughTypes.Contains(t) && !t.IsAbstract && t.GetConstructors().Length == 0 && !HasFactory(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.That(stuck, Is.Empty, "a public class that is neither mockable nor constructible cannot be faked");
    }

    [Test]
    public void The_rule_rejects_a_sealed_type_and_a_non_virtual_member()
    {
        Assert.That(MockingProblems(typeof(SealedExample)), Has.Some.Contains("sealed").And.Some.Contains("protected parameterless"));
        Assert.That(MockingProblems(typeof(NonVirtualExample)), Has.One.Contains("Call"));
    }

    private static IEnumerable<string> MockingProblems(Type type)
    {
        if (type.IsSealed)
        {
            yield return $"{type.Name} is sealed";
        }

        if (type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, null, Type.EmptyTypes, null) is not { IsFamily: true } constructor)
        {
            yield return $"{type.Name} has no protected parameterless constructor";
        }

        var disposePattern = type.GetMethod("Dispose", BindingFlags.Instance | BindingFlags.NonPublic, null, [typeof(bool)], null) is { IsVirtual: true, IsFamily: true };
        foreach (var method in type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
        {
            if (method.IsVirtual && !method.IsFinal)
            {
                continue;
            }

            // Dispose() of the dispose pattern calls the protected virtual Dispose(bool), which a mock overrides.
            if (disposePattern && method.Name == nameof(IDisposable.Dispose) && method.GetParameters().Length == 0)
            {
                continue;
            }

            yield return $"{type.Name}.{method.Name} is not virtual";
        }
    }

    private static IEnumerable<Type> Builders() =>
        PublicClasses().Where(t => t.Namespace == "CaseSdk.Builders" && t.Name.EndsWith("RequestBuilder", StringComparison.Ordinal));

    private static HashSet<Type> FindCallThroughTypes()
    {
        var types = FindReachableTypes();
        types.UnionWith(Builders());
        return types;
    }

    /// <summary>A public static method or property (an implicit conversion included) that returns the type.</summary>
    private static bool HasFactory(Type type) =>
        type.GetMethods(BindingFlags.Static | BindingFlags.Public).Any(m => m.ReturnType == type || Nullable.GetUnderlyingType(m.ReturnType) == type);

    /// <summary>DatadogClient and every class its public members return, transitively, that is not a result.</summary>
    private static HashSet<Type> FindReachableTypes()
    {
        var found = new HashSet<Type> { typeof(DatadogClient) };
        var pending = new Queue<Type>(found);
        while (pending.TryDequeue(out var type))
        {
            var returned = type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Select(p => p.PropertyType)
                .Concat(type.GetMethods(BindingFlags.Instance | BindingFlags.Public).Where(m => !m.IsSpecialName).Select(m => m.ReturnType));
            foreach (var candidate in returned.Select(Unwrap))
            {
                if (candidate.Assembly == Sdk && candidate.IsClass && !IsResult(candidate) && found.Add(candidate))
                {
                    pending.Enqueue(candidate);
                }
            }
        }

        return found;
    }

    /// <summary>What a call answers with: models and responses, which the caller receives and a fake builds.</summary>
    private static bool IsResult(Type type) =>
        type.Namespace == "CaseSdk.Models" || typeof(DatadogResponse).IsAssignableFrom(type) || type == typeof(RateLimitInfo);

    private static Type Unwrap(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Task<>) || definition == typeof(IAsyncEnumerable<>) || definition == typeof(ValueTask<>))
            ? Unwrap(type.GetGenericArguments()[0])
            : type;

    private sealed class SealedExample
    {
        internal SealedExample()
        {
        }
    }

    private class NonVirtualExample
    {
        protected NonVirtualExample()
        {
        }

        public void Call()
        {
        }
    }
}
