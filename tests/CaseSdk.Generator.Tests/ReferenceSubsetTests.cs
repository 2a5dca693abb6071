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

    private static TimeSpan compileTime;

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
    {
        var watch = Stopwatch.StartNew();
        var compiled = InMemoryCompiler.Compile(Generated.Value.Result.Files, "Reference.Generated");
        compileTime = watch.Elapsed;
        return compiled;
    });

    [OneTimeSetUp]
    public void RequireReference()
    {
        ReferenceSubset.RequireReference();
    }

    [Test]
    public void The_subset_has_every_operation_of_our_spec_and_generates_with_no_refusal()
    {
        var subset = Generated.Value;
        Assert.That(subset.Error, Is.Null, subset.Error?.Message);
        Assert.That(subset.Result.Model.Operations.Select(o => o.OperationId), Is.EquivalentTo(ReferenceSubset.SpecOperationIds()));
        TestContext.Out.WriteLine($"{subset.Result.Model.Operations.Count} operations, {subset.Result.Model.Models.Count} models, {subset.Result.Model.Enums.Count} enums, {subset.Result.Model.Unions.Count} discriminated unions, {subset.Result.Model.ValueUnions.Count} value unions, {subset.Result.TypeCount} files, {subset.Result.LineCount} lines, generated in {subset.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Generated.Value.Error, Is.Null, Generated.Value.Error?.Message);
        var compiled = Compiled.Value;
        TestContext.Out.WriteLine($"compiled with the STJ source generator in {compileTime.TotalSeconds:F1} s");
        Assert.That(compiled.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(compiled.Assembly, Is.Not.Null);
    }

    private static IEnumerable<TestCaseData> Payloads()
    {
        if (!File.Exists(ReferenceSubset.ReferenceFile))
        {
            yield return new TestCaseData(string.Empty, string.Empty, string.Empty).SetName("Reference_document_is_absent");
            yield break;
        }

        var document = Generated.Value.Document;
        var maximal = new MaximalInstance(document);
        foreach (var (path, method, operation) in ReferenceSubset.Operations(document))
        {
            var id = operation["operationId"]!.GetValue<string>();
            if (operation["requestBody"]?["content"]?["application/json"] is { } request)
            {
                yield return new TestCaseData(id, "request", maximal.Of(request["schema"])!.ToJsonString()).SetName($"{id}_request_maximal_instance_round_trips_typed");
            }

            foreach (var (code, response) in operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('2')))
            {
                if (Resolve(document, response)?["content"]?["application/json"] is not { } content)
                {
                    continue;
                }

                yield return new TestCaseData(id, "response", maximal.Of(content["schema"])!.ToJsonString()).SetName($"{id}_{code}_maximal_instance_round_trips_typed");
                foreach (var (name, example) in content["examples"]?.AsObject() ?? [])
                {
                    yield return new TestCaseData(id, "response", example!["value"]!.ToJsonString()).SetName($"{id}_{code}_example_{name}_round_trips_typed");
                }

                if (content["example"] is { } single)
                {
                    yield return new TestCaseData(id, "response", single.ToJsonString()).SetName($"{id}_{code}_example_round_trips_typed");
                }
            }

            _ = (path, method);
        }
    }

    [TestCaseSource(nameof(Payloads))]
    public void Payload_round_trips_with_every_member_typed(string operationId, string direction, string json)
    {
        var assembly = Compiled.Value.Assembly ?? throw new AssertionException("the subset did not compile");
        var operation = Generated.Value.Result.Model.Operations.Single(o => o.OperationId == operationId);
        var type = direction == "request" ? operation.BodyType! : operation.ResponseType!;
        var clrType = assembly.GetType("Reference.Models." + ((Model.NamedRef)type).Name, throwOnError: true)!;
        var options = (JsonSerializerOptions)assembly.GetType("Reference.CaseSdkJsonOptions")!.GetProperty("Default")!.GetValue(null)!;

        var value = JsonSerializer.Deserialize(json, options.GetTypeInfo(clrType));
        var untyped = new List<string>();
        TypedGraph.FindUntyped(value, "$", assembly, untyped);
        Assert.That(untyped, Is.Empty, "members or values that were not typed");

        var written = JsonSerializer.Serialize(value, options.GetTypeInfo(clrType));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)), Is.True, $"written back:\n{written}\nread:\n{json}");
    }

    [Test]
    public void A_live_shaped_case_reads_custom_attributes_of_every_kind_typed_and_an_untyped_member_is_caught()
    {
        var assembly = Compiled.Value.Assembly ?? throw new AssertionException("the subset did not compile");
        var options = (JsonSerializerOptions)assembly.GetType("Reference.CaseSdkJsonOptions")!.GetProperty("Default")!.GetValue(null)!;
        var type = assembly.GetType("Reference.Models.CaseResponse", throwOnError: true)!;
        const string json = """
            {"data":{"id":"c1","type":"case","attributes":{"status_name":"Open","custom_attributes":{
              "a":{"is_multi":false,"type":"TEXT","value":"text"},"b":{"is_multi":true,"type":"TEXT","value":["x","y"]},
              "c":{"is_multi":false,"type":"NUMBER","value":4.5},"d":{"is_multi":true,"type":"NUMBER","value":[1,2.5]},
              "e":{"is_multi":false,"type":"TEXT","value":{"surprise":true}}}}}}
            """;
        var value = JsonSerializer.Deserialize(json, options.GetTypeInfo(type));
        var attributes = CompiledSampleTests.Navigate(value!, "Data", "Attributes");
        var custom = (System.Collections.IDictionary)attributes.GetType().GetProperty("CustomAttributes")!.GetValue(attributes)!;
        object Union(string key) => custom[key]!.GetType().GetProperty("Value")!.GetValue(custom[key])!;
        Assert.That(Union("a").GetType().GetProperty("AsString")!.GetValue(Union("a")), Is.EqualTo("text"));
        Assert.That(Union("b").GetType().GetProperty("AsStringList")!.GetValue(Union("b")), Is.EqualTo(new[] { "x", "y" }));
        Assert.That(Union("c").GetType().GetProperty("AsDouble")!.GetValue(Union("c")), Is.EqualTo(4.5));
        Assert.That(Union("d").GetType().GetProperty("AsDoubleList")!.GetValue(Union("d")), Is.EqualTo(new[] { 1.0, 2.5 }));

        var untyped = new List<string>();
        TypedGraph.FindUntyped(value, "$", assembly, untyped);
        Assert.That(untyped, Has.Count.EqualTo(1).And.Some.Contains("unknown variant {\"surprise\":true}"));
        var written = JsonSerializer.Serialize(value, options.GetTypeInfo(type));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)), Is.True, written);
    }

    private static JsonNode? Resolve(JsonObject document, JsonNode? node)
    {
        while (node?["$ref"]?.GetValue<string>() is { } reference)
        {
            node = reference.Split('/').Skip(1).Aggregate((JsonNode)document, (n, part) => n[part]!);
        }

        return node;
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
