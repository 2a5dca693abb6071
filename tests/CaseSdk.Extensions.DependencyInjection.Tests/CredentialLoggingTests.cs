using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using CaseSdk.Testing;

namespace CaseSdk.Extensions.DependencyInjection.Tests;

/// <summary>
/// No log record of a registered client carries a credential, at Trace level, in its message or in any state value:
/// structured backends (OpenTelemetry logs, JSON console) write the state as well as the message.
/// </summary>
public sealed class CredentialLoggingTests
{
    private const string ApiKey = "log-api-key-8c31e0f9a4";
    private const string AppKey = "log-app-key-2b7d64c1e5";
    private const string AccessToken = "log-access-token-5e09a7d3b6";

    /// <summary>Answers 429 (reset now) on the first request and the roles list after, so every call makes two attempts.</summary>
    private static Task<LoopbackServer> RateLimitedOnceServer()
    {
        var requests = 0;
        return LoopbackServer.StartAsync(context =>
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers["X-RateLimit-Reset"] = "0";
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"data":[]}""");
        });
    }

    private static async Task<string> LogsOfOneCallAsync(LoopbackServer server, Action<DatadogClientOptions> configure)
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = logs.CreateLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddCaseSdk(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Retry.BaseDelay = TimeSpan.Zero;
            options.Retry.MaxDelay = TimeSpan.Zero;
            configure(options);
        });
        await using (var provider = services.BuildServiceProvider())
        {
            await provider.GetRequiredService<DatadogClient>().Api.V2.Roles.GetAsync();
        }

        Assert.That(server.Received, Has.Count.EqualTo(2), "a first attempt and a retry");
        var all = logs.Text();
        Assert.That(all, Does.Contain("Retrying GET /api/v2/roles after 429").And.Contain("ListRoles GET /api/v2/roles answered 200"), "the records were collected");
        return all;
    }

    [Test]
    public async Task No_record_at_Trace_carries_the_api_keys()
    {
        await using var server = await RateLimitedOnceServer();

        var all = await LogsOfOneCallAsync(server, options => options.Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey));

        Assert.That(server.Received.Select(r => r.Headers["DD-API-KEY"]), Is.All.EqualTo(ApiKey), "the keys were sent on both attempts");
        Assert.That(all, Does.Not.Contain(ApiKey).And.Not.Contain(AppKey));
    }

    [Test]
    public async Task No_record_at_Trace_carries_the_access_token()
    {
        await using var server = await RateLimitedOnceServer();

        var all = await LogsOfOneCallAsync(server, options => options.Credentials = DatadogCredentials.FromAccessToken(AccessToken));

        Assert.That(server.Received.Select(r => r.Headers["Authorization"]), Is.All.EqualTo("Bearer " + AccessToken), "the token was sent on both attempts");
        Assert.That(all, Does.Not.Contain(AccessToken));
    }
}
