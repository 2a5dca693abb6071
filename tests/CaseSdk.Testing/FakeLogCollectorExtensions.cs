using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CaseSdk.Testing;

/// <summary>What the tests need from a <see cref="FakeLogCollector"/>: a logger factory over it and its records as text.</summary>
public static class FakeLogCollectorExtensions
{
    /// <summary>
    /// A logger factory whose loggers write into <paramref name="collector"/> at every level, Trace included (a factory
    /// built with <see cref="LoggerFactory.Create"/> stops at Information by default, and IHttpClientFactory logs
    /// request headers at Trace).
    /// </summary>
    public static ILoggerFactory CreateLoggerFactory(this FakeLogCollector collector) =>
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));

    /// <summary>
    /// Every record collected so far, one line each: level, event name, formatted message, the state's values and the
    /// exception, so that a search for a secret covers all of what a logging backend could write.
    /// </summary>
    public static IReadOnlyList<string> Lines(this FakeLogCollector collector) =>
        collector.GetSnapshot().Select(Line).ToList();

    /// <summary><see cref="Lines"/> joined with newlines.</summary>
    public static string Text(this FakeLogCollector collector) => string.Join("\n", collector.Lines());

    /// <summary>
    /// <see cref="Text"/>, except that IHttpClientFactory's request and response header events (category
    /// <c>System.Net.Http.HttpClient.*</c>) contribute their formatted message only, not their state's values.
    /// </summary>
    /// <remarks>
    /// Microsoft.Extensions.Http 10.0 redacts header values in the formatted message only: the state of those events
    /// carries every header's raw value, whatever RedactLoggedHeaders says, so a structured logging backend that
    /// writes state values writes the credentials too. A check that the redaction is in force can look at the message
    /// only; that the credentials reach the state at all is a known gap, not what such a check asserts.
    /// </remarks>
    public static string TextWithoutFactoryHeaderValues(this FakeLogCollector collector) =>
        string.Join("\n", collector.GetSnapshot().Select(r => Line(r, includeState: !IsFactoryHeaderEvent(r))));

    private static bool IsFactoryHeaderEvent(FakeLogRecord record) =>
        record.Category?.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal) == true
        && record.Id.Name is "RequestPipelineRequestHeader" or "RequestPipelineResponseHeader" or "RequestHeader" or "ResponseHeader";

    private static string Line(FakeLogRecord record) => Line(record, includeState: true);

    private static string Line(FakeLogRecord record, bool includeState)
    {
        var values = includeState && record.StructuredState is { } pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
        return $"{record.Level} {record.Id.Name}: {record.Message} [{values}] {record.Exception}";
    }
}
