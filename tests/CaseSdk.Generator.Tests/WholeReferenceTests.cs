using System.Diagnostics;
using CaseSdk.Generator.Read;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Datadog's whole reference document (985 operations) generates with no refusal, the same twice over. That its
/// output compiles with the runtime, for every target framework and with no warning, is tests/ReferenceBuild's proof
/// (the ReferenceBuild build target).
/// </summary>
[NonParallelizable]
public sealed class WholeReferenceTests
{
    private static readonly Lazy<(GenerationResult? Result, SpecException? Error, TimeSpan Elapsed)> First = new(Generate);

    [OneTimeSetUp]
    public void RequireReference()
    {
        ReferenceSubset.RequireReference();
    }

    [Test]
    public void Generates_every_operation_with_no_refusal()
    {
        var (result, error, elapsed) = First.Value;
        Assert.That(error?.Diagnostics.Select(d => d.ToString()), Is.Null, "refusals");
        Assert.That(result!.Model.Operations, Has.Count.EqualTo(CountOperations()));
        TestContext.Out.WriteLine($"{result.Model.Operations.Count} operations, {result.TypeCount} files, {result.LineCount} lines, {result.Model.Warnings.Count} warnings, generated in {elapsed.TotalSeconds:F1} s");
        foreach (var warning in result.Model.Warnings)
        {
            TestContext.Out.WriteLine("warning: " + warning);
        }
    }

    [Test]
    public void Generates_the_same_files_twice()
    {
        var first = First.Value.Result ?? throw new AssertionException("the first run refused the document");
        var (second, error, _) = Generate();
        Assert.That(error, Is.Null);
        Assert.That(second!.Files.Select(f => f.RelativePath), Is.EqualTo(first.Files.Select(f => f.RelativePath)));
        var different = first.Files.Zip(second.Files).Where(p => p.First.Content != p.Second.Content).Select(p => p.First.RelativePath).ToList();
        Assert.That(different, Is.Empty);
    }

    private static (GenerationResult? Result, SpecException? Error, TimeSpan Elapsed) Generate()
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var result = CodeGenerator.Generate(File.ReadAllText(ReferenceSubset.ReferenceFile), "datadog-v2-openapi.yaml", "Datadog");
            return (result, null, watch.Elapsed);
        }
        catch (SpecException e)
        {
            return (null, e, watch.Elapsed);
        }
    }

    /// <summary>Counts operations in the document as written (method keys under each path), independently of the model.</summary>
    private static int CountOperations()
    {
        var methods = new HashSet<string>(StringComparer.Ordinal) { "get", "put", "post", "patch", "delete", "head", "options", "trace" };
        var json = YamlToJson.Convert(File.ReadAllText(ReferenceSubset.ReferenceFile), "datadog-v2-openapi.yaml")!;
        return json["paths"]!.AsObject().Sum(p => p.Value!.AsObject().Count(m => methods.Contains(m.Key)));
    }
}
