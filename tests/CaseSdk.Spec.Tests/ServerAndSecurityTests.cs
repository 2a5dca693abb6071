using Microsoft.OpenApi;

namespace CaseSdk.Spec.Tests;

public sealed class ServerAndSecurityTests
{
    // Every lookup below names its spec location when the member is absent, instead of a bare KeyNotFoundException,
    // ArgumentNullException or NullReferenceException.
    [Test]
    public void Server_url_is_built_from_subdomain_and_site()
    {
        var servers = SpecFile.Document.Servers ?? [];
        Assert.That(servers, Has.Count.EqualTo(1), "spec/openapi.yaml #/servers: exactly one server");
        var server = servers[0];

        Assert.That(server.Url, Is.EqualTo("https://{subdomain}.{site}"), "spec/openapi.yaml #/servers/0/url");
        Assert.That(Lookup(server.Variables, "subdomain")?.Default, Is.EqualTo("api"), "spec/openapi.yaml #/servers/0/variables/subdomain/default");
        Assert.That(Lookup(server.Variables, "site")?.Default, Is.EqualTo("datadoghq.com"), "spec/openapi.yaml #/servers/0/variables/site/default");
        Assert.That(Lookup(server.Variables, "site")?.Enum, Is.EquivalentTo(new[]
        {
            "datadoghq.com", "us3.datadoghq.com", "us5.datadoghq.com", "datadoghq.eu", "ap1.datadoghq.com", "ddog-gov.com",
        }), "spec/openapi.yaml #/servers/0/variables/site/enum: the six sites");
    }

    [TestCase("apiKeyAuth", "DD-API-KEY")]
    [TestCase("appKeyAuth", "DD-APPLICATION-KEY")]
    public void Key_schemes_are_the_two_datadog_headers(string name, string header)
    {
        var at = $"spec/openapi.yaml #/components/securitySchemes/{name}";
        var scheme = SecurityScheme(name);

        Assert.That(scheme, Is.Not.Null, $"{at}: missing");
        Assert.That(scheme!.Type, Is.EqualTo(SecuritySchemeType.ApiKey), $"{at}/type");
        Assert.That(scheme.In, Is.EqualTo(ParameterLocation.Header), $"{at}/in");
        Assert.That(scheme.Name, Is.EqualTo(header), $"{at}/name");
    }

    [Test]
    public void OAuth_scheme_is_authorization_code_with_the_documented_scopes()
    {
        const string at = "spec/openapi.yaml #/components/securitySchemes/AuthZ";
        var oauth = SecurityScheme("AuthZ");

        Assert.That(oauth, Is.Not.Null, $"{at}: missing");
        Assert.That(oauth!.Type, Is.EqualTo(SecuritySchemeType.OAuth2), $"{at}/type");
        Assert.That(oauth.Flows?.AuthorizationCode, Is.Not.Null, $"{at}/flows/authorizationCode: missing");
        Assert.That(oauth.Flows!.AuthorizationCode!.Scopes?.Keys, Is.EquivalentTo(new[]
        {
            "cases_read", "cases_write", "incident_read", "incident_settings_write", "user_access_read", "user_access_manage",
        }), $"{at}/flows/authorizationCode/scopes");
    }

    private static IOpenApiSecurityScheme? SecurityScheme(string name) =>
        Lookup(SpecFile.Document.Components?.SecuritySchemes, name);

    private static T? Lookup<T>(IDictionary<string, T>? members, string name)
        where T : class => members is not null && members.TryGetValue(name, out var value) ? value : null;

    [TestCaseSource(typeof(SpecFile), nameof(SpecFile.OperationCases))]
    public void Operation_accepts_both_keys_together(string path, HttpMethod method, OpenApiOperation operation)
    {
        var at = SpecFile.Locate(path, method, "security");
        var keyRequirements = (operation.Security ?? []).Where(r => r.Keys.Any(s => s.Reference.Id == "apiKeyAuth")).ToList();

        Assert.That(keyRequirements, Has.Count.EqualTo(1), $"{at}: one requirement with apiKeyAuth");
        Assert.That(keyRequirements[0].Keys.Select(s => s.Reference.Id), Is.EquivalentTo(new[] { "apiKeyAuth", "appKeyAuth" }), $"{at}: apiKeyAuth and appKeyAuth together");
    }

    [TestCaseSource(typeof(SpecFile), nameof(SpecFile.OperationCases))]
    public void Operation_names_the_oauth_scope_its_page_documents(string path, HttpMethod method, OpenApiOperation operation)
    {
        var scopes = (operation.Security ?? [])
            .SelectMany(r => r.Where(kv => kv.Key.Reference.Id == "AuthZ").SelectMany(kv => kv.Value))
            .ToList();

        Assert.That(scopes, Is.EqualTo(ExpectedScopes(path, method)), $"{SpecFile.Locate(path, method, "security")}: the AuthZ scope of its page");
    }

    private static string[] ExpectedScopes(string path, HttpMethod method)
    {
        var read = method == HttpMethod.Get;
        if (path.StartsWith("/api/v2/cases", StringComparison.Ordinal))
        {
            return [read ? "cases_read" : "cases_write"];
        }

        if (path.StartsWith("/api/v2/teams", StringComparison.Ordinal))
        {
            return [read ? "incident_read" : "incident_settings_write"];
        }

        // Roles and permissions: the reference names the user access scopes (the pages name none).
        return [read ? "user_access_read" : "user_access_manage"];
    }
}
