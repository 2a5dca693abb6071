using CaseSdk;
using Quickstart;

// Reads DD_API_KEY, DD_APP_KEY and DD_SITE; an optional first argument replaces the site's address
// (for example a local mock: http://127.0.0.1:4010/), an optional second one names the assignee and an optional
// third one the case type (a UUID from Case Management's settings; the API requires one on every new case).
var options = DatadogClientOptions.FromEnvironment();
if (args.Length > 0)
{
    options.BaseAddress = new Uri(args[0]);
}

using var client = new DatadogClient(options);
var assignee = args.Length > 1 ? args[1] : "00000000-0000-0000-0000-000000000000";
var caseType = args.Length > 2 ? args[2] : "00000000-0000-0000-0000-000000000000";
await QuickstartExample.RunAsync(client, caseType, assignee, Console.Out);
return 0;
