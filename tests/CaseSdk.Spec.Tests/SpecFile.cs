using System.Reflection;
using CaseSdk.Generator.Read;
using Microsoft.OpenApi;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CaseSdk.Spec.Tests;

/// <summary>Locates and reads the repository's spec once per test run.</summary>
internal static class SpecFile
{
    private static readonly Lazy<SpecReadResult> LazyResult = new(() => SpecReader.ReadFile(Location, "spec/openapi.yaml"));

    /// <summary>The spec's path, baked in at build time so tests read the file being edited.</summary>
    public static string Location => typeof(SpecFile).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SpecFile").Value
        ?? throw new InvalidOperationException("the test assembly does not name the spec file");

    public static SpecReadResult Result => LazyResult.Value;

    public static OpenApiDocument Document => Result.RequireValid();

    /// <summary>
    /// Where an operation is written, as the generator names locations (<c>spec/openapi.yaml #/paths/~1api~1v2~1roles/get</c>),
    /// so that a failing check says where to look.
    /// </summary>
    public static string Locate(string path, HttpMethod method, string? below = null) =>
        $"spec/openapi.yaml #/paths/{Escape(path)}/{method.Method.ToLowerInvariant()}{(below is null ? "" : "/" + below)}";

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static IEnumerable<(string Path, HttpMethod Method, OpenApiOperation Operation)> Operations() =>
        from path in Document.Paths
        from op in path.Value.Operations ?? []
        select (path.Key, op.Key, op.Value);

    /// <summary>
    /// One test case per operation. When the spec does not load, a single case that fails with the reader's located
    /// messages instead: an exception thrown here would reach the test log only as "Exception has been thrown by the
    /// target of an invocation", without the location.
    /// </summary>
    public static IEnumerable<TestCaseData> OperationCases() => OperationCasesFrom(Operations);

    internal static IEnumerable<TestCaseData> OperationCasesFrom(Func<IEnumerable<(string Path, HttpMethod Method, OpenApiOperation Operation)>> read)
    {
        List<(string Path, HttpMethod Method, OpenApiOperation Operation)> operations;
        try
        {
            operations = [.. read()];
        }
        catch (SpecException e)
        {
            var broken = new TestCaseData(string.Empty, HttpMethod.Get, new OpenApiOperation()) { RunState = RunState.NotRunnable };
            broken.Properties.Set(PropertyNames.SkipReason, "spec/openapi.yaml does not load: " + e.Message);
            return [broken.SetArgDisplayNames("spec does not load")];
        }

        return operations.Select(o => new TestCaseData(o.Path, o.Method, o.Operation).SetArgDisplayNames(o.Operation.OperationId ?? $"{o.Method} {o.Path}"));
    }
}
