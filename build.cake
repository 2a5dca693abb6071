// CaseSdk build script. Targets:
//   Lint     npm ci (pinned tools) + Spectral over spec/openapi.yaml; any error or warning fails.
//   Build    restore and build the solution in the chosen configuration.
//   Test     Lint + every NUnit test project; TRX results land in artifacts/test-results/.
//   Default  the main job: build in Release and pack into artifacts/.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

var root = MakeAbsolute(Directory("."));
var artifacts = root.Combine("artifacts");
var testResults = artifacts.Combine("test-results");
var solution = root.CombineWithFilePath("CaseSdk.sln");
var spec = root.CombineWithFilePath("spec/openapi.yaml");

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

Task("Build")
    .Description("Builds the solution.")
    .Does(() =>
{
    DotNetBuild(solution.FullPath, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .Description("Lint + every test project, with TRX results in artifacts/test-results/.")
    .IsDependentOn("Lint")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var failures = new List<string>();
    foreach (var project in GetFiles("tests/**/*Tests.csproj").OrderBy(p => p.FullPath))
    {
        var name = project.GetFilenameWithoutExtension().ToString();
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

    if (failures.Count > 0)
    {
        throw new CakeException($"Test failed in: {string.Join(", ", failures)}.");
    }
});

Task("Default")
    .Description("The main job: build in Release (later: regenerate and pack into artifacts/).")
    .IsDependentOn("Build");

RunTarget(target);
