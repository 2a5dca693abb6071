using System.Net;
using System.Text.Json.Nodes;
using CaseSdk.Models;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

/// <summary>
/// A request carries what the caller set, in today's API's terms: <c>type_id</c> and <c>custom_attributes</c> on a new
/// case, <c>status_name</c> on a status change, and an explicit null only where the caller assigned one.
/// </summary>
public sealed class RequestMembersTests
{
    private const string CaseJson = """{"data":{"id":"c1","type":"case","attributes":{"title":"t"}}}""";
    private const string CaseTypeId = "3b010bde-09ce-4449-b745-71dd5f861963";

    [Test]
    public async Task A_relationship_never_set_is_not_sent()
    {
        var body = await SentCreateCaseAsync(new CaseCreateRelationships { Project = Project() });

        Assert.That(body["data"]!["relationships"]!.AsObject().ContainsKey("assignee"), Is.False, body.ToJsonString());
    }

    [Test]
    public async Task A_relationship_set_to_null_is_sent_as_null()
    {
        var body = await SentCreateCaseAsync(new CaseCreateRelationships { Project = Project(), Assignee = null });

        var relationships = body["data"]!["relationships"]!.AsObject();
        Assert.That(relationships.ContainsKey("assignee"), Is.True, body.ToJsonString());
        Assert.That(relationships["assignee"], Is.Null);
    }

    [Test]
    public async Task A_relationship_whose_data_is_null_sends_the_JSON_API_clear()
    {
        var body = await SentCreateCaseAsync(new CaseCreateRelationships { Project = Project(), Assignee = new NullableUserRelationship { Data = null } });

        Assert.That(body["data"]!["relationships"]!["assignee"]!.ToJsonString(), Is.EqualTo("""{"data":null}"""));
    }

