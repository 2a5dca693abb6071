// CaseSdk build script: `dotnet tool restore && dotnet cake [--target=<name>] [--configuration=Debug]`.
//   Clean     Deletes artifacts/ and the bin/ and obj/ folders of every project.
//   Generate  Runs the generator over spec/openapi.yaml into artifacts/generated/, to read or diff the generated code.
//   Lint      npm ci (pinned tools) + Spectral over spec/openapi.yaml, then Kiota generates C# from it offline into
//             artifacts/kiota/; any Spectral or Kiota error or warning fails.
//   Build     Builds CaseSdk.sln; src/CaseSdk's build regenerates the code from the spec when the spec has changed.
//   Pack      Builds and packs CaseSdk and CaseSdk.Extensions.DependencyInjection (.nupkg and .snupkg) into artifacts/.
//   ReferenceBuild  Generates Datadog's whole v2 reference (../shared/reference/) and compiles it with the runtime for
//             every target framework (tests/ReferenceBuild), warnings as errors, trimming/NativeAOT analyzers on.
//   Test      Lint + Build + Pack + ReferenceBuild + every tests/**/*Tests and samples/**/*Tests project, TRX results in artifacts/test-results/.
//             One of them, tests/PackageConsumer.Tests, builds, runs and NativeAOT-publishes an application that uses the packages.
//   Bench     The benchmarks in tests/CaseSdk.Benchmarks (Release); --filter=<pattern> chooses them (default: all);
//             --job=<name> (dry, short) runs them on that BenchmarkDotNet job instead of their own.
//   Default   The main job: Lint, Generate and Pack (Release), building only the packaged projects. No tests.
// Local builds version the packages <version.props>-local.<content hash>; CI=true or --release packs the plain version.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var release = HasArgument("release") || EnvironmentVariable("CI") == "true";

var root = MakeAbsolute(Directory("."));
var artifacts = root.Combine("artifacts");
var testResults = artifacts.Combine("test-results");
var generated = artifacts.Combine("generated");
var solution = root.CombineWithFilePath("CaseSdk.sln");
var spec = root.CombineWithFilePath("spec/openapi.yaml");
var generatorProject = root.CombineWithFilePath("generator/CaseSdk.Generator/CaseSdk.Generator.csproj");
var benchmarksProject = root.CombineWithFilePath("tests/CaseSdk.Benchmarks/CaseSdk.Benchmarks.csproj");
var referenceBuildProject = root.CombineWithFilePath("tests/ReferenceBuild/ReferenceBuild.csproj");
var referenceDocument = root.CombineWithFilePath("../shared/reference/datadog-v2-openapi.yaml").Collapse();
var packedProjects = new[] { "src/CaseSdk/CaseSdk.csproj", "src/CaseSdk.Extensions.DependencyInjection/CaseSdk.Extensions.DependencyInjection.csproj" };
// The packages' release version is defined once, in version.props; a local build adds a suffix from the content.
var releaseVersion = XmlPeek(root.CombineWithFilePath("version.props"), "/Project/PropertyGroup/CaseSdkVersion/text()");
var versionSuffixFile = artifacts.CombineWithFilePath("version-suffix.props");
var version = releaseVersion;

// Hashes what goes into the packages (spec, generator, runtime and facade sources, build settings), so that a
// local package's version changes with its content and a consumer never restores a stale cached package.
string ContentHash()
{
    var files = new List<FilePath>();
    foreach (var area in new[] { "spec", "generator", "src" })
    {
        // Build outputs (bin/, obj/, the generated code among them) are results, not content.
        files.AddRange(GetFiles($"{area}/**/*").Where(f => !root.GetRelativePath(f).Segments.Any(s => s is "bin" or "obj")));
    }

    files.AddRange(new[] { "version.props", "Directory.Build.props", "Directory.Packages.props" }.Select(f => (FilePath)root.CombineWithFilePath(f)));
    using var sha = System.Security.Cryptography.SHA256.Create();
    foreach (var file in files.Select(f => root.GetRelativePath(f).FullPath).Distinct().OrderBy(f => f, StringComparer.Ordinal))
    {
        var name = System.Text.Encoding.UTF8.GetBytes(file + "\n");
        sha.TransformBlock(name, 0, name.Length, null, 0);
        var content = System.IO.File.ReadAllBytes(root.CombineWithFilePath(file).FullPath);
        sha.TransformBlock(content, 0, content.Length, null, 0);
    }

    sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
    return Convert.ToHexString(sha.Hash!).Substring(0, 12).ToLowerInvariant();
}

