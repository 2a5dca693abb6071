using System.Reflection;
using CaseSdk.Generator.Read;
using Microsoft.OpenApi;

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

    public static IEnumerable<(string Path, HttpMethod Method, OpenApiOperation Operation)> Operations() =>
        from path in Document.Paths
        from op in path.Value.Operations ?? []
        select (path.Key, op.Key, op.Value);
}
