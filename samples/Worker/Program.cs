using Microsoft.Extensions.Hosting;
using Worker;

// Credentials: DD_API_KEY and DD_APP_KEY (or Datadog__ApiKey and Datadog__ApplicationKey); DD_SITE or Datadog__Site
// overrides the site in appsettings.json. Any setting can also be given on the command line: --OpenCases:Interval=00:00:30.
using var host = WorkerApp.CreateBuilder(args).Build();
await host.RunAsync();
