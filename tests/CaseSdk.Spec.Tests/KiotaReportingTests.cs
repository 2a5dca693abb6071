using System.Diagnostics;

namespace CaseSdk.Spec.Tests;

/// <summary>
/// The Lint target's Kiota check reads Kiota's .kiota.log, because Kiota exits 0 on warnings and even on a spec it
/// cannot parse. These tests run the pinned Kiota CLI on small broken specs and prove that what the check relies on
/// holds: each problem is a "Warning:" or "Error:" line in that file, with the spec location Kiota gives.
/// </summary>
public sealed class KiotaReportingTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Test]
    public void A_warning_is_logged_with_its_spec_location_while_kiota_exits_0()
    {
        const string getWithBody = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            servers:
              - url: https://api.example.com
            paths:
              /things:
                get:
                  operationId: ListThings
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object}
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema: {type: string, format: int32}
            """;

        var (exitCode, log) = RunKiota(getWithBody);

        Assert.That(exitCode, Is.Zero, "Kiota exits 0 on warnings, so the check cannot rely on the exit code");
        Assert.That(log, Has.Some.Matches(@"^Warning: \S+ OpenAPI warning: #/paths/~1things - A GET operation with a body was found\."));
        Assert.That(log, Has.Some.Matches(@"^Warning: \S+ OpenAPI warning: #/paths/~1things/get/responses/200/content/application~1json/schema - The format int32 is not supported"));
    }

    [Test]
    public void A_spec_that_does_not_parse_is_an_error_line_while_kiota_exits_0()
    {
        var (exitCode, log) = RunKiota("openapi: 3.0.3\ninfo: [unclosed\n");

        Assert.That(exitCode, Is.Zero, "Kiota exits 0 on a spec it cannot parse, so the check cannot rely on the exit code");
        Assert.That(log, Has.Some.Matches(@"^Error: \S+ OpenAPI error: .*Unable to parse the YAML document at line 3"));
    }

    private static (int ExitCode, string[] Log) RunKiota(string specText)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SpecFile.Location)!, ".."));
        var work = Path.Combine(Path.GetTempPath(), "casesdk-kiota-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var spec = Path.Combine(work, "spec.yaml");
            File.WriteAllText(spec, specText);
            var output = Path.Combine(work, "out");
            var (exitCode, text) = Run(root, ["tool", "run", "kiota", "generate", "--openapi", spec, "--language", "CSharp", "--output", output, "--clean-output", "--log-level", "Warning"]);
            if (exitCode != 0 && (text.Contains("Cannot find a tool in the manifest file", StringComparison.Ordinal) || text.Contains("dotnet tool restore", StringComparison.Ordinal)))
            {
                RequireTool($"the Kiota CLI is not restored ('dotnet tool restore' in {root} installs it from .config/dotnet-tools.json)");
            }

            var log = Path.Combine(output, ".kiota.log");
            Assert.That(File.Exists(log), Is.True, $"Kiota wrote no {log}; it said: {text}");
            return (exitCode, File.ReadAllLines(log));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Offline: no update check, no hints.
        start.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
        start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        start.Environment["KIOTA_CONSOLE_COLORS_ENABLED"] = "false";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"Kiota did not finish within {Limit.TotalSeconds} s");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    // Absent tool: skipped with the reason on a developer's machine, a failure on CI.
    private static void RequireTool(string reason)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(reason);
        }

        Assert.Ignore(reason);
    }
}
