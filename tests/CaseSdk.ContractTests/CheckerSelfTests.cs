using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;
using CaseSdk.Models;

namespace CaseSdk.ContractTests;

/// <summary>
/// The checkers the contract tests rely on reject what they must: a validator that accepts everything proves nothing.
/// </summary>
public sealed class CheckerSelfTests
{
    private static JsonNode CreateCaseExample => ContractSpec.Operation("CreateCase").RequestExample!;

    [Test]
    public async Task Schema_validator_accepts_the_spec_example()
    {
        Assert.That(await ComponentSchemas.ValidateAsync("CaseCreateRequest", CreateCaseExample.ToJsonString()), Is.Empty);
    }

    [TestCase("/data/attributes/title", "42", "StringExpected", TestName = "{m}(wrong type)")]
    [TestCase("/data/attributes/priority", "\"P9\"", "NotInEnumeration", TestName = "{m}(value outside the enum)")]
    [TestCase("/data/type", "\"cases\"", "NotInEnumeration", TestName = "{m}(wrong resource type)")]
    [TestCase("/data/relationships/project", "null", "ObjectExpected", TestName = "{m}(null where the spec does not allow it)")]
    [TestCase("/data/relationships/project/data/id", "[\"x\"]", "StringExpected", TestName = "{m}(array instead of a string)")]
    public async Task Schema_validator_rejects_a_wrong_body(string pointer, string value, string expectedKind)
    {
        var body = JsonEdit.With(CreateCaseExample, pointer, JsonNode.Parse(value));

        var errors = await ComponentSchemas.ValidateAsync("CaseCreateRequest", body.ToJsonString());

        Assert.That(errors, Has.Some.StartsWith(expectedKind), string.Join("\n", errors));
    }

    [TestCase("title")]
    [TestCase("type_id")]
    public async Task Schema_validator_rejects_a_missing_required_member(string member)
    {
        var body = CreateCaseExample.DeepClone();
        body["data"]!["attributes"]!.AsObject().Remove(member);

        var errors = await ComponentSchemas.ValidateAsync("CaseCreateRequest", body.ToJsonString());

        Assert.That(errors, Has.Some.StartsWith("PropertyRequired"), string.Join("\n", errors));
    }

    [TestCase("/data/relationships/assignee", TestName = "{m}(nullable relationship)")]
    [TestCase("/data/relationships/assignee/data", TestName = "{m}(nullable relationship data)")]
    public async Task Schema_validator_honours_nullable(string pointer)
    {
        var body = JsonEdit.With(CreateCaseExample, pointer, null);

        Assert.That(await ComponentSchemas.ValidateAsync("CaseCreateRequest", body.ToJsonString()), Is.Empty);
    }

    [TestCase("page%5Bsize%5D=101", "above the maximum 100")]
    [TestCase("page%5Bsize%5D=ten", "not an integer")]
    [TestCase("page%5Bnumber%5D=1.5", "not an integer")]
    [TestCase("sort%5Bfield%5D=title", "not one of the enum values")]
    [TestCase("sort%5Basc%5D=yes", "not 'true' or 'false'")]
    [TestCase("page%5Bsise%5D=10", "is not a query parameter of SearchCases")]
    [TestCase("page%5Bsize%5D=10&page%5Bsize%5D=20", "is sent 2 times")]
    public void Query_check_rejects_a_wrong_parameter(string query, string expected)
    {
        var problems = QueryParameterContract.Problems(ContractSpec.Operation("SearchCases"), new Uri("https://api.datadoghq.com/api/v2/cases?" + query));

        Assert.That(problems, Has.Some.Contains(expected));
    }

    [Test]
    public void Query_check_accepts_valid_parameters()
    {
        var uri = new Uri("https://api.datadoghq.com/api/v2/cases?page%5Bsize%5D=100&page%5Bnumber%5D=1&sort%5Bfield%5D=status&sort%5Basc%5D=true&filter=a%20b");

        Assert.That(QueryParameterContract.Problems(ContractSpec.Operation("SearchCases"), uri), Is.Empty);
    }

    [Test]
    public void Json_comparison_ignores_member_order_and_number_spelling_only()
    {
        var original = JsonNode.Parse("""{"a":1,"b":{"c":[1,2],"d":null},"t":"2019-09-19T10:00:00.000Z"}""");

        Assert.Multiple(() =>
        {
            Assert.That(JsonComparison.Differences(original, JsonNode.Parse("""{"t":"2019-09-19T10:00:00+00:00","b":{"d":null,"c":[1,2.0]},"a":1}""")), Is.Empty);
            Assert.That(JsonComparison.Differences(original, JsonNode.Parse("""{"a":1,"b":{"c":[2,1],"d":null},"t":"2019-09-19T10:00:00.000Z"}""")), Is.Not.Empty, "array order");
            Assert.That(JsonComparison.Differences(original, JsonNode.Parse("""{"a":"1","b":{"c":[1,2],"d":null},"t":"2019-09-19T10:00:00.000Z"}""")), Is.Not.Empty, "number became a string");
            Assert.That(JsonComparison.Differences(original, JsonNode.Parse("""{"a":1,"b":{"c":[1,2]},"t":"2019-09-19T10:00:00.000Z"}""")), Is.Not.Empty, "explicit null dropped");
            Assert.That(JsonComparison.Differences(original, JsonNode.Parse("""{"A":1,"b":{"c":[1,2],"d":null},"t":"2019-09-19T10:00:00.000Z"}""")), Is.Not.Empty, "member renamed");
            Assert.That(JsonComparison.Differences(original, JsonNode.Parse("""{"a":1,"b":{"c":[1,2],"d":null},"t":"2019-09-19T10:00:01.000Z"}""")), Is.Not.Empty, "another instant");
        });
    }

    [Test]
    public void Model_coverage_reports_a_member_that_only_landed_in_AdditionalData()
    {
        var json = JsonNode.Parse("""{"data":{"id":"c-1","type":"case","attributes":{"titel":"misspelt","title":"right"}}}""");
        var model = System.Text.Json.JsonSerializer.Deserialize(json!.ToJsonString(), CaseSdkJsonSerializerContext.Default.CaseResponse);

        Assert.That(ModelCoverage.Problems(json, model), Is.EqualTo(new[] { "/data/attributes/titel: CaseAttributes has no property for it (kept only in AdditionalData)" }));
    }

    [Test]
    public void Model_coverage_reports_a_value_that_differs()
    {
        var json = JsonNode.Parse("""{"data":{"id":"c-1","type":"case","attributes":{"priority":"P1"}}}""");
        var model = new CaseResponse { Data = new Case { Id = "c-1", Attributes = new CaseAttributes { Priority = CasePriority.P2 } } };

        Assert.That(ModelCoverage.Problems(json, model), Has.Some.StartsWith("/data/attributes/priority"));
    }
}
