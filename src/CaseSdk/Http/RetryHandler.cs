using System.Globalization;
using System.Net;
using CaseSdk.Runtime;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace CaseSdk.Http;

/// <summary>
/// Retries rate-limited (429) requests after the wait the server asks for, and — for idempotent methods,
/// or all methods when the caller opts in — 5xx, 408 and transport failures with exponential back-off and jitter.
/// </summary>
/// <remarks>
/// The first attempt goes straight to the inner handler: most calls succeed at once, and Polly's machinery (a context,
/// a wrapped task, its state machines) would cost every one of them. Only an outcome <see cref="ShouldRetry"/> would
/// retry enters the Polly pipeline, which is built then (so a process that never retries never loads it) and gets
/// that outcome as its attempt 0: the delays, the retry log, the attempt count and the limit are Polly's, as if it
/// had made the first attempt itself.
/// </remarks>
internal sealed class RetryHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("CaseSdk.Request");

    private readonly DatadogRetryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    // Read once, as the pipeline built at construction used to: later changes to the options do not apply.
    private readonly int _maxRetries;
    private readonly TimeSpan _baseDelay;
    private readonly TimeSpan _maxDelay;

    private ResiliencePipeline<HttpResponseMessage>? _pipeline;

    public RetryHandler(DatadogRetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _maxRetries = options.MaxRetries;
        _baseDelay = options.BaseDelay;
        _maxDelay = options.MaxDelay;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_maxRetries == 0)
        {
            return SendOnce(request, cancellationToken);
        }

        return SendWithRetriesAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // What Polly does before every attempt: a call cancelled already sends nothing.
        if (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        HttpResponseMessage response;
        try
        {
            response = await SendOnce(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && ShouldRetry(Outcome.FromException<HttpResponseMessage>(e), request, _options.RetryNonIdempotentRequests))
        {
            return await RetryAsync(request, Outcome.FromException<HttpResponseMessage>(e), cancellationToken).ConfigureAwait(false);
        }

        // Polly's own rule after an attempt: a cancelled call gets the outcome it has.
        if (cancellationToken.IsCancellationRequested || !ShouldRetry(Outcome.FromResult(response), request, _options.RetryNonIdempotentRequests))
        {
            return response;
        }

        return await RetryAsync(request, Outcome.FromResult(response), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Hands the rest of the call to the Polly pipeline, with <paramref name="first"/> as its attempt 0.</summary>
    private async Task<HttpResponseMessage> RetryAsync(HttpRequestMessage request, Outcome<HttpResponseMessage> first, CancellationToken cancellationToken)
    {
        var attempts = new RemainingAttempts(this, request, first);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            return await Pipeline.ExecuteAsync(static (ctx, state) => state.Next(ctx.CancellationToken), context, attempts).ConfigureAwait(false);
        }
        finally
        {
            // Polly skips the callback when the call is cancelled in between; the first response is then nobody's.
            attempts.DisposeUnclaimedFirst();
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private ResiliencePipeline<HttpResponseMessage> Pipeline
    {
        get
        {
            if (Volatile.Read(ref _pipeline) is { } pipeline)
            {
                return pipeline;
            }

            // Two first retries at once may both build one; either will do.
            var built = BuildPipeline();
            return Interlocked.CompareExchange(ref _pipeline, built, null) ?? built;
        }
    }

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var options = _options;
        var timeProvider = _timeProvider;
        var logger = _logger;
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _maxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _baseDelay,
                MaxDelay = _maxDelay,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, Request(args.Context), options.RetryNonIdempotentRequests)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(ServerRequestedDelay(args.Outcome.Result, timeProvider, options.MaxDelay)),
                OnRetry = args =>
                {
                    var request = Request(args.Context);
                    var status = args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name;
                    RetryLog.Retrying(logger, request.Method.Method, request.RequestUri?.AbsolutePath, status, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .Build();
    }

    private Task<HttpResponseMessage> SendOnce(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestProperties.CountAttempt(request);
        return base.SendAsync(request, cancellationToken);
    }

    private static HttpRequestMessage Request(ResilienceContext context) => context.Properties.GetValue(RequestKey, null!);

    /// <summary>The attempts Polly asks for: the first is the one already made, the others are sent.</summary>
    private sealed class RemainingAttempts(RetryHandler handler, HttpRequestMessage request, Outcome<HttpResponseMessage> first)
    {
        private Outcome<HttpResponseMessage>? _first = first;

        public ValueTask<HttpResponseMessage> Next(CancellationToken cancellationToken)
        {
            if (_first is { } outcome)
            {
                _first = null;
                // Rethrown with its own stack trace, as if the attempt had thrown inside Polly.
                outcome.ThrowIfException();
                return new ValueTask<HttpResponseMessage>(outcome.Result!);
            }

            return new ValueTask<HttpResponseMessage>(handler.SendOnce(request, cancellationToken));
        }

        public void DisposeUnclaimedFirst()
        {
            if (_first is { Result: { } response })
            {
                response.Dispose();
            }

            _first = null;
        }
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage request, bool retryNonIdempotent)
    {
        // A first attempt may have read a stream that cannot seek; sending it again would send a truncated body.
        if (request is OperationRequestMessage { BodyCanBeResent: false })
        {
            return false;
        }

        if (outcome.Result is { } response)
        {
            var status = (int)response.StatusCode;
            if (status == 429)
            {
                return true;
            }

            return (status >= 500 || status == 408) && (retryNonIdempotent || IsIdempotent(request.Method));
        }

        return outcome.Exception is { } exception && TransportFault.Is(exception)
            && !PermanentFailure.Is(outcome.Exception)
            && (retryNonIdempotent || IsIdempotent(request.Method));
    }

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head || method == HttpMethod.Options;

    /// <summary>
    /// The wait the server asks for, capped at <paramref name="cap"/>; null = default back-off. A 429 is read from
    /// <c>X-RateLimit-Reset</c> seconds, else <c>Retry-After</c>; a 503 from <c>Retry-After</c>. Values that are
    /// garbage, negative or absurdly large are ignored or clamped, never thrown.
    /// </summary>
    internal static TimeSpan? ServerRequestedDelay(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan cap)
    {
        var status = response is null ? 0 : (int)response.StatusCode;
        if (status != 429 && status != 503)
        {
            return null;
        }

        // Datadog's own header first; Retry-After (seconds or a date) is what proxies and other hosts send.
        var asked = (status == 429 ? RateLimitInfo.ResetFrom(response!.Headers) : null) ?? RetryAfter(response!, timeProvider);
        if (asked is null)
        {
            return null;
        }

        return asked.Value < TimeSpan.Zero ? TimeSpan.Zero : asked.Value > cap ? cap : asked.Value;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        try
        {
            if (response.Headers.RetryAfter is not { } retryAfter)
            {
                return null;
            }

            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            // DateTimeOffset subtraction stays within TimeSpan's range for any two representable dates.
            return retryAfter.Date is { } date ? date - timeProvider.GetUtcNow() : null;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }
}
