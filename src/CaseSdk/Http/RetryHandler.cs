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
internal sealed class RetryHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("CaseSdk.Request");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public RetryHandler(DatadogRetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, Request(args.Context), options.RetryNonIdempotentRequests)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(ServerRequestedDelay(args.Outcome.Result, timeProvider, options.MaxDelay)),
                OnRetry = args =>
                {
                    var request = Request(args.Context);
                    var status = args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name;
                    RetryLog.Retrying(logger, request.Method.Method, request.RequestUri?.AbsolutePath, status, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            });
        }

        _pipeline = builder.Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestKey, request);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<HttpResponseMessage>(state.SendOnce(ctx.Properties.GetValue(RequestKey, null!), ctx.CancellationToken)),
                context,
                this).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendOnce(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestProperties.CountAttempt(request);
        return base.SendAsync(request, cancellationToken);
    }

    private static HttpRequestMessage Request(ResilienceContext context) => context.Properties.GetValue(RequestKey, null!);

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
