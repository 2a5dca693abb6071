using CaseSdk.Generator.Read;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>Unsupported or broken constructs fail with <c>file #/pointer: message</c> naming the right place.</summary>
public sealed class ErrorTests
{
    private static IReadOnlyList<string> Errors(string spec)
    {
        var error = Assert.Throws<SpecException>(() => CodeGenerator.Generate(spec, SampleSpecs.FileName));
        return error!.Diagnostics.Select(d => d.ToString()).ToList();
    }

    [Test]
    public void A_reference_to_a_missing_schema()
    {
        var errors = Errors(SampleSpecs.Document(SampleSpecs.GetReturning("#/components/schemas/Missing")));
        Assert.That(errors, Has.Some.StartsWith("test.yaml #/paths/~1x/get/responses/200/content/application~1json/schema").And.Contains("Missing"));
    }

    [Test]
    public void A_response_reference_to_nothing()
    {
        var errors = Errors(SampleSpecs.Document("""
            /x:
              get:
                operationId: GetX
                responses:
                  '200': {$ref: '#/components/responses/Nope'}
            """));
        Assert.That(errors, Has.Some.StartsWith("test.yaml #/paths/~1x/get/responses/200").And.Contains("Nope"));
    }

    [Test]
    public void Missing_responses()
    {
        var errors = Errors(SampleSpecs.Document("""
            /x:
              get:
                operationId: GetX
            """));
        Assert.That(errors, Has.Some.StartsWith("test.yaml #/paths/~1x/get").And.Contains("responses"));
    }

    [Test]
    public void An_unknown_type()
    {
        var errors = Errors(SampleSpecs.Document(SampleSpecs.GetReturning("#/components/schemas/Thing"), """
            Thing:
              type: object
              properties:
                n: {type: strin}
            """));
        Assert.That(errors, Has.Some.StartsWith("test.yaml #/components/schemas/Thing/properties/n").And.Contains("strin"));
    }

    [Test]
    public void Missing_operation_ids()
    {
        var errors = Errors(SampleSpecs.Document("""
            /x:
              get:
                parameters: [{name: X-Thing, in: header, schema: {type: string}}]
                responses:
                  '204': {description: OK}
              delete:
                operationId: DeleteX
                parameters: [{name: X-Thing, in: header, schema: {type: string}}]
                responses:
                  '204': {description: OK}
            """));
        Assert.That(errors, Has.Some.EqualTo("test.yaml #/paths/~1x/get: the operation has no operationId"));
    }
}
