using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using CaseSdk.Testing;
using Microsoft.Extensions.Logging.Testing;
using Worker;

namespace CaseSdk.Extensions.DependencyInjection.Tests;

/// <summary>samples/Worker, built with these tests: its own host, configuration and worker, against a loopback server.</summary>
public sealed class WorkerSampleTests
{
    private const string ApiKey = "worker-api-key-6e2b90c4a1";
    private const string AppKey = "worker-app-key-1d7f35e8b0";

    [Test]
    public async Task The_worker_reads_appsettings_and_reports_the_open_cases_on_every_tick()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"data":[{"id":"CASE-1","type":"case"}],"meta":{"page":{"current":1,"size":1,"total":7}}}""");
        });
        var logs = new FakeLogCollector();
        using var loggerFactory = logs.CreateLoggerFactory();

        // Credentials and the address as a deployment would give them (here on the command line rather than in the environment).
        var builder = WorkerApp.CreateBuilder([
            $"--Datadog:BaseAddress={server.BaseAddress}",
            $"--Datadog:ApiKey={ApiKey}",
            $"--Datadog:ApplicationKey={AppKey}",
            "--OpenCases:Interval=00:00:00.100",
        ]);
        builder.Services.AddSingleton(loggerFactory);
        using var host = builder.Build();

        Assert.That(builder.Configuration["Datadog:Site"], Is.EqualTo("datadoghq.com"), "appsettings.json is copied beside the program and read");
        Assert.That(host.Services.GetRequiredService<IOptions<OpenCasesOptions>>().Value.Query, Is.EqualTo("status:open"));
        await host.StartAsync();
        var waited = Stopwatch.StartNew();
        while (server.Received.Count < 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }

        await host.StopAsync();

        Assert.That(server.Received, Has.Count.GreaterThanOrEqualTo(2), "a first call at start, then one per tick");
        foreach (var (method, pathAndQuery, headers) in server.Received)
        {
            Assert.That(method, Is.EqualTo("GET"));
            Assert.That(Uri.UnescapeDataString(pathAndQuery), Does.StartWith("/api/v2/cases?").And.Contain("filter=status:open").And.Contain("page[size]=1"));
            Assert.That(headers["DD-API-KEY"], Is.EqualTo(ApiKey));
            Assert.That(headers["DD-APPLICATION-KEY"], Is.EqualTo(AppKey));
            Assert.That(headers["User-Agent"], Does.EndWith("open-cases-worker/1.0"), "the UserAgentSuffix of appsettings.json");
        }

        var all = logs.Text();
        Assert.That(all, Does.Contain("7 cases match 'status:open'"));
        Assert.That(all, Does.Not.Contain(ApiKey).And.Not.Contain(AppKey));
    }

    [Test]
    public async Task The_worker_does_not_start_with_a_bad_site_and_names_the_setting()
    {
        using var host = WorkerApp.CreateBuilder(["--Datadog:Site=datadoghq.moon", "--Datadog:ApiKey=" + ApiKey, "--Datadog:ApplicationKey=" + AppKey]).Build();

        var error = (await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync()))!;

        Assert.That(error.Message, Does.Contain("Datadog:Site").And.Contain("Valid sites"));
        Assert.That(error.ToString(), Does.Not.Contain(ApiKey).And.Not.Contain(AppKey));
    }
}
