using System.Diagnostics;
using System.Net;
using CaseSdk.Testing;
using Microsoft.AspNetCore.Http;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CaseSdk.Tests;

/// <summary>
/// The spans an application collecting with the OpenTelemetry SDK sees, over real loopback HTTP: one INTERNAL span per
/// operation, named by the operation, with HttpClient's CLIENT spans (one per attempt) as its children.
/// </summary>
public sealed class OpenTelemetryTests
{
    private const string ApiKey = "otel-api-key-8c1f0e22d9";
    private const string AppKey = "otel-app-key-4b7a93e6f1";
    private const string CaseJson = """{"data":{"id":"CASE-1","type":"case","attributes":{"title":"Disk full"}}}""";

    private static readonly ActivitySource TestSource = new("CaseSdk.Tests.Application");

    /// <summary>The spans of one trace, recorded by the OpenTelemetry SDK with HttpClient's instrumentation.</summary>
    private static async Task<IReadOnlyList<Activity>> TraceAsync(Func<Task> calls)
    {
        var exported = new List<Activity>();
        ActivityTraceId traceId;
        using (Sdk.CreateTracerProviderBuilder()
            .AddSource(TestSource.Name, "CaseSdk")
            .AddHttpClientInstrumentation()
            .AddInMemoryExporter(exported)
            .Build())
        {
            using (var parent = TestSource.StartActivity("application work"))
            {
                Assert.That(parent, Is.Not.Null, "the tracer provider listens to the test's source");
                traceId = parent!.TraceId;
                await calls();
            }
        }

        // Only this trace: nothing another test sends can mix in.
        lock (exported)
        {
            return exported.Where(a => a.TraceId == traceId).ToList();
        }
    }

