using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseSdk.Testing;
using PackageConsumer.Tests.Support;

namespace PackageConsumer.Tests;

/// <summary>
/// tests/PackageConsumer, an application that references CaseSdk as a package from artifacts/, builds for net10.0 and
/// net8.0, runs the README's quickstart against the Prism mock of the spec, and publishes each framework as a NativeAOT
/// binary that does the same.
/// </summary>
[NonParallelizable]
public sealed partial class PackageConsumerTests
{
    private const string ApiKey = "package-consumer-api-key";
    private const string AppKey = "package-consumer-app-key";

    private static readonly string ConsumerDirectory = Path.Combine(RepositoryPaths.Root, "tests", "PackageConsumer");
    private static readonly string ConsumerPackagesDirectory = Path.Combine(ConsumerDirectory, "obj", "packages");
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    // One line per NativeAOT framework; the build script's Test target prints the file at the end.
    private static readonly string NativeAotSummary = Path.Combine(Packages.ArtifactsDirectory, "test-results", "PackageConsumer.NativeAot.txt");

    private PrismServer? _prism;
    private string? _prismUnavailable;
    private Task<ProcessResult>? _build;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Packages.PathOf("CaseSdk");

        // The consumer's own packages folder keeps what earlier runs extracted; a CaseSdk of the same version from an
        // earlier pack must not stand in for the one just packed.
        foreach (var id in new[] { "casesdk", "casesdk.extensions.dependencyinjection" })
        {
            var extracted = Path.Combine(ConsumerPackagesDirectory, id);
            if (Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(NativeAotSummary)!);
        File.Delete(NativeAotSummary);

        _prismUnavailable = PrismServer.UnavailableReason();
        if (_prismUnavailable is null)
        {
            _prism = await PrismServer.StartAsync();
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_prism is not null)
        {
            await _prism.DisposeAsync();
        }
    }

