using System.IO.Compression;
using System.Reflection;
using System.Xml.Linq;
using CaseSdk.Testing;

namespace PackageConsumer.Tests.Support;

/// <summary>The packages in artifacts/ and what the build says they should be.</summary>
internal static class Packages
{
    /// <summary>The packages' version: version.props' release version, with the local content suffix when build.cake wrote one.</summary>
    public static string Version { get; } = Metadata("CaseSdkVersion");

    /// <summary>The repository URL set once in Directory.Build.props.</summary>
    public static string RepositoryUrl { get; } = Metadata("CaseSdkRepositoryUrl");

    /// <summary>artifacts/, where the Pack target writes the packages.</summary>
    public static string ArtifactsDirectory => Path.Combine(RepositoryPaths.Root, "artifacts");

    /// <summary>The path of <c>artifacts/{id}.{version}.{extension}</c>; fails the test, saying how to make it, when it is missing.</summary>
    public static string PathOf(string id, string extension = "nupkg")
    {
        var path = Path.Combine(ArtifactsDirectory, $"{id}.{Version}.{extension}");
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} does not exist: run 'dotnet cake --target=Pack' first (the Test target does).");
        }

        return path;
    }

    /// <summary>Opens <c>artifacts/{id}.{version}.{extension}</c> as a zip archive.</summary>
    public static ZipArchive Open(string id, string extension = "nupkg") => ZipFile.OpenRead(PathOf(id, extension));

    /// <summary>The package's .nuspec.</summary>
    public static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!;
    }

    /// <summary>The files a package carries for its users: everything but the OPC bookkeeping and the .nuspec.</summary>
    public static IReadOnlyList<string> PayloadFiles(ZipArchive package) => package.Entries
        .Select(e => e.FullName)
        .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
            && !name.StartsWith("package/", StringComparison.Ordinal)
            && name != "[Content_Types].xml"
            && !(name.EndsWith(".nuspec", StringComparison.Ordinal) && !name.Contains('/', StringComparison.Ordinal)))
        .OrderBy(name => name, StringComparer.Ordinal)
        .ToList();

    /// <summary>The dependency ids of each target framework group, with frameworks in short form (net8.0, netstandard2.0).</summary>
    public static IReadOnlyDictionary<string, string[]> DependenciesByFramework(XElement nuspec)
    {
        var ns = nuspec.Name.Namespace;
        return nuspec.Element(ns + "metadata")!.Element(ns + "dependencies")!.Elements(ns + "group").ToDictionary(
            group => ShortFramework((string)group.Attribute("targetFramework")!),
            group => group.Elements(ns + "dependency").Select(d => (string)d.Attribute("id")!).Order(StringComparer.Ordinal).ToArray());
    }

    private static string ShortFramework(string nuspecFramework) =>
        nuspecFramework.StartsWith(".NETStandard", StringComparison.Ordinal)
            ? "netstandard" + nuspecFramework.Substring(".NETStandard".Length)
            : nuspecFramework;

    private static string Metadata(string key) => typeof(Packages).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"The test assembly has no {key}.");
}