// Kiota warnings that are Kiota's limitation, not a problem of the spec: each exact message, with the reason.
var acceptedKiotaWarnings = new Dictionary<string, string>
{
    // CaseErrorItem, AnyValue and AnyValueItem are unions of primitive values (string, number, boolean, array)
    // and a single object schema, told apart by the JSON value's kind. A discriminator names a property of
    // object variants (OpenAPI 3.0.3, Discriminator Object), so none can be declared; Kiota's MissingDiscriminator
    // rule warns as soon as one variant is an object, and its generated wrapper reads these unions correctly.
    ["OpenAPI warning: #/ - The schema CaseErrorItem is a polymorphic type but does not define a discriminator. This will result in serialization errors."] = "string or JSON:API error object",
    ["OpenAPI warning: #/ - The schema AnyValue is a polymorphic type but does not define a discriminator. This will result in serialization errors."] = "any JSON value",
    ["OpenAPI warning: #/ - The schema AnyValueItem is a polymorphic type but does not define a discriminator. This will result in serialization errors."] = "any JSON value but an array",
};

// Runs a command from the repository root; a failure names the step and the exact command to rerun.
void Run(string step, string tool, string arguments)
{
    Information($"[{step}] {tool} {arguments}");
    var exitCode = StartProcess(tool, new ProcessSettings { Arguments = arguments, WorkingDirectory = root });
    if (exitCode != 0)
    {
        throw new CakeException($"{step} failed: '{tool} {arguments}' exited with {exitCode}.");
    }
}

// Generates C# from a spec with the pinned Kiota CLI, offline, into a scratch folder; fails listing every Kiota
// warning and error (Kiota exits 0 on them: they are read from the .kiota.log it writes into the output folder).
void KiotaCheck(FilePath specFile, DirectoryPath output)
{
    var arguments = $"kiota generate --openapi \"{specFile}\" --language CSharp --output \"{output}\" --namespace-name KiotaCheck --clean-output --log-level Warning";
    Information($"[Lint] dotnet {arguments}");
    var exitCode = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = arguments,
        WorkingDirectory = root,
        EnvironmentVariables = new Dictionary<string, string>
        {
            ["KIOTA_OFFLINE_ENABLED"] = "true",
            ["KIOTA_TUTORIAL_ENABLED"] = "false",
            ["KIOTA_CONSOLE_COLORS_ENABLED"] = "false",
        },
        RedirectStandardOutput = true,
        RedirectStandardError = true,
    }, out var stdout, out var stderr);
    var log = output.CombineWithFilePath(".kiota.log");
    var lines = FileExists(log) ? System.IO.File.ReadAllLines(log.FullPath) : Array.Empty<string>();
    var problems = new List<string>();
    var accepted = 0;
    // The spec as a maintainer names it: relative to the repository when it is inside it.
    var shownSpec = specFile.FullPath.StartsWith(root.FullPath + "/", StringComparison.Ordinal) ? root.GetRelativePath(specFile).FullPath : specFile.FullPath;
    foreach (var line in lines)
    {
        // Lines read "Warning: KiotaBuilder OpenAPI warning: #/json/pointer - message" (Error:, Critical: likewise).
        var match = System.Text.RegularExpressions.Regex.Match(line, @"^(Warning|Error|Critical): \S+ (.*)$");
        if (!match.Success)
        {
            continue;
        }

        if (match.Groups[1].Value == "Warning" && acceptedKiotaWarnings.ContainsKey(match.Groups[2].Value))
        {
            accepted++;
            continue;
        }

        problems.Add($"{shownSpec} {match.Groups[1].Value.ToLowerInvariant()}: {match.Groups[2].Value}");
    }

    if (exitCode != 0 || problems.Count > 0)
    {
        foreach (var problem in problems)
        {
            Error($"[Lint] Kiota: {problem}");
        }

        if (exitCode != 0)
        {
            foreach (var line in stdout.Concat(stderr))
            {
                Error($"[Lint] Kiota: {line}");
            }
        }

        throw new CakeException($"Lint failed: Kiota reported {problems.Count} warning(s) or error(s) on {specFile} (exit code {exitCode}); rerun: KIOTA_OFFLINE_ENABLED=true dotnet {arguments}");
    }

    Information($"[Lint] Kiota: 0 errors, 0 warnings ({accepted} accepted warnings of Kiota's own limits, listed in build.cake); C# in {root.GetRelativePath(output)}/.");
}