    [Test]
    public async Task Custom_attributes_of_each_shape_are_sent_as_the_API_takes_them()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.Created, CaseJson);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases.PostAsync(new CaseCreateRequest
        {
            Data = new CaseCreate
            {
                Attributes = new CaseCreateAttributes
                {
                    Title = "Disk full",
                    TypeId = CaseTypeId,
                    CustomAttributes = new()
                    {
                        ["region"] = new CustomAttributeValue { Type = CustomAttributeType.Text, IsMulti = false, Value = "eu-west-1" },
                        ["hosts"] = new CustomAttributeValue { Type = CustomAttributeType.Text, IsMulti = true, Value = new List<string> { "web-1", "web-2" } },
                        ["severity"] = new CustomAttributeValue { Type = CustomAttributeType.Number, IsMulti = false, Value = 2.5 },
                    },
                },
            },
        });

        var attributes = JsonNode.Parse(stub.Requests.Single().Body!)!["data"]!["attributes"]!;
        Assert.That(attributes["custom_attributes"]!.ToJsonString(), Is.EqualTo(
            """{"region":{"is_multi":false,"type":"TEXT","value":"eu-west-1"},"hosts":{"is_multi":true,"type":"TEXT","value":["web-1","web-2"]},"severity":{"is_multi":false,"type":"NUMBER","value":2.5}}"""));
        Assert.That(attributes.AsObject().ContainsKey("type"), Is.False, "the deprecated case type is not sent");
    }

    [Test]
    public async Task A_status_change_sends_status_name_only()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, CaseJson);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases["c1"].Status.PostAsync(new CaseUpdateStatusRequest
        {
            Data = new CaseUpdateStatus { Attributes = new CaseUpdateStatusAttributes { StatusName = CaseStatusNames.Closed } },
        });

        Assert.That(stub.Requests.Single().Body, Is.EqualTo("""{"data":{"attributes":{"status_name":"Closed"},"type":"case"}}"""));
    }

    [Test]
    public async Task Custom_attribute_values_come_back_typed()
    {
        const string answer = """
            {"data":{"id":"c1","type":"case","attributes":{"title":"t","status_name":"In Progress","status_group":"SG_IN_PROGRESS",
            "custom_attributes":{"region":{"type":"TEXT","is_multi":false,"value":"eu-west-1"},"hosts":{"type":"TEXT","is_multi":true,"value":["a","b"]},
            "severity":{"type":"NUMBER","is_multi":false,"value":3},"later":{"type":"TEXT","is_multi":false,"value":{"shape":"new"}}}}}}
            """;
        var stub = new StubHandler().Respond(HttpStatusCode.OK, answer);
        using var client = TestClients.Over(stub);

        var response = await client.Api.V2.Cases["c1"].GetAsync();

        var attributes = response.Data!.Attributes!;
        Assert.That(attributes.StatusName, Is.EqualTo(CaseStatusNames.InProgress));
        Assert.That(attributes.StatusGroup, Is.EqualTo(CaseStatusGroup.SgInProgress));
        var custom = attributes.CustomAttributes!;
        Assert.That(custom["region"].Value!.AsString, Is.EqualTo("eu-west-1"));
        Assert.That(custom["hosts"].Value!.AsStringList, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(custom["severity"].Value!.AsDouble, Is.EqualTo(3));
        Assert.That(custom["later"].Value!.UnknownVariant?.GetRawText(), Is.EqualTo("""{"shape":"new"}"""), "a shape this version does not know is kept");
        Assert.That(attributes.AdditionalData, Is.Null.Or.Empty);
    }

    [Test]
    public async Task Custom_attribute_values_a_typed_variant_cannot_hold_exactly_are_kept_as_they_came()
    {
        // 1e400 overflows a double list; 2^53 + 1 is not a double; a number-valued object is no known variant.
        const string attributes = """{"title":"t","custom_attributes":{"big":{"type":"NUMBER","is_multi":true,"value":[1,1e400]},"huge":{"type":"NUMBER","is_multi":false,"value":1e400},"precise":{"type":"NUMBER","is_multi":false,"value":9007199254740993},"odd":{"type":"TEXT","is_multi":false,"value":{"type_id":7}}}}""";
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":{"id":"c1","type":"case","attributes":""" + attributes + "}}");
        using var client = TestClients.Over(stub);

        var response = await client.Api.V2.Cases["c1"].GetAsync();

        var custom = response.Data!.Attributes!.CustomAttributes!;
        Assert.That(custom["big"].Value!.UnknownVariant?.GetRawText(), Is.EqualTo("[1,1e400]"));
        Assert.That(custom["huge"].Value!.UnknownVariant?.GetRawText(), Is.EqualTo("1e400"));
        Assert.That(custom["precise"].Value!.AsDouble, Is.Null);
        Assert.That(custom["precise"].Value!.UnknownVariant?.GetRawText(), Is.EqualTo("9007199254740993"));
        Assert.That(custom["odd"].Value!.UnknownVariant?.GetRawText(), Is.EqualTo("""{"type_id":7}"""));
        var written = System.Text.Json.JsonSerializer.Serialize(response.Data.Attributes, CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CaseAttributes)));
        Assert.That(written, Does.Contain("[1,1e400]").And.Contain("1e400}").And.Contain("9007199254740993"));
    }

    [Test]
    public void An_implicit_conversion_from_null_gives_null_instead_of_throwing()
    {
        string? none = null;

        CustomAttributeValuesUnion? value = none;

        Assert.That(value, Is.Null);
        Assert.That(((CustomAttributeValuesUnion?)"x")!.AsString, Is.EqualTo("x"));
    }

    private static ProjectRelationship Project() => new() { Data = new ProjectRelationshipData { Id = "p1" } };

    private static async Task<JsonNode> SentCreateCaseAsync(CaseCreateRelationships relationships)
    {
        var stub = new StubHandler().Respond(HttpStatusCode.Created, CaseJson);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases.PostAsync(new CaseCreateRequest
        {
            Data = new CaseCreate { Attributes = new CaseCreateAttributes { Title = "t", TypeId = CaseTypeId }, Relationships = relationships },
        });

        return JsonNode.Parse(stub.Requests.Single().Body!)!;
    }
}
