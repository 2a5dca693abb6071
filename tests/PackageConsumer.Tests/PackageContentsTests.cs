using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseSdk.Testing;
using PackageConsumer.Tests.Support;

namespace PackageConsumer.Tests;

/// <summary>The packages in artifacts/: what they carry, what they say about themselves, what they depend on.</summary>
public sealed class PackageContentsTests
{
    private static readonly string[] Frameworks = ["net10.0", "net8.0", "netstandard2.0"];

    [TestCase("CaseSdk")]
    [TestCase("CaseSdk.Extensions.DependencyInjection")]
    public void Package_carries_the_assembly_and_its_XML_docs_for_each_framework_and_the_README_and_nothing_else(string id)
    {
        using var package = Packages.Open(id);

        var expected = Frameworks
            .SelectMany(framework => new[] { $"lib/{framework}/{id}.dll", $"lib/{framework}/{id}.xml" })
            .Append("README.md")
            .Order(StringComparer.Ordinal);
        Assert.That(Packages.PayloadFiles(package), Is.EqualTo(expected), "no spec, no generator, no build targets: the generated code is compiled in");
    }

    [TestCase("CaseSdk")]
    [TestCase("CaseSdk.Extensions.DependencyInjection")]
    public void Package_metadata_names_version_license_readme_and_repository_commit(string id)
    {
        using var package = Packages.Open(id);
        var nuspec = Packages.Nuspec(package);
        var ns = nuspec.Name.Namespace;
        var metadata = nuspec.Element(ns + "metadata")!;
        var license = metadata.Element(ns + "license");
        var repository = metadata.Element(ns + "repository");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((string?)metadata.Element(ns + "id"), Is.EqualTo(id));
            Assert.That((string?)metadata.Element(ns + "version"), Is.EqualTo(Packages.Version));
            Assert.That((string?)metadata.Element(ns + "description"), Is.Not.Empty.And.Not.EqualTo("Package Description"));
            Assert.That((string?)metadata.Element(ns + "tags"), Does.Contain("datadog"));
            Assert.That((string?)license?.Attribute("type"), Is.EqualTo("expression"));
            Assert.That((string?)license, Is.EqualTo("Apache-2.0"));
            Assert.That((string?)metadata.Element(ns + "readme"), Is.EqualTo("README.md"));
            Assert.That((string?)metadata.Element(ns + "projectUrl"), Is.EqualTo(Packages.RepositoryUrl));
            Assert.That((string?)repository?.Attribute("type"), Is.EqualTo("git"));
            Assert.That((string?)repository?.Attribute("url"), Is.EqualTo(Packages.RepositoryUrl));
            Assert.That((string?)repository?.Attribute("commit"), Does.Match("^[0-9a-f]{40}$"));
        }
    }

    [Test]
    public void Package_README_is_the_repository_README()
    {
        using var package = Packages.Open("CaseSdk");
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());

        Assert.That(reader.ReadToEnd(), Is.EqualTo(File.ReadAllText(RepositoryPaths.Readme)), "the package was packed from the current README");
    }

    [TestCase("CaseSdk")]
    [TestCase("CaseSdk.Extensions.DependencyInjection")]
    public void Dependencies_of_each_framework_are_the_ones_the_README_lists(string id)
    {
        using var package = Packages.Open(id);
        var dependencies = Packages.DependenciesByFramework(Packages.Nuspec(package));

        Assert.That(dependencies.Keys, Is.EquivalentTo(Frameworks));
        using (Assert.EnterMultipleScope())
        {
            foreach (var (framework, ids) in dependencies)
            {
                Assert.That(ReadmeDependencyTable.DependenciesOf(id, framework), Is.EqualTo(ids), $"README.md's dependencies of {id} on {framework}");
            }
        }
    }

    [Test]
    public void Dependency_injection_package_depends_on_CaseSdk_of_the_same_version()
    {
        using var package = Packages.Open("CaseSdk.Extensions.DependencyInjection");
        var nuspec = Packages.Nuspec(package);
        var ns = nuspec.Name.Namespace;

        var versions = nuspec.Descendants(ns + "dependency")
            .Where(d => (string?)d.Attribute("id") == "CaseSdk")
            .Select(d => (string?)d.Attribute("version"));

        Assert.That(versions, Has.Exactly(Frameworks.Length).EqualTo(Packages.Version));
    }

    [Test]
    public void Symbols_package_has_a_portable_PDB_per_framework_with_SourceLink_to_the_packed_commit_and_the_generated_code_embedded()
    {
        string commit;
        using (var package = Packages.Open("CaseSdk"))
        {
            var nuspec = Packages.Nuspec(package);
            commit = (string)nuspec.Descendants(nuspec.Name.Namespace + "repository").Single().Attribute("commit")!;
        }

        using var symbols = Packages.Open("CaseSdk", "snupkg");
        Assert.That(
            symbols.Entries.Select(e => e.FullName).Where(name => name.EndsWith(".pdb", StringComparison.Ordinal)),
            Is.EquivalentTo(Frameworks.Select(framework => $"lib/{framework}/CaseSdk.pdb")));

        foreach (var framework in Frameworks)
        {
            var pdb = ReadPdb(symbols.GetEntry($"lib/{framework}/CaseSdk.pdb")!);
            using (Assert.EnterMultipleScope())
            {
                Assert.That(pdb.SourceLinkTargets, Is.Not.Empty.And.All.Match($"^https://.+/{commit}/\\*$"), $"{framework}: SourceLink maps sources to the packed commit");
                Assert.That(pdb.GeneratedDocuments, Is.Not.Empty, $"{framework}: the PDB lists the generated files");
                Assert.That(pdb.GeneratedDocuments, Is.SubsetOf(pdb.EmbeddedDocuments), $"{framework}: generated files (not in git) are embedded");
                Assert.That(pdb.EmbeddedDocuments, Has.None.EndsWith("/DatadogClient.cs"), $"{framework}: files in git are left to SourceLink");
            }
        }
    }

    private static PdbSummary ReadPdb(ZipArchiveEntry entry)
    {
        var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
        var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(buffer);
        var reader = provider.GetMetadataReader();

        var sourceLinkTargets = new List<string>();
        var embedded = new List<string>();
        foreach (var handle in reader.CustomDebugInformation)
        {
            var information = reader.GetCustomDebugInformation(handle);
            var kind = reader.GetGuid(information.Kind);
            if (kind == sourceLinkKind)
            {
                using var json = JsonDocument.Parse(Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value)));
                sourceLinkTargets.AddRange(json.RootElement.GetProperty("documents").EnumerateObject().Select(p => p.Value.GetString()!));
            }
            else if (kind == embeddedSourceKind && information.Parent.Kind == HandleKind.Document)
            {
                embedded.Add(Normalize(reader.GetString(reader.GetDocument((DocumentHandle)information.Parent).Name)));
            }
        }

        var generated = reader.Documents
            .Select(handle => Normalize(reader.GetString(reader.GetDocument(handle).Name)))
            .Where(name => Regex.IsMatch(name, "/obj/generated/.+\\.cs$"))
            .ToList();
        return new PdbSummary(sourceLinkTargets, embedded, generated);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private sealed record PdbSummary(List<string> SourceLinkTargets, List<string> EmbeddedDocuments, List<string> GeneratedDocuments);
}
