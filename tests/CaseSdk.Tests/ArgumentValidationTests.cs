using System.Net;
using CaseSdk.Models;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

/// <summary>Arguments the spec documents as invalid are refused before anything is sent.</summary>
public sealed class ArgumentValidationTests
{
    private const string CaseJson = """{"data":{"id":"c1","type":"case","attributes":{"title":"t"}}}""";

    [Test]
    public void A_page_size_above_100_is_refused_and_nothing_is_sent()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => client.Api.V2.Cases.GetAsync(c => c.QueryParameters.PageSize = 101));

        Assert.That(error!.Message, Does.StartWith("PageSize (page[size]) must be at most 100; it is 101."));
        Assert.That(stub.Requests, Is.Empty);
    }

    // Lower bounds from the spec: a page holds at least one item, case search pages start at 1, role pages and
    // incident-team offsets at 0. Each is refused before anything is sent, for the direct call as for the helpers.
    [TestCase("SearchCases page[size]", 0L)]
    [TestCase("SearchCases page[size]", -1L)]
    [TestCase("SearchCases page[number]", 0L)]
    [TestCase("ListRoles page[size]", 0L)]
    [TestCase("ListRoles page[number]", -1L)]
    [TestCase("ListRoleUsers page[number]", -1L)]
    [TestCase("ListIncidentTeams page[offset]", -1L)]
    public void A_page_value_below_its_documented_minimum_is_refused_and_nothing_is_sent(string parameter, long value)
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);
        Func<Task> call = parameter switch
        {
            "SearchCases page[size]" => () => client.Api.V2.Cases.GetAsync(c => c.QueryParameters.PageSize = value),
            "SearchCases page[number]" => () => client.Api.V2.Cases.GetAsync(c => c.QueryParameters.PageNumber = value),
            "ListRoles page[size]" => () => client.Api.V2.Roles.GetAsync(c => c.QueryParameters.PageSize = value),
            "ListRoles page[number]" => () => client.Api.V2.Roles.GetAsync(c => c.QueryParameters.PageNumber = value),
            "ListRoleUsers page[number]" => () => client.Api.V2.Roles["r1"].Users.GetAsync(c => c.QueryParameters.PageNumber = value),
#pragma warning disable CS0618 // Incident Teams are deprecated by Datadog; their bounds are still checked.
            "ListIncidentTeams page[offset]" => () => client.Api.V2.Teams.GetAsync(c => c.QueryParameters.PageOffset = value),
#pragma warning restore CS0618
            _ => throw new ArgumentOutOfRangeException(nameof(parameter)),
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => call());

        Assert.That(error!.Message, Does.Contain($"({parameter.Split(' ')[1]}) must be at least").And.Contain($"it is {value}."));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task A_page_size_of_100_is_sent()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":[]}""");
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases.GetAsync(c => c.QueryParameters.PageSize = 100);

        Assert.That(Uri.UnescapeDataString(stub.Requests.Single().Uri.Query), Is.EqualTo("?page[size]=100"));
    }

    [Test]
    public void A_case_without_title_and_type_id_is_refused_naming_both_paths()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);
        // The compiler demands Title and TypeId; null! gets past it, the check before sending does not.
        var body = new CaseCreateRequest { Data = new CaseCreate { Attributes = new CaseCreateAttributes { Title = null!, TypeId = null!, Priority = CasePriority.P2 } } };

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Cases.PostAsync(body));

        Assert.That(error!.Message, Does.StartWith("CreateCase: body.data.attributes.title is required. body.data.attributes.type_id is required."));
        Assert.That(error.ParamName, Is.EqualTo("body"));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void A_case_without_data_is_refused()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Cases.PostAsync(new CaseCreateRequest { Data = null! }));

        Assert.That(error!.Message, Does.StartWith("CreateCase: body.data is required."));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void A_case_whose_project_relationship_has_no_id_is_refused()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);
        var body = new CaseCreateRequest
        {
            Data = new CaseCreate
            {
                Attributes = new CaseCreateAttributes { Title = "t", TypeId = "3b010bde-09ce-4449-b745-71dd5f861963" },
                Relationships = new CaseCreateRelationships { Project = new ProjectRelationship { Data = new ProjectRelationshipData() } },
            },
        };

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Cases.PostAsync(body));

        Assert.That(error!.Message, Does.StartWith("CreateCase: body.data.relationships.project.data.id is required."));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void An_empty_priority_is_refused_as_missing()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);
        var body = new CaseUpdatePriorityRequest { Data = new CaseUpdatePriority { Attributes = new CaseUpdatePriorityAttributes { Priority = default } } };

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Cases["CASE-1"].Priority.PostAsync(body));

        Assert.That(error!.Message, Does.StartWith("UpdatePriority: body.data.attributes.priority is required."));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task A_complete_case_is_sent()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.Created, CaseJson);
        using var client = TestClients.Over(stub);

        // Title may be empty: only null counts as missing; the API decides on the value. The resource type is preset;
        // nothing else the caller did not set (no deprecated case type, no relationships) is written.
        await client.Api.V2.Cases.PostAsync(new CaseCreateRequest { Data = new CaseCreate { Attributes = new CaseCreateAttributes { Title = string.Empty, TypeId = "t-1" } } });

        Assert.That(stub.Requests.Single().Body, Is.EqualTo("""{"data":{"attributes":{"title":"","type_id":"t-1"},"type":"case"}}"""));
    }

    [Test]
    public void A_project_without_key_and_name_is_refused_naming_both_paths()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);
        var body = new ProjectCreateRequest { Data = new ProjectCreate { Attributes = new ProjectCreateAttributes { Key = null!, Name = null! } } };

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Cases.Projects.PostAsync(body));

        Assert.That(error!.Message, Does.StartWith("CreateProject: body.data.attributes.key is required. body.data.attributes.name is required."));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task A_complete_project_is_sent()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.Created, """{"data":{"id":"p1","type":"project","attributes":{"key":"SEC","name":"Security"}}}""");
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases.Projects.PostAsync(new ProjectCreateRequest { Data = new ProjectCreate { Attributes = new ProjectCreateAttributes { Key = "SEC", Name = "Security" } } });

        Assert.That(stub.Requests.Single().Body, Is.EqualTo("""{"data":{"attributes":{"key":"SEC","name":"Security"},"type":"project"}}"""));
    }

    [Test]
    public void A_role_without_a_name_is_refused_naming_the_path()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);
        var body = new RoleCreateRequest { Data = new RoleCreateData { Attributes = new RoleCreateAttributes() } };

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Roles.PostAsync(body));

        Assert.That(error!.Message, Does.StartWith("CreateRole: body.data.attributes.name is required."));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void A_user_to_add_to_a_role_without_id_is_refused_naming_the_path()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);
        var body = new RelationshipToUser { Data = new RelationshipToUserData() };

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Roles["r1"].Users.PostAsync(body));

        Assert.That(error!.Message, Does.StartWith("AddUserToRole: body.data.id is required."));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public void A_role_without_attributes_is_refused()
    {
        var stub = new StubHandler();
        using var client = TestClients.Over(stub);

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Roles.PostAsync(new RoleCreateRequest { Data = new RoleCreateData { Attributes = null! } }));

        Assert.That(error!.Message, Does.StartWith("CreateRole: body.data.attributes is required."));
        Assert.That(stub.Requests, Is.Empty);
    }

    [Test]
    public async Task A_complete_role_is_sent()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.OK, """{"data":{"id":"r1","type":"roles","attributes":{"name":"developers"}}}""");
        using var client = TestClients.Over(stub);

        await client.Api.V2.Roles.PostAsync(new RoleCreateRequest { Data = new RoleCreateData { Attributes = new RoleCreateAttributes { Name = "developers" } } });

        Assert.That(stub.Requests.Single().Body, Is.EqualTo("""{"data":{"attributes":{"name":"developers"},"type":"roles"}}"""));
    }
}
