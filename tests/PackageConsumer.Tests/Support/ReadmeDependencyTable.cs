using System.Text.RegularExpressions;
using CaseSdk.Testing;

namespace PackageConsumer.Tests.Support;

/// <summary>
/// The README's table of the packages' dependencies (section "The NuGet package"): rows of
/// <c>| `Package` | `framework`, `framework` | `Dependency`, `Dependency` |</c>.
/// </summary>
internal static partial class ReadmeDependencyTable
{
    private const string Header = "| Package | Target frameworks | Depends on |";

    /// <summary>The dependency ids the README lists for a package on a target framework, or null when it has no such row.</summary>
    public static string[]? DependenciesOf(string packageId, string framework)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Readme);
        var start = Array.IndexOf(lines, Header);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"README.md has the dependency table headed '{Header}'");

        foreach (var line in lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length == 5 && Names(cells[1]).SequenceEqual([packageId]) && Names(cells[2]).Contains(framework))
            {
                return Names(cells[3]).Order(StringComparer.Ordinal).ToArray();
            }
        }

        return null;
    }

    private static IEnumerable<string> Names(string cell) => CodeSpan().Matches(cell).Select(m => m.Groups["name"].Value);

    [GeneratedRegex("`(?<name>[^`]+)`")]
    private static partial Regex CodeSpan();
}
