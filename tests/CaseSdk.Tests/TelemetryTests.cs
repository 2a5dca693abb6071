using System.Diagnostics;
using System.Net;
using CaseSdk.Tests.Support;
using CaseSdk.Testing;
using Microsoft.Extensions.Logging.Testing;

namespace CaseSdk.Tests;

public sealed class TelemetryTests
{
    private const string AccessToken = "oauth-token-value-4242";
    private const string CaseJson = """{"data":{"id":"CASE-1","type":"case","attributes":{"title":"Disk full"}}}""";
    private const string RolesJson = """{"data":[]}""";

    /// <summary>
    /// Records the stopped activities of source <c>CaseSdk</c> that belong to this test: it starts a parent activity,
    /// so the client's activities share its trace id and other tests' calls never mix in.
    /// </summary>
    private sealed class ActivityRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly Activity _parent;
        private readonly List<Activity> _stopped = [];

        public ActivityRecorder()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "CaseSdk",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    lock (_stopped)
                    {
                        _stopped.Add(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
            _parent = new Activity(nameof(TelemetryTests)).SetIdFormat(ActivityIdFormat.W3C).Start();
        }

        public IReadOnlyList<Activity> Stopped
        {
            get
            {
                lock (_stopped)
                {
                    return _stopped.Where(a => a.TraceId == _parent.TraceId).ToList();
                }
            }
        }

        public void Dispose()
        {
            _parent.Stop();
            _listener.Dispose();
        }
    }

