using System.Diagnostics;
using CaseSdk.Generator;
using CaseSdk.Generator.Read;

// Usage: CaseSdk.Generator --spec <file> --out <dir> [--namespace <ns>] [--runtime-namespace <ns>] [--spec-name <name>]
var stopwatch = Stopwatch.StartNew();
var options = ParseArguments(args);
if (options is null)
{
    Console.Error.WriteLine("usage: CaseSdk.Generator --spec <file> --out <dir> [--namespace <ns>] [--runtime-namespace <ns>] [--spec-name <name shown in messages>]");
    return 2;
}

var specPath = options["--spec"];
var outDirectory = options["--out"];
var rootNamespace = options.GetValueOrDefault("--namespace", "CaseSdk");
var runtimeNamespace = options.GetValueOrDefault("--runtime-namespace", "CaseSdk");
var displayName = options.GetValueOrDefault("--spec-name") ?? DisplayName(specPath);

try
{
    if (!File.Exists(specPath))
    {
        throw new SpecException(new SpecDiagnostic(displayName, "#", "file not found"));
    }

    var result = CodeGenerator.Generate(File.ReadAllText(specPath), displayName, rootNamespace, runtimeNamespace);
    foreach (var warning in result.Model.Warnings)
    {
        // MSBuild shows "file: warning: text" lines as build warnings.
        Console.Error.WriteLine($"{warning.File}: warning: {warning.Pointer}: {warning.Message}");
    }

    var (written, deleted) = OutputDirectory.Write(outDirectory, result.Files);
    Console.WriteLine($"CaseSdk.Generator: {result.Files.Count} files ({written} written, {deleted} deleted), {result.TypeCount} types, {result.LineCount} lines, {result.Model.Operations.Count} operations from {displayName} in {stopwatch.ElapsedMilliseconds} ms");
    return 0;
}
catch (SpecException e)
{
    foreach (var diagnostic in e.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic.ToString());
    }

    return 1;
}

static Dictionary<string, string>? ParseArguments(string[] args)
{
    var known = new HashSet<string>(StringComparer.Ordinal) { "--spec", "--out", "--namespace", "--runtime-namespace", "--spec-name" };
    var result = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i < args.Length; i += 2)
    {
        if (!known.Contains(args[i]) || i + 1 >= args.Length)
        {
            return null;
        }

        result[args[i]] = args[i + 1];
    }

    return result.ContainsKey("--spec") && result.ContainsKey("--out") ? result : null;
}

// Messages and file headers name the spec relative to the working directory, never by a machine path.
static string DisplayName(string specPath)
{
    var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(specPath));
    return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
        ? Path.GetFileName(specPath)
        : relative.Replace('\\', '/');
}
