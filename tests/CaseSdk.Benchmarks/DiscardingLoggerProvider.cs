using Microsoft.Extensions.Logging;

namespace CaseSdk.Benchmarks;

/// <summary>
/// Behaves like the console logger provider without the console: each logger is enabled for every level but
/// <see cref="LogLevel.None"/> (the factory's filter decides, as it does for the console logger), formats the
/// messages that pass, and throws the text away. Used through <see cref="LoggerFactory.Create"/> at the default
/// minimum level (Information), so the SDK pays exactly what it would pay in a service that logs to the console.
/// </summary>
public sealed class DiscardingLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => DiscardingLogger.Instance;

    public void Dispose()
    {
    }

    /// <summary>A logger factory at the default minimum level, writing to this provider only.</summary>
    public static ILoggerFactory CreateFactory() =>
        LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new DiscardingLoggerProvider()));

    private sealed class DiscardingLogger : ILogger
    {
        public static readonly DiscardingLogger Instance = new();

        // Kept so the formatted text is not optimised away.
        private int _formattedLength;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Interlocked.Add(ref _formattedLength, formatter(state, exception).Length);
            }
        }
    }
}
