using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using static CaseSdk.Extensions.DependencyInjection.Tests.ConfigurationTests;
using CaseSdk.Testing;

namespace CaseSdk.Extensions.DependencyInjection.Tests;

/// <summary>The factory-managed default transport, over real loopback HTTP.</summary>
public sealed class TransportTests
{
    private static ServiceProvider ProviderFor(Uri baseAddress)
    {
        var services = new ServiceCollection();
        CaseSdkServiceCollectionExtensions.AddCaseSdk(
            services,
            Section(("BaseAddress", baseAddress.ToString()), ("ApiKey", ApiKey), ("ApplicationKey", AppKey), ("Retry:MaxRetries", "0")),
            _ => null);
        return services.BuildServiceProvider();
    }

    [Test]
    public async Task Requests_reach_the_configured_server_with_the_keys()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"data":[]}""");
        });
        await using var provider = ProviderFor(server.BaseAddress);

        await provider.GetRequiredService<DatadogClient>().Api.V2.Roles.GetAsync();

        var (method, pathAndQuery, headers) = server.Received.Single();
        Assert.That(method, Is.EqualTo("GET"));
        Assert.That(pathAndQuery, Is.EqualTo("/api/v2/roles"));
        Assert.That(headers["DD-API-KEY"], Is.EqualTo(ApiKey));
        Assert.That(headers["DD-APPLICATION-KEY"], Is.EqualTo(AppKey));
    }

    [Test]
    public async Task The_primary_handler_does_not_follow_redirects_so_keys_never_reach_another_origin()
    {
        // Were the transport to follow redirects itself, it would forward DD-API-KEY to the other port (another origin).
        await using var other = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"data":[]}""");
        });
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = new Uri(other.BaseAddress, "api/v2/roles").ToString();
            return Task.CompletedTask;
        });
        await using var provider = ProviderFor(server.BaseAddress);

        await provider.GetRequiredService<DatadogClient>().Api.V2.Roles.GetAsync();

        Assert.That(server.Received.Single().Headers.ContainsKey("DD-API-KEY"), Is.True);
        var redirected = other.Received.Single().Headers;
        Assert.That(redirected.ContainsKey("DD-API-KEY"), Is.False);
        Assert.That(redirected.ContainsKey("DD-APPLICATION-KEY"), Is.False);
    }

    [Test]
    public async Task The_primary_handler_is_a_pooled_decompressing_SocketsHttpHandler()
    {
        await using var provider = ProviderFor(new Uri("https://api.datadoghq.com/"));

        HttpMessageHandler handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(CaseSdkServiceCollectionExtensions.HttpClientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        Assert.That(handler, Is.TypeOf<SocketsHttpHandler>());
        var sockets = (SocketsHttpHandler)handler;
        Assert.That(sockets.AllowAutoRedirect, Is.False);
        Assert.That(sockets.AutomaticDecompression, Is.EqualTo(DecompressionMethods.All));
        Assert.That(sockets.PooledConnectionLifetime, Is.GreaterThan(TimeSpan.Zero), "connections are recycled (the infinite default is negative)");
    }
}
