namespace CaseSdk.Runtime;

/// <summary>
/// The cancellation one call runs under (see <see cref="DeadlineSource"/>): the client's timeout, the caller's token
/// and the client's disposal, whichever comes first. It covers the whole call, body included.
/// </summary>
internal readonly struct CallDeadline : IDisposable
{
    private readonly DeadlineSource _owner;
    private readonly CancellationTokenSource? _source;
    private readonly CancellationToken _caller;
    private readonly CancellationTokenRegistration _callerRegistration;
    private readonly CancellationTokenRegistration _shutdownRegistration;

    internal CallDeadline(DeadlineSource owner, CancellationTokenSource? source, CancellationToken caller, CancellationTokenRegistration callerRegistration, CancellationTokenRegistration shutdownRegistration)
    {
        _owner = owner;
        _source = source;
        _caller = caller;
        _callerRegistration = callerRegistration;
        _shutdownRegistration = shutdownRegistration;
    }

    /// <summary>The token to send and read under.</summary>
    public CancellationToken Token => _source?.Token ?? _owner.ShutdownToken;

    /// <summary>True when the timeout ended the call: neither the caller nor the client's disposal cancelled it.</summary>
    public bool HasExpired => _source is { IsCancellationRequested: true } && !_caller.IsCancellationRequested && !_owner.IsShutDown;

    /// <summary>Releases the registrations (waiting for a callback that is running) and gives the source back.</summary>
    public void Dispose()
    {
        _callerRegistration.Dispose();
        _shutdownRegistration.Dispose();
        if (_source is not null)
        {
            _owner.Return(_source);
        }
    }
}
