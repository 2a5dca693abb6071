using System.Net;
using CaseSdk.Testing;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>
/// Builders keep the last item asked for and the request of an unconfigured call; what they keep must never leak
/// into a call for another item or one with a configuration.
/// </summary>
public sealed class BuilderReuseTests
{
    private const string CaseJson = """{"data":{"id":"CASE-1","type":"case","attributes":{"title":"Disk full"}}}""";
    private const string CasesJson = """{"data":[],"meta":{"page":{"current":1,"size":10,"total":0}}}""";

    [Test]
    public async Task Calls_for_items_in_turn_each_go_to_their_own_item()
    {
        var stub = new StubHandler();
        for (var i = 0; i < 4; i++)
        {
            stub.Respond(HttpStatusCode.OK, CaseJson);
        }

        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases["CASE-1"].GetAsync();
        await client.Api.V2.Cases["CASE-2"].GetAsync();
        await client.Api.V2.Cases["CASE-2"].GetAsync();
        await client.Api.V2.Cases["a/b"].GetAsync();

        Assert.That(stub.Requests.Select(r => r.Uri.AbsolutePath), Is.EqualTo(new[]
        {
            "/api/v2/cases/CASE-1", "/api/v2/cases/CASE-2", "/api/v2/cases/CASE-2", "/api/v2/cases/a%2Fb",
        }));
    }

    [Test]
    public void The_item_asked_for_again_is_the_same_builder_and_another_item_is_not()
    {
        using var client = TestClients.Over(new StubHandler());
        var cases = client.Api.V2.Cases;

        var first = cases["CASE-1"];

        Assert.That(cases["CASE-1"], Is.SameAs(first));
        Assert.That(cases["case-1"], Is.Not.SameAs(first), "ids compare exactly");
        Assert.Throws<ArgumentException>(() => _ = cases[" "]);
    }

    [Test]
    public async Task A_configured_call_between_unconfigured_ones_keeps_its_query_to_itself()
    {
        var stub = new StubHandler();
        for (var i = 0; i < 3; i++)
        {
            stub.Respond(HttpStatusCode.OK, CasesJson);
        }

        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases.GetAsync();
        await client.Api.V2.Cases.GetAsync(c => c.QueryParameters.Filter = "disk");
        await client.Api.V2.Cases.GetAsync();

        Assert.That(stub.Requests.Select(r => r.Uri.Query), Is.EqualTo(new[] { string.Empty, "?filter=disk", string.Empty }));
    }
}
