using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;
using CaseSdk.Testing;

namespace CaseSdk.ContractTests;

/// <summary>
/// Every operation over real HTTP against Prism (<c>prism mock --errors spec/openapi.yaml</c>, the version pinned in
/// package-lock.json), which validates method, path, security headers, query and body against the spec and answers
/// with the spec's example. Any validation error fails the test with Prism's own message.
/// </summary>
[NonParallelizable]
public sealed class PrismContractTests
{
    private PrismServer? _prism;

    [OneTimeSetUp]
    public async Task StartPrismAsync()
    {
        var unavailable = PrismServer.UnavailableReason();
        if (unavailable is not null)
        {
            // CI must run these; a developer machine without Node.js reports them as not run, with the reason.
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Assert.Fail($"Prism contract tests cannot run under CI=true: {unavailable}");
            }

            Assert.Ignore($"Prism contract tests not run: {unavailable}");
        }

        _prism = await PrismServer.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopPrismAsync()
    {
        if (_prism is not null)
        {
            await _prism.DisposeAsync();
            _prism = null;
        }
    }

    private PrismServer Prism => _prism ?? throw new InvalidOperationException("Prism is not running.");

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.All))]
    public async Task Operation_passes_prism_validation_and_its_answer_fits_the_model(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);
        var call = OperationCalls.For(operationId);
        var recorder = new RecordingHandler(new SocketsHttpHandler());
        using var client = ContractClients.OverHttp(Prism.BaseAddress, recorder);

        object? result;
        try
        {
            result = await call(client, CancellationToken.None);
        }
        catch (DatadogApiException e)
        {
            Assert.Fail($"Prism rejected {operationId} with {(int)e.StatusCode}.\n{Explain(recorder)}");
            throw;
        }

        var exchange = recorder.Single(operationId);
        Assert.That((int)exchange.Status, Is.EqualTo(operation.SuccessStatus), Explain(recorder));
        Assert.That(exchange.ResponseHeaders.ContainsKey("sl-violations"), Is.False, Explain(recorder));
        if (operation.ResponseExample is null)
        {
            Assert.That(result, Is.Null);
            Assert.That(exchange.ResponseBody, Is.Empty);
            return;
        }

        // Prism answers with the spec's example: the model must carry every field of it, with the same value.
        var body = JsonNode.Parse(exchange.ResponseBody);
        JsonComparison.AssertEqual(operation.ResponseExample, body, $"{operationId}: Prism's answer against the spec's example");
        ModelCoverage.AssertCovers(body, result, $"{operationId}: Prism's {(int)exchange.Status} answer");
    }

    // The checks above only mean something if a contract violation makes Prism answer with an error.
    [Test]
    public async Task Prism_rejects_requests_that_break_the_spec()
    {
        using var http = new HttpClient { BaseAddress = Prism.BaseAddress };

        using var noKeys = await http.GetAsync(new Uri("api/v2/cases", UriKind.Relative));
        using var wrongPath = await SendWithKeysAsync(http, HttpMethod.Get, "api/v2/casez", null);
        using var wrongMethod = await SendWithKeysAsync(http, HttpMethod.Put, "api/v2/cases", "{}");
        using var badBody = await SendWithKeysAsync(http, HttpMethod.Post, "api/v2/cases", """{"data":{"type":"case","attributes":{"title":42}}}""");
        using var badEnum = await SendWithKeysAsync(http, HttpMethod.Get, "api/v2/teams?include=everything", null);

        Assert.Multiple(() =>
        {
            Assert.That(noKeys.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(wrongPath.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((int)wrongMethod.StatusCode, Is.AnyOf(404, 405));
            Assert.That((int)badBody.StatusCode, Is.AnyOf(400, 422));
            Assert.That(badBody.Headers.Contains("sl-violations"), Is.True);
            Assert.That((int)badEnum.StatusCode, Is.AnyOf(400, 422));
        });
    }

    private static Task<HttpResponseMessage> SendWithKeysAsync(HttpClient http, HttpMethod method, string path, string? json)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("DD-API-KEY", "contract-api-key-00000000");
        request.Headers.Add("DD-APPLICATION-KEY", "contract-app-key-00000000");
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    // What Prism said about the exchange: status, its violations header, its body, and the end of its log.
    private string Explain(RecordingHandler recorder)
    {
        var text = new StringBuilder();
        foreach (var exchange in recorder.Exchanges)
        {
            text.AppendLine($"{exchange.Method} {exchange.Uri.PathAndQuery} -> {(int)exchange.Status}");
            if (exchange.RequestBody is { Length: > 0 } sent)
            {
                text.AppendLine($"request body: {sent}");
            }

            if (exchange.ResponseHeaders.TryGetValue("sl-violations", out var violations))
            {
                text.AppendLine($"sl-violations: {violations}");
            }

            text.AppendLine($"response body: {exchange.ResponseBody}");
        }

        var log = Prism.Output.Split('\n');
        text.AppendLine("Prism log (last lines):");
        text.AppendLine(string.Join("\n", log.TakeLast(15)));
        return text.ToString();
    }
}
