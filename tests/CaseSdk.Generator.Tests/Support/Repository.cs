using System.Reflection;

namespace CaseSdk.Generator.Tests.Support;

/// <summary>Locations baked into the test assembly at build time.</summary>
internal static class Repository
{
    public static string SpecFile => Metadata("SpecFile");

    public static string SdkSourceDirectory => Metadata("SdkSourceDirectory");

    /// <summary>The net10.0 reference assemblies of the SDK that built the tests.</summary>
    public static string ReferenceAssemblyDirectory => Path.Combine(TargetingPack, "ref", "net10.0");

    /// <summary>System.Text.Json's source generator as the SDK ships it.</summary>
    public static string JsonSourceGenerator => Path.Combine(TargetingPack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");

    private static string TargetingPack
    {
        get
        {
            var root = Path.Combine(Metadata("NetCoreTargetingPackRoot"), "Microsoft.NETCore.App.Ref");
            var exact = Path.Combine(root, Metadata("BundledNETCoreAppPackageVersion"));
            return Directory.Exists(exact)
                ? exact
                : Directory.GetDirectories(root).Where(d => Directory.Exists(Path.Combine(d, "ref", "net10.0"))).Order(StringComparer.Ordinal).Last();
        }
    }

    private static string Metadata(string key) => typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"the test assembly has no '{key}' metadata");
}