    private static DatadogClient ClientFor(LoopbackServer server, int maxRetries = 3) => new(new DatadogClientOptions
    {
        BaseAddress = server.BaseAddress,
        Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey),
        Retry = new DatadogRetryOptions { MaxRetries = maxRetries },
        // Retry waits end at once; the HTTP is real.
        TimeProvider = new RecordingTimeProvider(),
    });

    [Test]
    public async Task Each_operation_is_one_internal_span_whose_children_are_the_http_attempts_including_a_retry()
    {
        var getCaseCalls = 0;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Method == "DELETE")
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            }

            if (Interlocked.Increment(ref getCaseCalls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync(CaseJson);
        });
        using var client = ClientFor(server);

        var spans = await TraceAsync(async () =>
        {
            await client.Api.V2.Cases["CASE-1"].GetAsync();
            await client.Api.V2.Roles["role-1"].DeleteAsync();
        });

        var application = spans.Single(s => s.Source.Name == TestSource.Name);
        var operations = spans.Where(s => s.Source.Name == "CaseSdk").ToList();
        Assert.That(operations.Select(s => s.DisplayName), Is.EquivalentTo(new[] { "GetCase", "DeleteRole" }), "exactly one SDK span per operation");
        foreach (var operation in operations)
        {
            Assert.That(operation.Kind, Is.EqualTo(ActivityKind.Internal), $"{operation.DisplayName}: the SDK's span is the logical one, not a second CLIENT span");
            Assert.That(operation.ParentSpanId, Is.EqualTo(application.SpanId), $"{operation.DisplayName} is a child of the caller's span");
            Assert.That(operation.GetTagItem("datadog.operation_id"), Is.EqualTo(operation.DisplayName));
            Assert.That(operation.GetTagItem("server.address"), Is.EqualTo("127.0.0.1"));
            Assert.That(operation.GetTagItem("server.port"), Is.EqualTo(server.BaseAddress.Port));
            Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Unset));
            Assert.That(operation.GetTagItem("error.type"), Is.Null);
        }

        // Every CLIENT span is HttpClient's, under the SDK span of its operation: one per attempt, the retried 503 included.
        var http = spans.Where(s => s.Kind == ActivityKind.Client).ToList();
        Assert.That(http, Has.Count.EqualTo(3));
        Assert.That(http.Select(s => s.Source.Name), Has.None.EqualTo("CaseSdk"));
        var getCase = operations.Single(s => s.DisplayName == "GetCase");
        var deleteRole = operations.Single(s => s.DisplayName == "DeleteRole");
        var getAttempts = http.Where(s => s.ParentSpanId == getCase.SpanId).OrderBy(s => s.StartTimeUtc).ToList();
        var deleteAttempts = http.Where(s => s.ParentSpanId == deleteRole.SpanId).ToList();
        Assert.That(getAttempts.Select(s => s.GetTagItem("http.response.status_code")), Is.EqualTo(new object[] { 503, 200 }));
        Assert.That(getAttempts.Select(s => s.GetTagItem("http.request.method")), Is.All.EqualTo("GET"));
        Assert.That(deleteAttempts.Select(s => s.GetTagItem("http.response.status_code")), Is.EqualTo(new object[] { 204 }));
        Assert.That(getCase.GetTagItem("datadog.attempts"), Is.EqualTo(2));
        Assert.That(deleteRole.GetTagItem("datadog.attempts"), Is.EqualTo(1));

        // The operation span covers its attempts.
        foreach (var attempt in getAttempts)
        {
            Assert.That(attempt.StartTimeUtc, Is.GreaterThanOrEqualTo(getCase.StartTimeUtc));
            Assert.That(attempt.StartTimeUtc + attempt.Duration, Is.LessThanOrEqualTo(getCase.StartTimeUtc + getCase.Duration));
        }

        // Each request carried its own attempt's span as the W3C parent, so the server's spans join the same trace.
        var traceparents = server.Received.Select(r => r.Headers["traceparent"]).ToList();
        Assert.That(traceparents, Is.EqualTo(getAttempts.Concat(deleteAttempts).Select(s => $"00-{s.TraceId}-{s.SpanId}-01")));

        AssertNoCredentials(spans);
    }

    [Test]
    public async Task Retries_that_run_out_leave_one_failed_operation_span_over_every_failed_attempt()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        using var client = ClientFor(server, maxRetries: 2);

        var spans = await TraceAsync(async () =>
        {
            var error = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());
            Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        });

        var operation = spans.Single(s => s.Source.Name == "CaseSdk");
        Assert.That(operation.Kind, Is.EqualTo(ActivityKind.Internal));
        Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(operation.GetTagItem("error.type"), Is.EqualTo("503"));
        Assert.That(operation.GetTagItem("datadog.attempts"), Is.EqualTo(3));
        var attempts = spans.Where(s => s.Kind == ActivityKind.Client).ToList();
        Assert.That(attempts, Has.Count.EqualTo(3));
        Assert.That(attempts.Select(s => s.ParentSpanId), Is.All.EqualTo(operation.SpanId));
        Assert.That(attempts.Select(s => s.GetTagItem("http.response.status_code")), Is.All.EqualTo(503));
        Assert.That(attempts.Select(s => s.Status), Is.All.EqualTo(ActivityStatusCode.Error));
        AssertNoCredentials(spans);
    }

    [Test]
    public async Task A_connection_failure_is_recorded_on_the_operation_span_with_the_exception_type()
    {
        // A port nobody listens on: take one from a server, then stop it.
        Uri closed;
        await using (var gone = await LoopbackServer.StartAsync(_ => Task.CompletedTask))
        {
            closed = gone.BaseAddress;
        }

        using var client = new DatadogClient(new DatadogClientOptions
        {
            BaseAddress = closed,
            Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey),
            Retry = new DatadogRetryOptions { MaxRetries = 1 },
            TimeProvider = new RecordingTimeProvider(),
        });

        var spans = await TraceAsync(async () => await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Cases["CASE-1"].GetAsync()));

        var operation = spans.Single(s => s.Source.Name == "CaseSdk");
        Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(operation.GetTagItem("error.type"), Is.EqualTo(typeof(HttpRequestException).FullName));
        Assert.That(operation.GetTagItem("datadog.attempts"), Is.EqualTo(2));
        Assert.That(spans.Where(s => s.Kind == ActivityKind.Client).Select(s => s.ParentSpanId), Is.EqualTo(new[] { operation.SpanId, operation.SpanId }));
        AssertNoCredentials(spans);
    }

    [Test]
    public async Task A_call_that_times_out_ends_its_operation_span_as_an_error()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, as the test wants.
            }
        });
        using var client = new DatadogClient(new DatadogClientOptions
        {
            BaseAddress = server.BaseAddress,
            Credentials = DatadogCredentials.FromApiKeys(ApiKey, AppKey),
            Timeout = TimeSpan.FromMilliseconds(300),
        });

        var spans = await TraceAsync(async () => await Assert.ThrowsAsync<TimeoutException>(() => client.Api.V2.Cases["CASE-1"].GetAsync()));

        var operation = spans.Single(s => s.Source.Name == "CaseSdk");
        Assert.That(operation.Status, Is.EqualTo(ActivityStatusCode.Error), "an operation cut off by the deadline did not succeed");
        Assert.That(operation.GetTagItem("error.type") as string, Does.EndWith("CanceledException"));
        Assert.That(spans.Where(s => s.Kind == ActivityKind.Client).Select(s => s.ParentSpanId), Is.EqualTo(new[] { operation.SpanId }));
    }

    /// <summary>No name, status text, attribute or event of any span holds a key or a credential header.</summary>
    private static void AssertNoCredentials(IEnumerable<Activity> spans)
    {
        foreach (var span in spans)
        {
            var text = string.Join(
                "\n",
                new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty }
                    .Concat(span.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                    .Concat(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}"))));
            foreach (var secret in new[] { ApiKey, AppKey, "DD-API-KEY", "DD-APPLICATION-KEY" })
            {
                Assert.That(text, Does.Not.Contain(secret).IgnoreCase, $"span {span.DisplayName}");
            }
        }
    }
}
