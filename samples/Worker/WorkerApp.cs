using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Worker;

/// <summary>Builds the worker's host: configuration, the Datadog client and the periodic report.</summary>
public static class WorkerApp
{
    /// <summary>A host builder reading appsettings.json beside the program, the environment and <paramref name="args"/>.</summary>
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        // appsettings.json is read from the program's folder, wherever it is started from.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // Site, keys, retries and timeouts from the "Datadog" section; a bad or missing key stops the host at start-up,
        // naming the setting. The client is a singleton on an IHttpClientFactory handler chain.
        builder.Services.AddCaseSdk(builder.Configuration.GetSection("Datadog"));

        builder.Services.Configure<OpenCasesOptions>(builder.Configuration.GetSection(OpenCasesOptions.Section));
        builder.Services.AddHostedService<OpenCasesWorker>();
        return builder;
    }
}
