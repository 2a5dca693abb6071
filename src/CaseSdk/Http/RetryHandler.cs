using System.Globalization;
using System.Net;
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
        if (outcome.Result is { } response)
        {
            var status = (int)response.StatusCode;
            if (status == 429)
            {
                return true;
            }

            return (status >= 500 || status == 408) && (retryNonIdempotent || IsIdempotent(request.Method));
        }

        return outcome.Exception is HttpRequestException or IOException && (retryNonIdempotent || IsIdempotent(request.Method));
    }

    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head || method == HttpMethod.Options;

    /// <summary>The wait a 429 asks for: <c>X-RateLimit-Reset</c> seconds, else <c>Retry-After</c>; capped. Null = default back-off.</summary>
    internal static TimeSpan? ServerRequestedDelay(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan cap)
    {
        if (response is null || (int)response.StatusCode != 429)
        {
            return null;
        }

        // Datadog's own header first; Retry-After (seconds or a date) is what proxies and other hosts send.
        var asked = RateLimitInfo.ResetFrom(response.Headers)
            ?? (response.Headers.RetryAfter is { } retryAfter
                ? retryAfter.Delta ?? (retryAfter.Date is { } date ? date - timeProvider.GetUtcNow() : null)
                : null);

        if (asked is null)
        {
            return null;
        }

        return asked.Value < TimeSpan.Zero ? TimeSpan.Zero : asked.Value > cap ? cap : asked.Value;
    }
}
