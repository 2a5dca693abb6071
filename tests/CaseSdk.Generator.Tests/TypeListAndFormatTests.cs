using System.Reflection;
using System.Text.Json;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Several types in one schema make a union told apart by the JSON shape; an unknown format keeps the JSON type
/// with a located warning instead of a refusal.
/// </summary>
public sealed class TypeListAndFormatTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: {title: TypeLists, version: '1'}
        paths:
          /things:
            get:
              operationId: GetThing
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
        components:
          schemas:
            Thing:
              type: object
              properties:
                value: {type: [string, integer, boolean]}
                blob: {type: string, format: binary}
                big: {type: integer, format: int128}
                mixed: {type: [object, string]}
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "TypeLists"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "TypeLists.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    private static JsonSerializerOptions Options => (JsonSerializerOptions)Assembly.GetType("TypeLists.CaseSdkJsonOptions")!.GetProperty("Default")!.GetValue(null)!;

    private static object Read(string json) => JsonSerializer.Deserialize(json, Options.GetTypeInfo(Assembly.GetType("TypeLists.Models.Thing", throwOnError: true)!))!;

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void Unknown_formats_and_untypable_type_lists_are_located_warnings()
    {
        Assert.That(Generated.Value.Model.Warnings.Select(w => w.ToString()), Is.EqualTo(new[]
        {
            "test.yaml #/components/schemas/Thing/properties/blob/format: format 'binary' of type 'string' is not known; the value is read as string",
            "test.yaml #/components/schemas/Thing/properties/big/format: format 'int128' of type 'integer' is not known; the value is read as long",
            "test.yaml #/components/schemas/Thing/properties/mixed/type: a schema with several types (string, object) is read as any JSON value",
        }).AsCollection);
    }

    [TestCase("\"on\"", "IsString", "AsString", "on")]
    [TestCase("42", "IsInt64", "AsInt64", 42L)]
    [TestCase("true", "IsBoolean", "AsBoolean", true)]
    public void Each_type_of_a_type_list_reads_and_writes_back(string json, string isProperty, string asProperty, object expected)
    {
        var thing = Read($$"""{"value":{{json}},"big":5,"blob":"AAEC"}""");
        var value = thing.GetType().GetProperty("Value")!.GetValue(thing)!;
        Assert.That(value.GetType().GetProperty(isProperty)!.GetValue(value), Is.True);
        Assert.That(value.GetType().GetProperty(asProperty)!.GetValue(value), Is.EqualTo(expected));
        Assert.That(thing.GetType().GetProperty("Big")!.GetValue(thing), Is.EqualTo(5L));
        Assert.That(JsonSerializer.Serialize(thing, Options.GetTypeInfo(thing.GetType())), Is.EqualTo($$"""{"value":{{json}},"blob":"AAEC","big":5}"""));
    }
}
