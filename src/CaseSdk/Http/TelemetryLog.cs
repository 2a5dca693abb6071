using Microsoft.Extensions.Logging;

namespace CaseSdk.Http;

/// <summary>Log messages for completed and failed calls; never headers, bodies or query strings.</summary>
internal static class TelemetryLog
{
    private static readonly Action<ILogger, string, string, string?, int, double, Exception?> CompletedMessage =
        LoggerMessage.Define<string, string, string?, int, double>(
            LogLevel.Debug,
            new EventId(1000, "Completed"),
            "{OperationId} {Method} {Path} answered {Status} in {ElapsedMs:0.0} ms");

    private static readonly Action<ILogger, string, string, string?, string, double, Exception?> FailedMessage =
        LoggerMessage.Define<string, string, string?, string, double>(
            LogLevel.Warning,
            new EventId(1002, "Failed"),
            "{OperationId} {Method} {Path} failed with {ExceptionType} after {ElapsedMs:0.0} ms");

    public static void Completed(ILogger logger, string operationId, string method, string? path, int status, double elapsedMs) =>
        CompletedMessage(logger, operationId, method, path, status, elapsedMs, null);

    public static void Failed(ILogger logger, string operationId, string method, string? path, string exceptionType, double elapsedMs) =>
        FailedMessage(logger, operationId, method, path, exceptionType, elapsedMs, null);
}
