using System.Net;
using CaseSdk.Http;
using Microsoft.AspNetCore.Http;
using CaseSdk.Testing;

namespace CaseSdk.Tests;

public sealed class RedirectTests
{
    private const string ApiKey = "redirect-api-key-1234";
    private const string AppKey = "redirect-app-key-5678";

    // Credentials are bound to the configured origin, so the pipeline is configured with the server it first calls.
    private static HttpClient Client(Uri origin) =>
        new(HttpPipeline.Create(new DatadogClientOptions { BaseAddress = origin, Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey) }, null, disposeTransport: true));

    [Test]
    public async Task Credentials_are_not_sent_to_another_host_on_a_redirect()
    {
        await using var elsewhere = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{}"));
        await using var origin = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = StatusCodes.Status302Found;
            c.Response.Headers.Location = new Uri(elsewhere.BaseAddress, "landing").ToString();
            return Task.CompletedTask;
        });
        using var client = Client(origin.BaseAddress);

        using var response = await client.GetAsync(new Uri(origin.BaseAddress, "api/v2/cases"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(origin.Received.Single().Headers["DD-API-KEY"], Is.EqualTo(ApiKey));
        var landed = elsewhere.Received.Single();
        Assert.That(landed.PathAndQuery, Is.EqualTo("/landing"));
        Assert.That(landed.Headers.Keys, Has.None.EqualTo("DD-API-KEY").And.None.EqualTo("DD-APPLICATION-KEY").And.None.EqualTo("Authorization"));
    }

    [Test]
    public async Task Same_origin_redirect_keeps_the_credentials()
    {
        LoopbackServer? server = null;
        server = await LoopbackServer.StartAsync(c =>
        {
            if (c.Request.Path == "/old")
            {
                c.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
                c.Response.Headers.Location = "/new";
                return Task.CompletedTask;
            }

            return c.Response.WriteAsync("{}");
        });
        await using var _ = server;
        using var client = Client(server.BaseAddress);

        using var response = await client.GetAsync(new Uri(server.BaseAddress, "old"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(server.Received.Select(r => r.Headers.GetValueOrDefault("DD-API-KEY")), Is.EqualTo(new[] { ApiKey, ApiKey }));
    }

    [Test]
    public async Task Redirect_loops_stop()
    {
        await using var server = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = StatusCodes.Status302Found;
            c.Response.Headers.Location = "/again";
            return Task.CompletedTask;
        });
        using var client = Client(server.BaseAddress);

        using var response = await client.GetAsync(new Uri(server.BaseAddress, "start"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(server.Received, Has.Count.EqualTo(6));
    }

    [Test]
    public async Task An_https_to_http_redirect_is_handed_back_not_followed()
    {
        var stub = new StubHandler().Respond(HttpStatusCode.Found, configure: r => r.Headers.Location = new Uri("http://api.datadoghq.com/api/v2/cases"));
        var options = new DatadogClientOptions { Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey) };
        using var client = new HttpClient(HttpPipeline.Create(options, stub, disposeTransport: true));

        using var response = await client.GetAsync(new Uri("https://api.datadoghq.com/api/v2/cases"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        Assert.That(stub.Requests, Has.Count.EqualTo(1));
    }

    [TestCase(HttpStatusCode.SeeOther, "GET", null)]
    [TestCase(HttpStatusCode.Found, "GET", null)]
    [TestCase(HttpStatusCode.TemporaryRedirect, "POST", "{}")]
    [TestCase((HttpStatusCode)308, "POST", "{}")]
    public async Task A_same_origin_redirect_of_a_POST_keeps_the_keys_and_the_method_the_code_says(HttpStatusCode status, string method, string? body)
    {
        var stub = new StubHandler().Respond(status, configure: r => r.Headers.Location = new Uri("/api/v2/elsewhere", UriKind.Relative)).Respond(HttpStatusCode.OK, "{}");
        var options = new DatadogClientOptions { Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey) };
        using var client = new HttpClient(HttpPipeline.Create(options, stub, disposeTransport: true));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("https://api.datadoghq.com/api/v2/cases")) { Content = new StringContent("{}") };

        using var response = await client.SendAsync(request);

        var hop = stub.Requests[1];
        Assert.That(hop.Uri, Is.EqualTo(new Uri("https://api.datadoghq.com/api/v2/elsewhere")));
        Assert.That(hop.Method.Method, Is.EqualTo(method));
        Assert.That(hop.Body, Is.EqualTo(body));
        Assert.That(hop.Headers["DD-API-KEY"], Is.EqualTo(ApiKey));
        Assert.That(request.RequestUri, Is.EqualTo(new Uri("https://api.datadoghq.com/api/v2/cases")), "the original request is never changed, so a retry starts from it");
        Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
    }
}
