using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CaseSdk.Http;

/// <summary>
/// The outermost handler: one <see cref="Activity"/> per operation call (source <c>CaseSdk</c>) and one log line per
/// completed call, both without headers or bodies.
/// </summary>
/// <remarks>
/// The activity is the logical span of the operation, as OpenTelemetry's conventions for client libraries that wrap
/// HTTP have it (Azure SDK conventions: public API spans of HTTP-based SDKs are <c>INTERNAL</c>; HTTP semantic
/// conventions: no logical encompassing HTTP <c>CLIENT</c> span beside the per-attempt ones). It is
/// <see cref="ActivityKind.Internal"/>, named by the operationId, and spans every attempt, retry wait and redirect; the
/// <c>CLIENT</c> spans are HttpClient's own, one per attempt, started inside the transport while this activity is
/// current, so they are its children. HTTP attributes (method, URL, status) belong to those spans; this one carries the
/// operation, the server, the number of attempts and, on failure, <c>error.type</c>.
/// </remarks>
internal sealed class TelemetryHandler(ILogger logger) : DelegatingHandler
{
    /// <summary>The activity source name to subscribe to (<c>CaseSdk</c>).</summary>
    public const string ActivitySourceName = "CaseSdk";

    internal static readonly ActivitySource Source = new(ActivitySourceName, UserAgent.SdkVersion);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // With no listener and neither log line enabled there is nothing to record: hand the inner task through
        // rather than await it in a state machine of its own.
        if (!Source.HasListeners() && !logger.IsEnabled(LogLevel.Warning) && !logger.IsEnabled(LogLevel.Debug))
        {
            return base.SendAsync(request, cancellationToken);
        }

        return SendRecordedAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendRecordedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operationId = RequestProperties.OperationId(request);
        using var activity = StartActivity(operationId, request.RequestUri);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (activity is not null)
            {
                activity.SetTag("datadog.attempts", RequestProperties.Attempts(request));
                if (!response.IsSuccessStatusCode)
                {
                    // HTTP conventions: error.type is the status code when the status is the error; no description then.
                    activity.SetTag("error.type", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    activity.SetStatus(ActivityStatusCode.Error);
                }
            }

            // Checked here because the arguments cost something (AbsolutePath builds a string) even when the level is off.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                TelemetryLog.Completed(logger, operationId, request.Method.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode, Elapsed(started));
            }
            return response;
        }
        catch (Exception e)
        {
            // Cancellation ends the operation unfinished, so the span records it as the conventions ask; the log does not,
            // since a caller's own cancellation is no failure to warn about.
            if (activity is not null)
            {
                activity.SetTag("datadog.attempts", RequestProperties.Attempts(request));
                activity.SetTag("error.type", e.GetType().FullName);
                activity.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            }

            if (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                TelemetryLog.Failed(logger, operationId, request.Method.Method, request.RequestUri?.AbsolutePath, e.GetType().Name, Elapsed(started));
            }

            throw;
        }
    }

    private static Activity? StartActivity(string operationId, Uri? uri)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        // Set at creation, so samplers can decide on them.
        var tags = new ActivityTagsCollection { ["datadog.operation_id"] = operationId };
        if (uri is { IsAbsoluteUri: true })
        {
            tags["server.address"] = uri.Host;
            tags["server.port"] = uri.Port;
        }

        return Source.StartActivity(ActivityKind.Internal, tags: tags, name: operationId);
    }

    private static double Elapsed(long started) => (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;
}
