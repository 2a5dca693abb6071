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
}
