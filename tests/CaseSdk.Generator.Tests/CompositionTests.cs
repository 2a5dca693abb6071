using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// allOf as composition (one model with every part's members and required names), a single-<c>$ref</c> allOf as
/// that type, and anyOf read like a shape-told oneOf.
/// </summary>
public sealed class CompositionTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Composition, version: '1'}
        paths:
          /pets:
            post:
              operationId: CreatePet
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Dog'}}}}
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Dog'}}}}
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                tag: {type: string, nullable: true}
            Dog:
              allOf:
                - $ref: '#/components/schemas/Pet'
                - type: object
                  required: [bark]
                  properties:
                    bark: {type: boolean}
                    owner:
                      description: Who owns the dog.
                      allOf: [{$ref: '#/components/schemas/Pet'}]
                    size:
                      anyOf:
                        - {type: string}
                        - {type: integer}
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Composition"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Composition.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    private static JsonSerializerOptions Options => (JsonSerializerOptions)Assembly.GetType("Composition.CaseSdkJsonOptions")!.GetProperty("Default")!.GetValue(null)!;

    private static Type Model(string name) => Assembly.GetType("Composition.Models." + name, throwOnError: true)!;

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void AllOf_merges_the_members_and_required_names_of_every_part()
    {
        var dog = Generated.Value.Model.Models.Single(m => m.Name == "Dog");
        Assert.That(dog.Properties.Select(p => p.WireName), Is.EqualTo(new[] { "name", "tag", "bark", "owner", "size" }));
        Assert.That(dog.Properties.Where(p => p.Required).Select(p => p.WireName), Is.EqualTo(new[] { "name", "bark" }));
        Assert.That(dog.Properties.Single(p => p.WireName == "tag").Nullable, Is.True);
        Assert.That(Model("Dog").GetProperty("Owner")!.PropertyType, Is.EqualTo(Model("Pet")));
    }

    [TestCase("\"large\"")]
    [TestCase("40")]
    public void A_composed_model_and_an_anyOf_member_round_trip(string size)
    {
        var json = $$"""{"name":"Rex","tag":null,"bark":true,"owner":{"name":"Ann"},"size":{{size}}}""";
        var dog = JsonSerializer.Deserialize(json, Options.GetTypeInfo(Model("Dog")))!;
        var written = JsonSerializer.Serialize(dog, Options.GetTypeInfo(Model("Dog")));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)), Is.True, written);
        var read = Model("Dog").GetProperty("Size")!.GetValue(dog)!;
        Assert.That(read.GetType().GetProperty(size.StartsWith('"') ? "IsString" : "IsInt64")!.GetValue(read), Is.True);
    }

    [Test]
    public void A_required_member_from_a_referenced_part_is_checked_before_sending()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Composition");
        var pets = CompiledSampleTests.Navigate(root, "Pets");
        var dog = Activator.CreateInstance(Model("Dog"))!;
        Model("Dog").GetProperty("Bark")!.SetValue(dog, true);
        var e = Assert.Throws<TargetInvocationException>(() => pets.GetType().GetMethod("PostAsync")!.Invoke(pets, [dog, null, CancellationToken.None]))!;
        Assert.That(e.InnerException, Is.InstanceOf<ArgumentException>().With.Message.Contains("name"));
        Assert.That(handler.Requests, Is.Empty);
    }
}
