using System.Net;
using CaseSdk.Models;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

public sealed class RequestBuildingTests
{
    private const string CaseJson = """{"data":{"id":"c1","type":"case","attributes":{"title":"t"}}}""";

    [Test]
    public async Task Path_parameters_stay_one_segment()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, CaseJson).Respond(HttpStatusCode.OK, CaseJson);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases["../roles"].GetAsync();
        await client.Api.V2.Cases["a?b#c d%"].GetAsync();

        Assert.That(stub.Requests[0].Uri.AbsolutePath, Is.EqualTo("/api/v2/cases/..%2Froles"));
        Assert.That(stub.Requests[1].Uri.AbsolutePath, Is.EqualTo("/api/v2/cases/a%3Fb%23c%20d%25"));
        Assert.That(stub.Requests[1].Uri.Query, Is.Empty);
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase(".")]
    [TestCase("..")]
    public void Empty_path_parameter_fails_before_any_request(string id)
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Cases[id].GetAsync());

        Assert.That(error!.Message, Does.Contain("case_id"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void Null_body_fails_before_any_request()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        Assert.Throws<ArgumentNullException>(() => client.Api.V2.Cases.PostAsync(null!));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task Query_parameters_use_their_wire_names()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[]}""");
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases.GetAsync(c =>
        {
            c.QueryParameters.PageSize = 25;
            c.QueryParameters.PageNumber = 2;
            c.QueryParameters.SortField = CaseSortableField.Priority;
            c.QueryParameters.SortAsc = false;
            c.QueryParameters.Filter = "status:open & p1";
        });

        var query = Uri.UnescapeDataString(stub.Requests.Single().Uri.Query);
        Assert.That(query, Is.EqualTo("?page[size]=25&page[number]=2&sort[field]=priority&filter=status:open & p1&sort[asc]=false"));
    }

    [Test]
    public async Task Requests_carry_credentials_user_agent_and_json_body()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, CaseJson);
        using var client = TestClients.Over(stub, o => o.UserAgentSuffix = "my-service/1.2");

        await client.Api.V2.Cases["CASE-1"].Priority.PostAsync(new CaseUpdatePriorityRequest
        {
            Data = new CaseUpdatePriority { Attributes = new CaseUpdatePriorityAttributes { Priority = CasePriority.P1 } },
        });

        var sent = stub.Requests.Single();
        Assert.That(sent.Method, Is.EqualTo(HttpMethod.Post));
        Assert.That(sent.Uri, Is.EqualTo(new Uri("https://api.datadoghq.com/api/v2/cases/CASE-1/priority")));
        Assert.That(sent.Headers["DD-API-KEY"], Is.EqualTo(TestClients.ApiKey));
        Assert.That(sent.Headers["DD-APPLICATION-KEY"], Is.EqualTo(TestClients.AppKey));
        Assert.That(sent.Headers["User-Agent"], Does.Match(@"^CaseSdk/\d+\.\d+\.\d+(-[0-9A-Za-z.]+)? \(.+; .+\) my-service/1\.2$"));
        Assert.That(sent.Body, Is.EqualTo("""{"data":{"attributes":{"priority":"P1"},"type":"case"}}"""));
    }

    [Test]
    public async Task WithUrl_to_another_host_is_refused_so_credentials_stay_home()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Api.V2.Cases.WithUrl("https://elsewhere.example.com/api/v2/cases").GetAsync());

        Assert.That(error!.Message, Does.Contain("base address"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task WithUrl_on_the_same_host_is_followed()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[]}""");
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases.WithUrl("https://api.datadoghq.com/api/v2/cases?page[number]=3").GetAsync();

        Assert.That(stub.Requests.Single().Uri.PathAndQuery, Is.EqualTo("/api/v2/cases?page[number]=3"));
    }

    [Test]
    public async Task Base_address_path_prefix_is_kept_for_proxies()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[]}""");
        using var client = TestClients.Over(stub, o => o.BaseAddress = new Uri("https://proxy.example.com/datadog/"));

        await client.Api.V2.Roles.GetAsync();

        Assert.That(stub.Requests.Single().Uri, Is.EqualTo(new Uri("https://proxy.example.com/datadog/api/v2/roles")));
    }
}
