using System.Text.Json;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// An allOf-heavy document: an inheritance chain three deep under a discriminated base, a oneOf of the leaves, and
/// an inline allOf that extends a component.
/// </summary>
public sealed class InheritanceDocumentTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Zoo, version: '2'}
        paths:
          /animals:
            get:
              operationId: listAnimals
              responses:
                '200': {description: All, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Animal'}}}}}
            post:
              operationId: createAnimal
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Animal'}}}}
              responses:
                '201': {description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/Animal'}}}}
          /pets/{id}:
            get:
              operationId: getPet
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200': {description: One, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
          /puppies:
            post:
              operationId: registerPuppy
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      allOf:
                        - {$ref: '#/components/schemas/Puppy'}
                        - {type: object, properties: {breeder: {type: string}}}
              responses:
                '200': {description: Registered, content: {application/json: {schema: {$ref: '#/components/schemas/Puppy'}}}}
        components:
          schemas:
            Entity:
              type: object
              required: [id]
              properties:
                id: {type: string}
                created: {type: string, format: date-time}
            Animal:
              description: Any animal; kind tells which.
              allOf:
                - {$ref: '#/components/schemas/Entity'}
                - type: object
                  required: [kind]
                  properties:
                    kind: {type: string}
                    name: {type: string}
              discriminator:
                propertyName: kind
                mapping:
                  dog: '#/components/schemas/Dog'
                  cat: '#/components/schemas/Cat'
            Dog:
              allOf:
                - {$ref: '#/components/schemas/Animal'}
                - type: object
                  properties:
                    barkVolume: {type: integer, format: int32}
            Cat:
              allOf:
                - {$ref: '#/components/schemas/Animal'}
                - type: object
                  properties:
                    indoor: {type: boolean}
            Puppy:
              allOf:
                - {$ref: '#/components/schemas/Dog'}
                - type: object
                  properties:
                    ageWeeks: {type: integer}
            Pet:
              oneOf:
                - {$ref: '#/components/schemas/Dog'}
                - {$ref: '#/components/schemas/Cat'}
              discriminator:
                propertyName: kind
                mapping: {dog: Dog, cat: '#/components/schemas/Cat'}
        """;

    private static readonly CompiledDocument Document = new(Spec, "Zoo");

    [Test]
    public void Generates_with_no_refusal_and_compiles_with_no_diagnostics()
    {
        Assert.That(Document.Generated.Files, Is.Not.Empty);
        Assert.That(Document.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Each_level_of_the_chain_has_the_members_of_every_level_above_it()
    {
        var puppy = Document.Model("Puppy").GetProperties().Select(p => p.Name).ToList();
        Assert.That(puppy, Is.SupersetOf(new[] { "Id", "Created", "Kind", "Name", "BarkVolume", "AgeWeeks" }));
        Assert.That(Document.Model("RegisterPuppyRequest").GetProperty("Breeder"), Is.Not.Null, "an inline allOf extends the component it names");
        Document.AssertRoundTrips("""{"id":"p1","created":"2026-01-02T03:04:05+00:00","kind":"dog","name":"Rex","barkVolume":3,"ageWeeks":9}""", "Puppy");
    }

    [Test]
    public void The_discriminator_mapping_picks_the_variant_and_an_unknown_kind_is_kept()
    {
        var dog = Document.AssertRoundTrips("""{"id":"d1","kind":"dog","barkVolume":11}""", "Pet");
        var cat = Document.AssertRoundTrips("""{"id":"c1","kind":"cat","indoor":true}""", "Pet");
        var fish = Document.AssertRoundTrips("""{"id":"f1","kind":"fish","fins":4}""", "Pet");
        Assert.That(CompiledDocument.Get(CompiledDocument.Get(dog, "Dog")!, "BarkVolume"), Is.EqualTo(11));
        Assert.That(CompiledDocument.Get(dog, "Cat"), Is.Null);
        Assert.That(CompiledDocument.Get(CompiledDocument.Get(cat, "Cat")!, "Indoor"), Is.True);
        Assert.That(CompiledDocument.Get(fish, "Dog"), Is.Null);
        Assert.That(CompiledDocument.Get(fish, "Cat"), Is.Null);
        Assert.That(((JsonElement)CompiledDocument.Get(fish, "UnknownVariant")!).GetProperty("fins").GetInt32(), Is.EqualTo(4));
    }
}
