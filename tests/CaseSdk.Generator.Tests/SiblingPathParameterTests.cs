using System.Reflection;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Sibling paths that name the parameter at one position differently share one indexer, named by the name most
/// paths use; every operation under it still sends its value in the right place.
/// </summary>
public sealed class SiblingPathParameterTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Siblings, version: '1'}
        paths:
          /team/{super_team_id}:
            get:
              operationId: GetSuperTeam
              parameters: [{name: super_team_id, in: path, required: true, schema: {type: string}}]
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Team'}}}}}
          /team/{team_id}/links:
            get:
              operationId: ListTeamLinks
              parameters: [{name: team_id, in: path, required: true, description: The team's ID., schema: {type: string}}]
              responses: {'204': {description: OK}}
          /team/{team_id}/links/{link_id}:
            delete:
              operationId: DeleteTeamLink
              parameters:
                - {name: team_id, in: path, required: true, schema: {type: string}}
                - {name: link_id, in: path, required: true, schema: {type: string}}
              responses: {'204': {description: OK}}
        components:
          schemas:
            Team: {type: object, properties: {id: {type: string}}}
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Siblings"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Siblings.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void One_indexer_takes_the_name_most_paths_use_whatever_the_document_order()
    {
        var team = Generated.Value.Model.Root.LiteralChildren.Single(c => c.Segment == "team");
        Assert.That(team.IndexerChild!.ParameterName, Is.EqualTo("team_id"));
        Assert.That(team.IndexerChild.ParameterAliases, Is.EqualTo(new[] { "super_team_id" }));
        Assert.That(team.IndexerChild.ParameterDescription, Is.EqualTo("The team's ID."));
        Assert.That(team.IndexerChild.Operations.Single().PathTemplate, Is.EqualTo("/team/{super_team_id}"));

        // The same paths with the odd name last.
        var first = Spec.IndexOf("  /team/{super_team_id}:", StringComparison.Ordinal);
        var second = Spec.IndexOf("  /team/{team_id}/links:", StringComparison.Ordinal);
        var components = Spec.IndexOf("components:", StringComparison.Ordinal);
        var reordered = Spec[..first] + Spec[second..components] + Spec[first..second] + Spec[components..];
        var again = CodeGenerator.Generate(reordered, SampleSpecs.FileName, "Siblings").Model.Root.LiteralChildren.Single(c => c.Segment == "team");
        Assert.That(again.IndexerChild!.ParameterName, Is.EqualTo("team_id"));
    }

    [Test]
    public async Task Each_operation_sends_the_value_in_its_own_path()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Siblings");
        var team = CompiledSampleTests.Navigate(root, "Team");
        var item = team.GetType().GetProperty("Item")!.GetValue(team, ["t 1"])!;
        await (Task)item.GetType().GetMethod("GetAsync")!.Invoke(item, [null, CancellationToken.None])!;
        var links = CompiledSampleTests.Navigate(item, "Links");
        var link = links.GetType().GetProperty("Item")!.GetValue(links, ["l-2"])!;
        await (Task)link.GetType().GetMethod("DeleteAsync")!.Invoke(link, [null, CancellationToken.None])!;
        Assert.That(handler.Requests.Select(r => r.Method + " " + r.RequestUri!.AbsolutePath), Is.EqualTo(new[] { "GET /team/t%201", "DELETE /team/t%201/links/l-2" }));
    }
}
