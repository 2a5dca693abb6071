#if !NETSTANDARD2_0
using System.Collections.Concurrent;
#endif

namespace CaseSdk.Runtime;

/// <summary>
/// Starts the <see cref="CallDeadline"/> each call runs under: its token fires when the client's timeout passes, when
/// the caller cancels, or when the client is disposed (which cancels the calls in flight, as disposing an
/// <see cref="HttpClient"/> does).
/// </summary>
/// <remarks>
/// On .NET 6 and later the token sources are pooled: a source that never fired is reset with
/// <c>CancellationTokenSource.TryReset</c> and serves the next call, its timer with it, so a call allocates no
/// source, timer or linked-source registrations. Reset is safe because every user of the token — the handlers, the
/// transport, a token provider the call awaited — has finished with it when the call ends, and reset drops any
/// callback still registered. On .NET Standard each call links a new source, as before.
/// </remarks>
internal sealed class DeadlineSource
{
#if !NETSTANDARD2_0
    // Enough for the callers one client usually has in flight; sources beyond it are disposed when their call ends.
    private const int PoolCapacity = 64;

    private static readonly Action<object?> CancelSource = static state => ((CancellationTokenSource)state!).Cancel();

    private readonly ConcurrentQueue<CancellationTokenSource> _pool = new();
    private int _pooled;
#endif

    // Never disposed: it has no timer, and a call starting after the client's disposal must still see it cancelled.
    private readonly CancellationTokenSource _shutdown = new();

    public DeadlineSource(TimeSpan timeout)
    {
        Timeout = timeout;
    }

    /// <summary>How long a call may take, body included; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for no limit.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>True once <see cref="ShutDown"/> has run.</summary>
    public bool IsShutDown => _shutdown.IsCancellationRequested;

    internal CancellationToken ShutdownToken => _shutdown.Token;

    /// <summary>Starts the deadline of one call made with <paramref name="cancellationToken"/>; dispose it when the call ends.</summary>
    public CallDeadline Start(CancellationToken cancellationToken)
    {
#if NETSTANDARD2_0
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _shutdown.Token);
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            source.CancelAfter(Timeout);
        }

        return new CallDeadline(this, source, cancellationToken, default, default);
#else
        if (!cancellationToken.CanBeCanceled && Timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            // Nothing but the client's disposal can end the call: its token will do.
            return new CallDeadline(this, null, cancellationToken, default, default);
        }

        var source = Rent();
        var callerRegistration = cancellationToken.CanBeCanceled ? cancellationToken.UnsafeRegister(CancelSource, source) : default;
        // A long-lived source reuses its registration nodes, so this costs no allocation once warm.
        var shutdownRegistration = _shutdown.Token.UnsafeRegister(CancelSource, source);
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            source.CancelAfter(Timeout);
        }

        return new CallDeadline(this, source, cancellationToken, callerRegistration, shutdownRegistration);
#endif
    }

    /// <summary>Cancels every call in flight, and every call started from now on.</summary>
    public void ShutDown() => _shutdown.Cancel();

    /// <summary>Takes back the source of a call that has ended and released its registrations.</summary>
    internal void Return(CancellationTokenSource source)
    {
#if !NETSTANDARD2_0
        // A source that fired (or whose timer may have) cannot be reset; it is disposed with its timer.
        if (source.TryReset())
        {
            if (Interlocked.Increment(ref _pooled) <= PoolCapacity)
            {
                _pool.Enqueue(source);
                return;
            }

            Interlocked.Decrement(ref _pooled);
        }
#endif
        source.Dispose();
    }

#if !NETSTANDARD2_0
    private CancellationTokenSource Rent()
    {
        if (_pool.TryDequeue(out var source))
        {
            Interlocked.Decrement(ref _pooled);
            return source;
        }

        return new CancellationTokenSource();
    }
#endif
}