// npm ci is the only way the pinned Spectral and Prism get installed; skip it when node_modules
// already matches the lockfile, since a reinstall costs time on every run.
bool NodeToolsAreCurrent()
{
    var installed = root.CombineWithFilePath("node_modules/.package-lock.json");
    var lockfile = root.CombineWithFilePath("package-lock.json");
    return FileExists(installed)
        && System.IO.File.GetLastWriteTimeUtc(installed.FullPath) >= System.IO.File.GetLastWriteTimeUtc(lockfile.FullPath);
}

Task("Clean")
    .Description("Deletes artifacts/ and the bin/ and obj/ folders of every project.")
    .Does(() =>
{
    var folders = new List<DirectoryPath>();
    foreach (var area in new[] { "src", "generator", "tests", "samples" })
    {
        folders.AddRange(GetDirectories($"{area}/*/bin"));
        folders.AddRange(GetDirectories($"{area}/*/obj"));
    }

    if (DirectoryExists(artifacts))
    {
        folders.Add(artifacts);
    }

    foreach (var folder in folders)
    {
        DeleteDirectory(folder, new DeleteDirectorySettings { Recursive = true, Force = true });
    }

    Information($"[Clean] Deleted {folders.Count} folders (artifacts/ and the projects' bin/ and obj/).");
});

Task("NodeTools")
    .Description("Installs the pinned npm tools (Spectral, Prism) from package-lock.json.")
    .Does(() =>
{
    if (NodeToolsAreCurrent())
    {
        Information("[NodeTools] node_modules matches package-lock.json; npm ci skipped.");
        return;
    }

    Run("NodeTools", "npm", "ci --no-audit --no-fund");
});

Task("Lint")
    .Description("Lints spec/openapi.yaml with Spectral (spec/.spectral.yaml) and generates it with Kiota; fails on any error or warning.")
    .IsDependentOn("NodeTools")
    .Does(() =>
{
    // --spec=<file> lints another file (to try the check on a broken copy); the default is spec/openapi.yaml.
    var lintedSpec = HasArgument("spec") ? MakeAbsolute(File(Argument<string>("spec"))) : spec;
    Run("Lint", "node", $"node_modules/@stoplight/spectral-cli/dist/index.js lint \"{lintedSpec}\" --ruleset spec/.spectral.yaml --fail-severity warn --display-only-failures");
    Information("[Lint] Spectral: 0 errors, 0 warnings.");
    // The spec must generate cleanly with Kiota too: proof that it is standard OpenAPI. Nothing of it is kept.
    KiotaCheck(lintedSpec, artifacts.Combine("kiota"));
});

Task("Version")
    .Description("Sets the packages' version: version.props' release version, with a content suffix for local builds.")
    .Does(() =>
{
    EnsureDirectoryExists(artifacts);
    if (release)
    {
        if (FileExists(versionSuffixFile))
        {
            DeleteFile(versionSuffixFile);
        }

        Information($"[Version] {version} (release: CI=true or --release).");
        return;
    }

    var suffix = $"local.{ContentHash()}";
    version = $"{releaseVersion}-{suffix}";
    // Rewritten only when it changes, so that an unchanged tree stays up to date for MSBuild.
    var props = $"<Project>\n  <!-- Written by build.cake: a hash of what goes into the packages. -->\n  <PropertyGroup>\n    <CaseSdkVersionSuffix>{suffix}</CaseSdkVersionSuffix>\n  </PropertyGroup>\n</Project>\n";
    if (!FileExists(versionSuffixFile) || System.IO.File.ReadAllText(versionSuffixFile.FullPath) != props)
    {
        System.IO.File.WriteAllText(versionSuffixFile.FullPath, props);
    }

    Information($"[Version] {version} (local build: version.props' {releaseVersion} and a hash of spec/, generator/, src/ and the build props).");
});