    [Test]
    public async Task Builds_for_net10_and_net8_with_CaseSdk_restored_as_a_package_from_artifacts()
    {
        var build = await BuildAsync();
        Assert.That(build.ExitCode, Is.Zero, build.Describe());

        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(ConsumerDirectory, "obj", "project.assets.json")));
        var library = assets.RootElement.GetProperty("libraries").GetProperty($"CaseSdk/{Packages.Version}");
        var restoredHash = File.ReadAllText(Path.Combine(ConsumerPackagesDirectory, "casesdk", Packages.Version, $"casesdk.{Packages.Version}.nupkg.sha512")).Trim();
        var packedHash = Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(Packages.PathOf("CaseSdk"))));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(library.GetProperty("type").GetString(), Is.EqualTo("package"), "a package, not a project reference");
            Assert.That(restoredHash, Is.EqualTo(packedHash), "the restored package is the one in artifacts/");
            Assert.That(CompiledAgainst(assets, "net10.0"), Is.EqualTo("lib/net10.0/CaseSdk.dll"));
            Assert.That(CompiledAgainst(assets, "net8.0"), Is.EqualTo("lib/net8.0/CaseSdk.dll"));
        }
    }

    [Test]
    public async Task Net10_build_runs_the_quickstart_against_the_mock()
    {
        var prism = RequirePrism();
        await RequireBuildAsync();

        var run = await ExternalProcess.RunAsync(
            ExternalProcess.DotNet,
            [Path.Combine(ConsumerDirectory, "bin", "Release", "net10.0", "PackageConsumer.dll"), prism.BaseAddress.ToString()],
            ConsumerDirectory,
            RunTimeout,
            Credentials());

        AssertQuickstartRan(run, prism, ".NETCoreApp,Version=v10.0");
        Assert.That(Report(run, "jit-compiled-methods"), Is.GreaterThan(0));
        TestContext.Out.WriteLine($"JIT consumer (net10.0): process start to first response {Report(run, "first-response-ms")} ms.");
    }

    [Test]
    public async Task Net8_build_runs_the_quickstart_against_the_mock()
    {
        var prism = RequirePrism();
        await RequireBuildAsync();

        // Runs on .NET 8 where it is installed, else on the newest runtime there is.
        var environment = Credentials();
        environment["DOTNET_ROLL_FORWARD"] = "Major";
        var run = await ExternalProcess.RunAsync(
            ExternalProcess.DotNet,
            [Path.Combine(ConsumerDirectory, "bin", "Release", "net8.0", "PackageConsumer.dll"), prism.BaseAddress.ToString()],
            ConsumerDirectory,
            RunTimeout,
            environment);

        AssertQuickstartRan(run, prism, ".NETCoreApp,Version=v8.0");
        TestContext.Out.WriteLine($"JIT consumer (net8.0 build, on the newest runtime where .NET 8 is absent): process start to first response {Report(run, "first-response-ms")} ms.");
    }

    [TestCase("net10.0", ".NETCoreApp,Version=v10.0")]
    [TestCase("net8.0", ".NETCoreApp,Version=v8.0")]
    public async Task Publishes_with_NativeAOT_without_trimming_or_AOT_warnings_and_the_binary_runs_the_quickstart(string framework, string packageFramework)
    {
        if (await NativeToolchain.UnavailableReasonAsync() is { } toolchainMissing)
        {
            Prerequisite.IgnoreOrFail(toolchainMissing);
        }

        // From scratch, so that the ILCompiler runs (and warns) every time rather than finding its output up to date.
        var output = Path.Combine(ConsumerDirectory, "bin", "aot", framework);
        foreach (var stale in new[] { output, Path.Combine(ConsumerDirectory, "obj", "Release", framework, "linux-x64") })
        {
            if (Directory.Exists(stale))
            {
                Directory.Delete(stale, recursive: true);
            }
        }

        var publish = await ExternalProcess.RunAsync(
            ExternalProcess.DotNet,
            ["publish", "-c", "Release", "-f", framework, "-r", "linux-x64", "-o", output, "--disable-build-servers", "-nologo"],
            ConsumerDirectory,
            BuildTimeout);
        var trimAndAotWarnings = TrimOrAotDiagnostic().Matches(publish.Output).Select(m => m.Value.Trim()).Distinct().ToList();
        Assert.That(trimAndAotWarnings, Is.Empty, "IL2xxx/IL3xxx warnings (the publish treats them as errors)");
        Assert.That(publish.ExitCode, Is.Zero, publish.Describe());
        Assert.That(publish.Output, Does.Contain("Generating native code"));

        var binary = Path.Combine(output, "PackageConsumer");
        Assert.That(binary, Does.Exist);
        Assert.That(Directory.GetFiles(output, "*.dll"), Is.Empty, "a single native file, no IL assemblies");

        var prism = RequirePrism();
        var run = await ExternalProcess.RunAsync(binary, [prism.BaseAddress.ToString()], ConsumerDirectory, RunTimeout, Credentials());
        AssertQuickstartRan(run, prism, packageFramework);
        Assert.That(Report(run, "jit-compiled-methods"), Is.Zero, "nothing is JIT-compiled in a NativeAOT binary");

        var summary =
            $"NativeAOT consumer (linux-x64, {framework}): {new FileInfo(binary).Length / 1024.0 / 1024.0:F1} MiB; " +
            $"{trimAndAotWarnings.Count} IL2xxx/IL3xxx warnings; publish {publish.Elapsed.TotalSeconds:F0} s; " +
            $"process start to first response {Report(run, "first-response-ms")} ms; whole quickstart run {run.Elapsed.TotalMilliseconds:F0} ms.";
        TestContext.Out.WriteLine(summary);
        await File.AppendAllTextAsync(NativeAotSummary, summary + "\n");
    }

    private Task<ProcessResult> BuildAsync() => _build ??= ExternalProcess.RunAsync(
        ExternalProcess.DotNet,
        ["build", "-c", "Release", "--force", "--disable-build-servers", "-nologo"],
        ConsumerDirectory,
        BuildTimeout);

    private async Task RequireBuildAsync()
    {
        var build = await BuildAsync();
        Assert.That(build.ExitCode, Is.Zero, "the consumer does not build: " + build.Describe());
    }

    private PrismServer RequirePrism()
    {
        if (_prism is null)
        {
            Prerequisite.IgnoreOrFail(_prismUnavailable ?? "Prism did not start.");
        }

        return _prism!;
    }

    private static Dictionary<string, string?> Credentials() => new()
    {
        ["DD_API_KEY"] = ApiKey,
        ["DD_APP_KEY"] = AppKey,
        ["DD_SITE"] = null,
    };

    private static void AssertQuickstartRan(ProcessResult run, PrismServer prism, string packageFramework)
    {
        Assert.That(run.ExitCode, Is.Zero, run.Describe());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lines[0], Does.StartWith("Created "));
            Assert.That(lines, Has.Some.StartsWith("Role "));
            Assert.That(lines, Has.Some.EqualTo($"casesdk: {Packages.Version}+{CommitOf()} for {packageFramework}"), "the packed build of CaseSdk for the expected framework ran");
            Assert.That(prism.Output, Does.Not.Contain("violation").IgnoreCase, "every request matched the spec");
            Assert.That(prism.Output + run.Output, Does.Not.Contain(ApiKey).And.Not.Contain(AppKey));
        }
    }

    private static long Report(ProcessResult run, string key)
    {
        var match = Regex.Match(run.Output, $"(?:^|[ \\n]){Regex.Escape(key)}: (?<value>\\d+)");
        Assert.That(match.Success, Is.True, $"the consumer reports {key}:\n{run.Output}");
        return long.Parse(match.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string CommitOf()
    {
        using var package = Packages.Open("CaseSdk");
        var nuspec = Packages.Nuspec(package);
        return (string)nuspec.Descendants(nuspec.Name.Namespace + "repository").Single().Attribute("commit")!;
    }

    private static string? CompiledAgainst(JsonDocument assets, string framework) => assets.RootElement
        .GetProperty("targets").GetProperty(framework)
        .GetProperty($"CaseSdk/{Packages.Version}").GetProperty("compile")
        .EnumerateObject().Select(p => p.Name).SingleOrDefault();

    // The ILCompiler reports them as "Trim analysis warning IL2026: ..." or "AOT analysis error IL3050: ...".
    [GeneratedRegex(@"^.*\b(?:warning|error) IL[23]\d{3}\b.*$", RegexOptions.Multiline)]
    private static partial Regex TrimOrAotDiagnostic();
}
