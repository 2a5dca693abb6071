using Microsoft.Extensions.Time.Testing;

namespace CaseSdk.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that moves its clock through every wait as soon as the wait is asked for, and
/// remembers the waits, so retry tests never sleep and can assert the back-off.
/// </summary>
/// <remarks>
/// <see cref="FakeTimeProvider"/> fires a timer only when the test advances the clock, but the SDK's waits start deep
/// inside a call the test is awaiting, where the test has no moment to advance it; and the package keeps no list of the
/// delays asked of it. This adapter adds just those two things: the clock, its timers and <c>GetUtcNow</c> (which a
/// Retry-After date is measured against) are the package's.
/// </remarks>
public sealed class RecordingTimeProvider : FakeTimeProvider
{
    private readonly List<TimeSpan> _requestedDelays = [];

    /// <summary>The due time of every timer started with one, in the order they were started.</summary>
    public IReadOnlyList<TimeSpan> RequestedDelays
    {
        get
        {
            lock (_requestedDelays)
            {
                return [.. _requestedDelays];
            }
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_requestedDelays)
            {
                _requestedDelays.Add(dueTime);
            }

            // Fires this timer (and any other now due) before returning it; Task.Delay expects a timer that may have
            // fired by the time CreateTimer returns.
            Advance(dueTime);
        }

        return timer;
    }
}
