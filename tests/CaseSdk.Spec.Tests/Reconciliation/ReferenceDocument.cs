using System.Text.Json.Nodes;
using CaseSdk.Generator.Read;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>
/// Datadog's own OpenAPI document, beside the repository at <c>../shared/reference/</c>. It is reference data, not
/// part of the project: tests that need it are skipped where it is absent, except under CI, where it must be there.
/// </summary>
internal static class ReferenceDocument
{
    private static readonly Lazy<JsonObject> LazyDocument = new(() =>
        YamlToJson.Convert(File.ReadAllText(Location), "datadog-v2-openapi.yaml")!.AsObject());

    public static string Location => Path.GetFullPath(Path.Combine(
        Path.GetDirectoryName(SpecFile.Location)!, "..", "..", "shared", "reference", "datadog-v2-openapi.yaml"));

    /// <summary>The parsed document, or the test is skipped (failed under <c>CI=true</c>) with the reason.</summary>
    public static JsonObject Require()
    {
        if (!File.Exists(Location))
        {
            var reason = $"Datadog's reference document is not at {Location} (it sits beside the repository, in ../shared/reference/)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + "; CI always has it");
            }

            Assert.Ignore(reason);
        }

        return LazyDocument.Value;
    }
}
