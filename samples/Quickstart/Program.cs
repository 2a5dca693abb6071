using CaseSdk;
using Quickstart;

// Reads DD_API_KEY, DD_APP_KEY and DD_SITE; an optional first argument replaces the site's address
// (for example a local mock: http://127.0.0.1:4010/) and an optional second one names the assignee.
var options = DatadogClientOptions.FromEnvironment();
if (args.Length > 0)
{
    options.BaseAddress = new Uri(args[0]);
}

using var client = new DatadogClient(options);
await QuickstartExample.RunAsync(client, args.Length > 1 ? args[1] : "00000000-0000-0000-0000-000000000000", Console.Out);
return 0;
