// CaseSdk build script: `dotnet tool restore && dotnet cake [--target=<name>] [--configuration=Debug]`.
//   Clean     Deletes artifacts/ and the bin/ and obj/ folders of every project.
//   Generate  Runs the generator over spec/openapi.yaml into artifacts/generated/, to read or diff the generated code.
//   Lint      npm ci (pinned tools) + Spectral over spec/openapi.yaml; any error or warning fails.
//   Build     Builds CaseSdk.sln; src/CaseSdk's build regenerates the code from the spec when the spec has changed.
//   Pack      Build + packs CaseSdk and CaseSdk.Extensions.DependencyInjection (.nupkg and .snupkg) into artifacts/.
//   Test      Lint + Pack + every tests/**/*Tests project, TRX results in artifacts/test-results/. One of them,
//             tests/PackageConsumer.Tests, builds, runs and NativeAOT-publishes an application that uses the packages.
//   Bench     The benchmarks in tests/CaseSdk.Benchmarks (Release); --filter=<pattern> chooses them (default: all).
//   Default   The main job: Generate, Build (Release) and Pack. No tests: they have their own target.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

var root = MakeAbsolute(Directory("."));
var artifacts = root.Combine("artifacts");
var testResults = artifacts.Combine("test-results");
var generated = artifacts.Combine("generated");
var solution = root.CombineWithFilePath("CaseSdk.sln");
var spec = root.CombineWithFilePath("spec/openapi.yaml");
var generatorProject = root.CombineWithFilePath("generator/CaseSdk.Generator/CaseSdk.Generator.csproj");
var benchmarksProject = root.CombineWithFilePath("tests/CaseSdk.Benchmarks/CaseSdk.Benchmarks.csproj");
var packedProjects = new[] { "src/CaseSdk/CaseSdk.csproj", "src/CaseSdk.Extensions.DependencyInjection/CaseSdk.Extensions.DependencyInjection.csproj" };
// The packages' version is defined once, in version.props.
var version = XmlPeek(root.CombineWithFilePath("version.props"), "/Project/PropertyGroup/CaseSdkVersion/text()");

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
    .Description("Lints spec/openapi.yaml with Spectral (spec/.spectral.yaml); fails on any error or warning.")
    .IsDependentOn("NodeTools")
    .Does(() =>
{
    Run("Lint", "node", $"node_modules/@stoplight/spectral-cli/dist/index.js lint \"{spec}\" --ruleset spec/.spectral.yaml --fail-severity warn --display-only-failures");
    Information("[Lint] Spectral: 0 errors, 0 warnings.");
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
    .Does(() =>
{
    Run("Build", "dotnet", $"build \"{solution}\" --configuration {configuration} -nologo");
    Information($"[Build] CaseSdk.sln built ({configuration}).");
});

Task("Pack")
    .Description("Packs CaseSdk and CaseSdk.Extensions.DependencyInjection, with symbols, into artifacts/.")
    .IsDependentOn("Build")
    .Does(() =>
{
    // Only this version's packages in the folder: the package consumer's feed is artifacts/.
    EnsureDirectoryExists(artifacts);
    DeleteFiles(GetFiles($"{artifacts}/*.nupkg"));
    DeleteFiles(GetFiles($"{artifacts}/*.snupkg"));
    foreach (var project in packedProjects)
    {
        Run("Pack", "dotnet", $"pack \"{root.CombineWithFilePath(project)}\" --configuration {configuration} --no-build --output \"{artifacts}\" -nologo");
    }

    foreach (var package in GetFiles($"{artifacts}/*.nupkg").Concat(GetFiles($"{artifacts}/*.snupkg")).OrderBy(p => p.FullPath))
    {
        Information($"[Pack] artifacts/{package.GetFilename()} ({FileSize(package) / 1024} KiB)");
    }

    if (!FileExists(artifacts.CombineWithFilePath($"CaseSdk.{version}.nupkg")))
    {
        throw new CakeException($"Pack failed: artifacts/CaseSdk.{version}.nupkg was not written (version.props says {version}).");
    }
});

Task("Test")
    .Description("Lint + Pack + every test project (the package consumer included), with TRX results in artifacts/test-results/.")
    .IsDependentOn("Lint")
    .IsDependentOn("Pack")
    .Does(() =>
{
    CleanDirectory(testResults);
    var failures = new List<string>();
    foreach (var project in GetFiles("tests/**/*Tests.csproj").OrderBy(p => p.FullPath))
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
    .Description("Runs the BenchmarkDotNet suite in tests/CaseSdk.Benchmarks; --filter=<pattern> chooses the benchmarks.")
    .Does(() =>
{
    if (!FileExists(benchmarksProject))
    {
        throw new CakeException("Bench failed: tests/CaseSdk.Benchmarks/CaseSdk.Benchmarks.csproj does not exist.");
    }

    var filter = Argument("filter", "*");
    // The suite defines its own job; reports land in artifacts/benchmarks/results/.
    Run("Bench", "dotnet", $"run --configuration Release --project \"{benchmarksProject}\" -- --filter \"{filter}\" --artifacts \"{artifacts.Combine("benchmarks")}\"");
    Information($"[Bench] Benchmarks matching '{filter}' ran; reports are in artifacts/benchmarks/results/.");
});

Task("Default")
    .Description("The main job: regenerate from the spec, build in Release and pack into artifacts/.")
    .IsDependentOn("Generate")
    .IsDependentOn("Pack")
    .Does(() =>
{
    Information($"[Default] artifacts/CaseSdk.{version}.nupkg and artifacts/CaseSdk.Extensions.DependencyInjection.{version}.nupkg are ready; the generated code is in artifacts/generated/.");
});

RunTarget(target);
