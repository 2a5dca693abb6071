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
        var body = new CaseCreateRequest { Data = new CaseCreate { Attributes = new CaseCreateAttributes { Priority = CasePriority.P2 } } };

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

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Cases.PostAsync(new CaseCreateRequest()));

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
        var body = new ProjectCreateRequest { Data = new ProjectCreate { Attributes = new ProjectCreateAttributes() } };

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

        var error = Assert.Throws<ArgumentException>(() => client.Api.V2.Roles.PostAsync(new RoleCreateRequest { Data = new RoleCreateData() }));

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
