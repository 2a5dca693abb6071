using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// A document with no components at all: nothing generated refers to a models namespace that does not exist.
/// </summary>
public sealed class NoComponentsDocumentTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Bare, version: '1'}
        paths:
          /health:
            get:
              operationId: get-health
              responses:
                '200': {description: Up, content: {text/plain: {schema: {type: string}}}}
          /cache:
            delete:
              operationId: purge_cache
              parameters: [{name: older-than, in: query, schema: {type: integer}}]
              responses:
                '204': {description: Purged}
          /count:
            get:
              operationId: count
              responses:
                '200': {description: Count, content: {application/json: {schema: {type: integer, format: int64}}}}
        """;

    private static readonly CompiledDocument Document = new(Spec, "Bare");

    [Test]
    public void Generates_with_no_refusal_and_compiles_with_no_diagnostics()
    {
        Assert.That(Document.Generated.Files, Is.Not.Empty);
        Assert.That(Document.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Nothing_refers_to_a_models_namespace()
    {
        Assert.That(Document.Generated.Files.Where(f => f.Content.Contains("Bare.Models", StringComparison.Ordinal)).Select(f => f.RelativePath), Is.Empty);
        Assert.That(Document.Generated.Files.Where(f => f.RelativePath.StartsWith("Models/", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task Kebab_and_snake_case_operations_are_callable()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Document.Assembly, "Bare");
        handler.Body = "42";
        var count = CompiledSampleTests.Navigate(root, "Count");
        Assert.That(await (Task<long>)count.GetType().GetMethod("GetAsync")!.Invoke(count, [null, CancellationToken.None])!, Is.EqualTo(42));
        handler.Body = "up";
        var health = CompiledSampleTests.Navigate(root, "Health");
        Assert.That(await (Task<string>)health.GetType().GetMethod("GetAsync")!.Invoke(health, [null, CancellationToken.None])!, Is.EqualTo("up"));
    }
}
