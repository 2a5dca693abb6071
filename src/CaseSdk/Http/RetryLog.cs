using Microsoft.Extensions.Logging;

namespace CaseSdk.Http;

/// <summary>Log messages of the retry handler; they carry method, path, status, attempt and delay — never headers.</summary>
internal static class RetryLog
{
    private static readonly Action<ILogger, string, string?, string?, int, double, Exception?> RetryingMessage =
        LoggerMessage.Define<string, string?, string?, int, double>(
            LogLevel.Warning,
            new EventId(1001, "Retrying"),
            "Retrying {Method} {Path} after {Status}: attempt {Attempt} in {DelayMs} ms");

    public static void Retrying(ILogger logger, string method, string? path, string? status, int attempt, double delayMs) =>
        RetryingMessage(logger, method, path, status, attempt, delayMs, null);
}
