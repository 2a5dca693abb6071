using System.Reflection;

namespace CaseSdk.Testing;

/// <summary>Paths inside the repository, baked in at build time so tests use the files being edited.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("The test assembly does not name the repository root.");

    /// <summary>spec/openapi.yaml.</summary>
    public static string Spec => Path.Combine(Root, "spec", "openapi.yaml");

    /// <summary>README.md.</summary>
    public static string Readme => Path.Combine(Root, "README.md");
}