    [Test]
    public async Task One_internal_activity_per_call_carries_operation_server_and_two_attempts_after_a_429_retry()
    {
        using var recorder = new ActivityRecorder();
        var stub = new StubHandler()
            .Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "1"))
            .Respond(HttpStatusCode.OK, CaseJson);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases["CASE-1"].GetAsync();

        var activity = recorder.Stopped.Single();
        Assert.That(stub.Requests, Has.Count.EqualTo(2), "the retry happened inside the one activity");
        Assert.That(activity.Source.Name, Is.EqualTo("CaseSdk"));
        Assert.That(activity.Source.Version, Is.Not.Empty);
        Assert.That(activity.DisplayName, Is.EqualTo("GetCase"));
        Assert.That(activity.Kind, Is.EqualTo(ActivityKind.Internal), "the logical span; HttpClient's spans of each attempt are the CLIENT ones");
        Assert.That(activity.GetTagItem("datadog.operation_id"), Is.EqualTo("GetCase"));
        Assert.That(activity.GetTagItem("server.address"), Is.EqualTo("api.datadoghq.com"));
        Assert.That(activity.GetTagItem("server.port"), Is.EqualTo(443));
        Assert.That(activity.GetTagItem("datadog.attempts"), Is.EqualTo(2));
        Assert.That(activity.GetTagItem("error.type"), Is.Null);
        Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Unset));

        // HTTP attributes belong to the per-attempt CLIENT spans, not to the operation's.
        Assert.That(activity.GetTagItem("http.request.method"), Is.Null);
        Assert.That(activity.GetTagItem("http.response.status_code"), Is.Null);
    }

    [Test]
    public async Task Each_operation_call_gets_its_own_activity_named_after_the_operation()
    {
        using var recorder = new ActivityRecorder();
        var stub = new StubHandler()
            .Respond(HttpStatusCode.OK, CaseJson)
            .Respond(HttpStatusCode.OK, CaseJson)
            .Respond(HttpStatusCode.NoContent);
        using var client = TestClients.Over(stub);

        await client.Api.V2.Cases["CASE-1"].GetAsync();
        await client.Api.V2.Cases["CASE-1"].GetAsync();
        await client.Api.V2.Roles["role-1"].DeleteAsync();

        Assert.That(recorder.Stopped.Select(a => a.DisplayName), Is.EqualTo(new[] { "GetCase", "GetCase", "DeleteRole" }));
        Assert.That(recorder.Stopped.Select(a => a.GetTagItem("datadog.operation_id")), Is.EqualTo(new[] { "GetCase", "GetCase", "DeleteRole" }));
        Assert.That(recorder.Stopped.Select(a => a.Kind), Is.All.EqualTo(ActivityKind.Internal));
        Assert.That(recorder.Stopped.Select(a => a.GetTagItem("datadog.attempts")), Is.All.EqualTo(1));
        Assert.That(recorder.Stopped.Select(a => a.SpanId).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task Error_status_is_recorded_as_the_error_type()
    {
        using var recorder = new ActivityRecorder();
        var stub = new StubHandler().Respond(HttpStatusCode.NotFound, """{"errors":["Not found"]}""");
        using var client = TestClients.Over(stub);

        await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        var activity = recorder.Stopped.Single();
        Assert.That(activity.GetTagItem("error.type"), Is.EqualTo("404"));
        Assert.That(activity.GetTagItem("datadog.attempts"), Is.EqualTo(1));
        Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(activity.StatusDescription, Is.Null, "the status code says it all");
    }

    [Test]
    public async Task Transport_failure_is_recorded_with_the_exception_type_and_the_attempts_made()
    {
        using var recorder = new ActivityRecorder();
        var stub = new StubHandler()
            .Throw(new HttpRequestException("connection refused"))
            .Throw(new HttpRequestException("connection refused"));
        using var client = TestClients.Over(stub, o => o.Retry.MaxRetries = 1);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Cases["CASE-1"].GetAsync());

        var activity = recorder.Stopped.Single();
        Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(activity.StatusDescription, Is.EqualTo(nameof(HttpRequestException)));
        Assert.That(activity.GetTagItem("error.type"), Is.EqualTo("System.Net.Http.HttpRequestException"));
        Assert.That(activity.GetTagItem("datadog.attempts"), Is.EqualTo(2));
    }

    [Test]
    public async Task No_log_line_exception_activity_or_description_reveals_a_secret_or_its_header_name()
    {
        using var recorder = new ActivityRecorder();
        var logs = new FakeLogCollector();
        using var loggerFactory = logs.CreateLoggerFactory();
        var output = new List<string>();

        // Key pair: a 429 retry then success, a 404, and transport errors until retries run out.
        var stub = new StubHandler()
            .Respond((HttpStatusCode)429, """{"errors":["Too many requests"]}""", r => r.Headers.Add("X-RateLimit-Reset", "1"))
            .Respond(HttpStatusCode.OK, CaseJson)
            .Respond(HttpStatusCode.NotFound, """{"errors":["Case not found"]}""")
            .Throw(new HttpRequestException("connection reset by peer"))
            .Throw(new HttpRequestException("connection reset by peer"));
        DatadogClientOptions? keyOptions = null;
        using (var client = TestClients.Over(stub, o =>
        {
            o.LoggerFactory = loggerFactory;
            o.Retry.MaxRetries = 1;
            keyOptions = o;
        }))
        {
            await client.Api.V2.Cases["CASE-1"].GetAsync();
            output.Add((await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["CASE-1"].GetAsync()))!.ToString());
            output.Add((await Assert.ThrowsAsync<HttpRequestException>(() => client.Api.V2.Roles.GetAsync()))!.ToString());
            output.Add(client.ToString());
            output.Add(keyOptions!.ToString());
            output.Add(keyOptions.Credentials!.ToString()!);
        }

        // OAuth token: a 429 retry then success, and a 404.
        var tokenStub = new StubHandler()
            .Respond((HttpStatusCode)429, configure: r => r.Headers.Add("X-RateLimit-Reset", "1"))
            .Respond(HttpStatusCode.OK, RolesJson)
            .Respond(HttpStatusCode.NotFound);
        var tokenOptions = new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromAccessToken(AccessToken),
            HttpMessageHandler = tokenStub,
            TimeProvider = new RecordingTimeProvider(),
            LoggerFactory = loggerFactory,
        };
        using (var client = new DatadogClient(tokenOptions))
        {
            await client.Api.V2.Roles.GetAsync();
            output.Add((await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["CASE-1"].GetAsync()))!.ToString());
            output.Add(client.ToString());
            output.Add(tokenOptions.ToString());
            output.Add(tokenOptions.Credentials.ToString()!);
        }

        // The stubs saw the secrets, so the searches below look for values that really were in play.
        Assert.That(stub.Requests[0].Headers["DD-API-KEY"], Is.EqualTo(TestClients.ApiKey));
        Assert.That(tokenStub.Requests[0].Headers["Authorization"], Is.EqualTo("Bearer " + AccessToken));

        // The capture is not empty: every level the handlers log at, for every kind of outcome, is there.
        var logText = logs.Text();
        Assert.That(logText, Does.Contain("Retrying GET").And.Contain("answered 404").And.Contain("failed with HttpRequestException").And.Contain("answered 200"));

        var activities = recorder.Stopped;
        Assert.That(activities.Select(a => a.DisplayName), Is.EqualTo(new[] { "GetCase", "GetCase", "ListRoles", "ListRoles", "GetCase" }));
        output.AddRange(activities.Select(a => $"{a.DisplayName} {a.StatusDescription} {string.Join(";", a.TagObjects.Select(t => $"{t.Key}={t.Value}"))}"));

        var everything = logText + "\n" + string.Join("\n", output);
        foreach (var secret in new[] { TestClients.ApiKey, TestClients.AppKey, AccessToken, "DD-API-KEY", "DD-APPLICATION-KEY", "Authorization", "Bearer" })
        {
            Assert.That(everything, Does.Not.Contain(secret).IgnoreCase, $"'{secret}' leaked");
        }
    }
}
