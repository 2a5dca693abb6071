namespace CaseSdk;

/// <summary>How the client retries rate-limited and transiently failed requests.</summary>
public sealed class DatadogRetryOptions
{
    /// <summary>Retries after the first attempt (0 turns retries off). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The median first back-off for 5xx, 408 and transport failures; doubles per attempt, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single wait, including the wait a 429 asks for. Default 60 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether POST and PATCH are retried on 5xx, 408 and transport failures. Off by default: the first
    /// attempt may have succeeded, and a duplicated <c>CreateCase</c> is worse than an error. 429 is always
    /// retried, since the server did not process the request.
    /// </summary>
    public bool RetryNonIdempotentRequests { get; set; }

    internal void Validate()
    {
        if (MaxRetries < 0 || MaxRetries > 10)
        {
            throw new ArgumentException($"Retry.MaxRetries must be between 0 and 10; it is {MaxRetries}.", nameof(MaxRetries));
        }

        if (BaseDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero || BaseDelay > MaxDelay)
        {
            throw new ArgumentException("Retry.BaseDelay and Retry.MaxDelay must be non-negative, with BaseDelay <= MaxDelay.", nameof(BaseDelay));
        }
    }
}