Task("Generate")
    .Description("Runs the generator over spec/openapi.yaml into artifacts/generated/ (the build compiles the same code from src/CaseSdk/obj/generated/).")
    .Does(() =>
{
    // Emptied first, so that a type the spec no longer has does not linger.
    CleanDirectory(generated);
    Run("Generate", "dotnet", $"run --project \"{generatorProject}\" --configuration {configuration} -- --spec \"{spec}\" --out \"{generated}\" --namespace CaseSdk");
    var files = GetFiles($"{generated}/**/*.cs").Count;
    Information($"[Generate] {files} C# files from spec/openapi.yaml in artifacts/generated/.");
});

Task("Build")
    .Description("Builds CaseSdk.sln; the code is regenerated from the spec when the spec has changed.")
    .IsDependentOn("Version")
    .Does(() =>
{
    Run("Build", "dotnet", $"build \"{solution}\" --configuration {configuration} -nologo");
    Information($"[Build] CaseSdk.sln built ({configuration}).");
});

Task("Pack")
    .Description("Builds and packs CaseSdk and CaseSdk.Extensions.DependencyInjection, with symbols, into artifacts/.")
    .IsDependentOn("Version")
    .Does(() =>
{
    // Only the packaged projects (and the generator they run) are built here: tests and benchmarks are the Test
    // target's business. After the Test target's solution build this is an up-to-date check.
    // Only this version's packages in the folder: the package consumer's feed is artifacts/.
    EnsureDirectoryExists(artifacts);
    DeleteFiles(GetFiles($"{artifacts}/*.nupkg"));
    DeleteFiles(GetFiles($"{artifacts}/*.snupkg"));
    foreach (var project in packedProjects)
    {
        Run("Pack", "dotnet", $"pack \"{root.CombineWithFilePath(project)}\" --configuration {configuration} --output \"{artifacts}\" -nologo");
    }

    foreach (var package in GetFiles($"{artifacts}/*.nupkg").Concat(GetFiles($"{artifacts}/*.snupkg")).OrderBy(p => p.FullPath))
    {
        Information($"[Pack] artifacts/{package.GetFilename()} ({FileSize(package) / 1024} KiB)");
    }

    if (!FileExists(artifacts.CombineWithFilePath($"CaseSdk.{version}.nupkg")))
    {
        throw new CakeException($"Pack failed: artifacts/CaseSdk.{version}.nupkg was not written (version.props says {releaseVersion}).");
    }
});

Task("ReferenceBuild")
    .Description("Generates Datadog's whole v2 reference document and compiles it with the runtime for every target framework, warnings as errors.")
    .Does(() =>
{
    if (!FileExists(referenceDocument))
    {
        var reason = $"{referenceDocument} is absent (the reference document lives beside the repository, never in it)";
        if (EnvironmentVariable("CI") == "true")
        {
            throw new CakeException($"ReferenceBuild failed: {reason}; under CI=true it is required.");
        }

        Warning($"[ReferenceBuild] Skipped: {reason}.");
        return;
    }

    var frameworks = XmlPeek(referenceBuildProject, "/Project/PropertyGroup/TargetFrameworks/text()").Split(';', StringSplitOptions.RemoveEmptyEntries);
    var times = new List<string>();
    foreach (var framework in frameworks)
    {
        // One framework at a time and one MSBuild node: each compile of the ~7,000 files already keeps both cores
        // busy, and the first one also runs the generator (the others find its output up to date).
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Run("ReferenceBuild", "dotnet", $"build \"{referenceBuildProject}\" --configuration {configuration} --framework {framework} -maxcpucount:1 -nologo");
        times.Add($"{framework} {watch.Elapsed.TotalSeconds:F0} s");
        Information($"[ReferenceBuild] {framework}: compiled with no warning in {watch.Elapsed.TotalSeconds:F0} s.");
    }

    Information($"[ReferenceBuild] ../shared/reference/{referenceDocument.GetFilename()} generated and compiled for {frameworks.Length} frameworks: {string.Join(", ", times)}.");
});

