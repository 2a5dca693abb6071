using System.Text.Json.Nodes;
using CaseSdk.Generator.Read;

namespace CaseSdk.Spec.Tests.Reconciliation;

/// <summary>The comparer itself: it finds planted disagreements, and only those.</summary>
public sealed class ComparerSelfTests
{
    private static JsonObject OurSpec() => SpecFile.Result.Json.DeepClone().AsObject();

    [Test]
    public void Spec_compared_with_itself_has_no_disagreement()
    {
        Assert.That(OperationComparer.Compare(OurSpec(), OurSpec()).Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void A_removed_request_member_is_reported_with_its_path()
    {
        var ours = OurSpec();
        var attributes = ours["components"]!["schemas"]!["CaseCreateAttributes"]!.AsObject();
        attributes["properties"]!.AsObject().Remove("type_id");
        attributes["required"]!.AsArray().RemoveAll(n => n!.GetValue<string>() == "type_id");

        var found = OperationComparer.Compare(ours, OurSpec()).Select(d => d.ToString());

        Assert.That(found, Is.EquivalentTo(new[]
        {
            "CreateCase request data.attributes.type_id: missing in ours",
            "CreateCase request data.attributes.type_id: required in the reference, optional in ours",
        }));
    }

    [Test]
    public void A_changed_shared_shape_is_reported_in_every_operation_that_uses_it()
    {
        var ours = OurSpec();
        ours["components"]!["schemas"]!["CaseAttributes"]!["properties"]!["closed_at"]!["nullable"] = false;

        var found = OperationComparer.Compare(ours, OurSpec()).Select(d => d.ToString()).ToList();

        Assert.That(found, Has.Count.EqualTo(9));
        Assert.That(found, Does.Contain("SearchCases response 200 data[].attributes.closed_at nullable: ours false, reference true"));
        Assert.That(found, Does.Contain("GetCase response 200 data.attributes.closed_at nullable: ours false, reference true"));
    }

    [Test]
    public void Parameters_responses_scopes_and_pagination_are_compared()
    {
        var ours = OurSpec();
        var listRoles = ours["paths"]!["/api/v2/roles"]!["get"]!.AsObject();
        listRoles["parameters"]!.AsArray().RemoveAt(0);
        listRoles["responses"]!.AsObject().Remove("429");
        listRoles["security"]![1]!["AuthZ"]![0] = "user_access_manage";
        listRoles["x-pagination"]!["pageStart"] = 1;

        var found = OperationComparer.Compare(ours, OurSpec()).Select(d => d.ToString()).ToList();

        Assert.That(found, Is.EquivalentTo(new[]
        {
            "ListRoles parameter page[size]: missing in ours",
            "ListRoles response 429: missing in ours",
            "ListRoles security: AuthZ[user_access_read] missing in ours",
            "ListRoles security: AuthZ[user_access_manage] missing in the reference",
            """ListRoles x-pagination: ours {"limitParam":"page[size]","pageParam":"page[number]","pageStart":1,"resultsPath":"data"}, reference {"limitParam":"page[size]","pageParam":"page[number]","pageStart":0,"resultsPath":"data"}""",
        }));
    }

    private const string Recursive = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /nodes:
            get:
              operationId: GetNode
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/NAME'
        components:
          schemas:
            NAME:
              type: object
              properties:
                label: {type: string}
                status:
                  $ref: '#/components/schemas/NAMEStatus'
                children:
                  type: array
                  items:
                    $ref: '#/components/schemas/NAME'
            NAMEStatus:
              type: string
              enum: [OPEN, CLOSED]
        """;

    private static JsonObject Parse(string yaml) => YamlToJson.Convert(yaml, "test.yaml")!.AsObject();

    [Test]
    [CancelAfter(10_000)]
    public void Recursive_schemas_are_compared_by_shape_whatever_their_names()
    {
        var ours = Parse(Recursive.Replace("NAME", "Node", StringComparison.Ordinal));
        var reference = Parse(Recursive.Replace("NAME", "TreeNode", StringComparison.Ordinal));

        Assert.That(OperationComparer.Compare(ours, reference), Is.Empty);
    }

    [Test]
    [CancelAfter(10_000)]
    public void Differences_inside_recursive_schemas_and_ref_siblings_are_found()
    {
        var ours = Parse(Recursive.Replace("NAME", "Node", StringComparison.Ordinal));
        var reference = Parse(Recursive.Replace("NAME", "TreeNode", StringComparison.Ordinal)
            .Replace("label: {type: string}", "label: {type: string, nullable: true}", StringComparison.Ordinal)
            .Replace("enum: [OPEN, CLOSED]", "enum: [OPEN, CLOSED, ON_HOLD]", StringComparison.Ordinal)
            .Replace("$ref: '#/components/schemas/TreeNodeStatus'", "$ref: '#/components/schemas/TreeNodeStatus'\n          deprecated: true", StringComparison.Ordinal));

        var found = OperationComparer.Compare(ours, reference).Select(d => d.ToString());

        Assert.That(found, Is.EquivalentTo(new[]
        {
            "GetNode response 200 label nullable: ours false, reference true",
            "GetNode response 200 status deprecated: ours false, reference true",
            "GetNode response 200 status enum: \"ON_HOLD\" missing in ours",
        }));
    }

    [Test]
    public void Unlisted_disagreements_and_stale_deviations_are_both_reported()
    {
        Disagreement[] found =
        [
            new("A request x", "missing in ours", "missing in ours"),
            new("B request y", "nullable", "ours false, reference true"),
        ];
        Deviation[] listed = [new(@"A request x: missing in ours", "covers A"), new(@"C .*", "covers nothing")];

        var (unexplained, stale) = ReconciliationTests.Classify(found, listed);

        Assert.That(unexplained, Is.EqualTo(new[] { found[1] }));
        Assert.That(stale, Is.EqualTo(new[] { listed[1] }));
    }
}
