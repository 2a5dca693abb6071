using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace CaseSdk.Http;

/// <summary>
/// The outermost handler: one <see cref="Activity"/> per call (source <c>CaseSdk</c>) and one log line per
/// completed call, both without headers or bodies.
/// </summary>
internal sealed class TelemetryHandler(ILogger logger) : DelegatingHandler
{
    /// <summary>The activity source name to subscribe to (<c>CaseSdk</c>).</summary>
    public const string ActivitySourceName = "CaseSdk";

    internal static readonly ActivitySource Source = new(ActivitySourceName);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operationId = RequestProperties.OperationId(request);
        using var activity = Source.StartActivity(operationId, ActivityKind.Client);
        activity?.SetTag("datadog.operation_id", operationId);
        activity?.SetTag("http.request.method", request.Method.Method);
        activity?.SetTag("url.path", request.RequestUri?.AbsolutePath);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            activity?.SetTag("datadog.attempts", RequestProperties.Attempts(request));
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            // Checked here because the arguments cost something (AbsolutePath builds a string) even when the level is off.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                TelemetryLog.Completed(logger, operationId, request.Method.Method, request.RequestUri?.AbsolutePath, (int)response.StatusCode, Elapsed(started));
            }
            return response;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetTag("datadog.attempts", RequestProperties.Attempts(request));
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            TelemetryLog.Failed(logger, operationId, request.Method.Method, request.RequestUri?.AbsolutePath, e.GetType().Name, Elapsed(started));
            throw;
        }
    }

    private static double Elapsed(long started) => (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;
}