Task("Test")
    .Description("Lint + Pack + ReferenceBuild + every test project (the package consumer included), with TRX results in artifacts/test-results/.")
    .IsDependentOn("Lint")
    .IsDependentOn("Build")
    .IsDependentOn("Pack")
    .IsDependentOn("ReferenceBuild")
    .Does(() =>
{
    CleanDirectory(testResults);
    var failures = new List<string>();
    // The samples' own tests (samples/Testing) run too: they show faking the client, and must keep working.
    foreach (var project in GetFiles("tests/**/*Tests.csproj").Concat(GetFiles("samples/**/*Tests.csproj")).OrderBy(p => p.FullPath))
    {
        var name = project.GetFilenameWithoutExtension().ToString();
        Information($"[Test] {name}");
        try
        {
            DotNetTest(project.FullPath, new DotNetTestSettings
            {
                Configuration = configuration,
                NoBuild = true,
                ResultsDirectory = testResults,
                Loggers = new[] { $"trx;LogFileName={name}.trx", "console;verbosity=normal" },
            });
        }
        catch (Exception e)
        {
            // Run every project before failing, so one red project does not hide another.
            Error($"[Test] {name} failed: {e.Message}");
            failures.Add(name);
        }
    }

    // One line per project, counted from the TRX files as .ci/run counts them.
    foreach (var trx in GetFiles($"{testResults}/*.trx").OrderBy(p => p.FullPath))
    {
        var counters = System.Text.RegularExpressions.Regex.Match(System.IO.File.ReadAllText(trx.FullPath), "<Counters [^>]*>").Value;
        string Count(string name) => System.Text.RegularExpressions.Regex.Match(counters, $" {name}=\"(\\d+)\"").Groups[1].Value;
        Information($"[Test] {trx.GetFilenameWithoutExtension()}: {Count("passed")} passed, {Count("failed")} failed, {Count("notExecuted")} not run of {Count("total")}");
    }

    var nativeAot = testResults.CombineWithFilePath("PackageConsumer.NativeAot.txt");
    if (FileExists(nativeAot))
    {
        Information($"[Test] {System.IO.File.ReadAllText(nativeAot.FullPath).Trim()}");
    }

    if (failures.Count > 0)
    {
        throw new CakeException($"Test failed in: {string.Join(", ", failures)}.");
    }
});

Task("Bench")
    .Description("Runs the BenchmarkDotNet suite in tests/CaseSdk.Benchmarks; --filter=<pattern> chooses the benchmarks, --job=<name> replaces their jobs.")
    .Does(() =>
{
    if (!FileExists(benchmarksProject))
    {
        throw new CakeException("Bench failed: tests/CaseSdk.Benchmarks/CaseSdk.Benchmarks.csproj does not exist.");
    }

    var filter = Argument("filter", "*");
    // Each class defines its own job; --job=<name> (dry, short) replaces it, to check the suite quickly. Reports land
    // in artifacts/benchmarks/results/.
    var jobName = Argument("job", string.Empty);
    if (!System.Text.RegularExpressions.Regex.IsMatch(jobName, "^[A-Za-z]*$"))
    {
        throw new CakeException($"Bench failed: --job must be a BenchmarkDotNet job name such as dry or short, not '{jobName}'.");
    }

    var job = jobName.Length > 0 ? $" --job {jobName}" : string.Empty;
    Run("Bench", "dotnet", $"run --configuration Release --project \"{benchmarksProject}\" -- --filter \"{filter}\"{job} --artifacts \"{artifacts.Combine("benchmarks")}\"");
    Information($"[Bench] Benchmarks matching '{filter}' ran; reports are in artifacts/benchmarks/results/.");
});

Task("Default")
    .Description("The main job: lint the spec, regenerate from it, build the packaged projects in Release and pack into artifacts/.")
    // Lint first: a spec that fails the lint is never packed.
    .IsDependentOn("Lint")
    .IsDependentOn("Generate")
    .IsDependentOn("Pack")
    .Does(() =>
{
    Information($"[Default] artifacts/CaseSdk.{version}.nupkg and artifacts/CaseSdk.Extensions.DependencyInjection.{version}.nupkg are ready; the generated code is in artifacts/generated/.");
});

RunTarget(target);
