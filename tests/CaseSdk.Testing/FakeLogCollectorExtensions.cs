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
    /// The records of IHttpClientFactory's own loggers for the client named <paramref name="httpClientName"/>
    /// (categories <c>System.Net.Http.HttpClient.{name}.LogicalHandler</c> and <c>.ClientHandler</c>).
    /// </summary>
    public static IReadOnlyList<FakeLogRecord> HttpClientFactoryRecords(this FakeLogCollector collector, string httpClientName) =>
        collector.GetSnapshot().Where(r => r.Category?.StartsWith($"System.Net.Http.HttpClient.{httpClientName}.", StringComparison.Ordinal) == true).ToList();

    private static string Line(FakeLogRecord record)
    {
        var values = record.StructuredState is { } pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
        return $"{record.Level} {record.Id.Name}: {record.Message} [{values}] {record.Exception}";
    }
}
