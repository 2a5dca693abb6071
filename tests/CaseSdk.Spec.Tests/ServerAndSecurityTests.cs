using Microsoft.OpenApi;

namespace CaseSdk.Spec.Tests;

public sealed class ServerAndSecurityTests
{
    [Test]
    public void Server_url_is_built_from_subdomain_and_site()
    {
        var server = SpecFile.Document.Servers!.Single();

        Assert.That(server.Url, Is.EqualTo("https://{subdomain}.{site}"));
        Assert.That(server.Variables!["subdomain"].Default, Is.EqualTo("api"));
        Assert.That(server.Variables["site"].Default, Is.EqualTo("datadoghq.com"));
        Assert.That(server.Variables["site"].Enum, Is.EquivalentTo(new[]
        {
            "datadoghq.com", "us3.datadoghq.com", "us5.datadoghq.com", "datadoghq.eu", "ap1.datadoghq.com", "ddog-gov.com",
        }));
    }

    [Test]
    public void Key_schemes_are_the_two_datadog_headers()
    {
        var schemes = SpecFile.Document.Components!.SecuritySchemes!;

        Assert.That(schemes["apiKeyAuth"].Type, Is.EqualTo(SecuritySchemeType.ApiKey));
        Assert.That(schemes["apiKeyAuth"].In, Is.EqualTo(ParameterLocation.Header));
        Assert.That(schemes["apiKeyAuth"].Name, Is.EqualTo("DD-API-KEY"));
        Assert.That(schemes["appKeyAuth"].Type, Is.EqualTo(SecuritySchemeType.ApiKey));
        Assert.That(schemes["appKeyAuth"].In, Is.EqualTo(ParameterLocation.Header));
        Assert.That(schemes["appKeyAuth"].Name, Is.EqualTo("DD-APPLICATION-KEY"));
    }

    [Test]
    public void OAuth_scheme_is_authorization_code_with_the_documented_scopes()
    {
        var oauth = SpecFile.Document.Components!.SecuritySchemes!["AuthZ"];

        Assert.That(oauth.Type, Is.EqualTo(SecuritySchemeType.OAuth2));
        Assert.That(oauth.Flows?.AuthorizationCode, Is.Not.Null);
        Assert.That(oauth.Flows!.AuthorizationCode!.Scopes!.Keys, Is.EquivalentTo(new[]
        {
            "cases_read", "cases_write", "incident_read", "incident_settings_write", "user_access_read", "user_access_manage",
        }));
    }

    private static IEnumerable<TestCaseData> EachOperation() =>
        SpecFile.Operations().Select(o => new TestCaseData(o.Path, o.Method, o.Operation)
            .SetArgDisplayNames(o.Operation.OperationId ?? $"{o.Method} {o.Path}"));

    [TestCaseSource(nameof(EachOperation))]
    public void Operation_accepts_both_keys_together(string path, HttpMethod method, OpenApiOperation operation)
    {
        var at = SpecFile.Locate(path, method, "security");
        var keyRequirements = (operation.Security ?? []).Where(r => r.Keys.Any(s => s.Reference.Id == "apiKeyAuth")).ToList();

        Assert.That(keyRequirements, Has.Count.EqualTo(1), $"{at}: one requirement with apiKeyAuth");
        Assert.That(keyRequirements[0].Keys.Select(s => s.Reference.Id), Is.EquivalentTo(new[] { "apiKeyAuth", "appKeyAuth" }), $"{at}: apiKeyAuth and appKeyAuth together");
    }

    [TestCaseSource(nameof(EachOperation))]
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
