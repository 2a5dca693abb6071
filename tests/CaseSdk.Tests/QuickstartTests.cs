using System.Text.RegularExpressions;
using CaseSdk.Testing;
using Quickstart;

namespace CaseSdk.Tests;

/// <summary>The README's quickstart runs, unchanged, against the Prism mock of the spec.</summary>
public sealed class QuickstartTests
{
    [Test]
    public void Readme_shows_the_quickstart_code_exactly()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "Quickstart", "QuickstartExample.cs"));
        var match = Regex.Match(source, @"// quickstart:start\r?\n(?<code>.*?)\r?\n\s*// quickstart:end", RegexOptions.Singleline);
        Assert.That(match.Success, Is.True, "QuickstartExample.cs has the quickstart markers");
        var code = Dedent(match.Groups["code"].Value);

        Assert.That(File.ReadAllText(RepositoryPaths.Readme).Replace("\r\n", "\n", StringComparison.Ordinal), Does.Contain(code));
    }

    [Test]
    public async Task Quickstart_runs_against_the_prism_mock()
    {
        var unavailable = PrismServer.UnavailableReason();
        if (unavailable is not null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail(unavailable);
            }

            Assert.Ignore(unavailable);
        }

        await using var prism = await PrismServer.StartAsync();
        using var client = new DatadogClient(new DatadogClientOptions
        {
            BaseAddress = prism.BaseAddress,
            Credentials = DatadogCredentials.FromApiKeys("quickstart-api-key", "quickstart-app-key"),
        });
        var output = new StringWriter();

        await QuickstartExample.RunAsync(client, "3b010bde-09ce-4449-b745-71dd5f861963", "00000000-0000-0000-0000-000000000000", output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("Created "));
        Assert.That(lines, Has.Some.StartsWith("Role "));
        Assert.That(prism.Output, Does.Not.Contain("violation").IgnoreCase.And.Not.Contain("quickstart-api-key"));
    }

    private static string Dedent(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l.Substring(indent) : l.TrimStart()));
    }
}
