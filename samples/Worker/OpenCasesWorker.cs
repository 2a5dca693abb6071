using CaseSdk;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Worker;

/// <summary>Logs how many cases match the query, at start and then every <see cref="OpenCasesOptions.Interval"/>.</summary>
public sealed partial class OpenCasesWorker(DatadogClient client, IOptions<OpenCasesOptions> options, ILogger<OpenCasesWorker> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.Interval);
        do
        {
            await ReportAsync(settings.Query, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ReportAsync(string query, CancellationToken cancellationToken)
    {
        try
        {
            // One page of one case is enough: the total is in the page metadata.
            var page = await client.Api.V2.Cases.GetAsync(
                q =>
                {
                    q.QueryParameters.Filter = query;
                    q.QueryParameters.PageSize = 1;
                },
                cancellationToken);
            Counted(logger, page.Meta?.Page?.Total ?? page.Data?.Count ?? 0, query);
        }
        catch (DatadogApiException e)
        {
            // The next tick tries again; the SDK has already retried what it could (429, 5xx for GET).
            Failed(logger, $"{(int)e.StatusCode} {string.Join("; ", e.ErrorMessages)}", query);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or DatadogResponseFormatException)
        {
            Failed(logger, e.Message, query);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} cases match '{Query}'")]
    private static partial void Counted(ILogger logger, long count, string query);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting the cases that match '{Query}' failed: {Reason}")]
    private static partial void Failed(ILogger logger, string reason, string query);
}
