using System.Net;
using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;

namespace CaseSdk.ContractTests;

/// <summary>Each documented error status of each operation surfaces as a <see cref="DatadogApiException"/> carrying it.</summary>
public sealed class ErrorContractTests
{
    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.DocumentedErrors))]
    public async Task Documented_error_status_yields_DatadogApiException_with_the_errors(string operationId, int status)
    {
        string[] errors = [$"{operationId} failed with {status}", "a second message, \"quoted\""];
        var body = new JsonObject { ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)e).ToArray()) };
        using var client = ContractClients.Answering((HttpStatusCode)status, body.ToJsonString(), out var recorder);

        var exception = await Assert.ThrowsAsync<DatadogApiException>(() => OperationCalls.For(operationId)(client, CancellationToken.None));

        Assert.That(exception!.StatusCode, Is.EqualTo((HttpStatusCode)status));
        Assert.That(exception.ErrorMessages, Is.EqualTo(errors));
        Assert.That(exception.OperationId, Is.EqualTo(operationId));
        Assert.That(exception.IsDocumentedStatus, Is.True, "the spec documents this status for the operation");
        Assert.That(recorder.Exchanges, Has.Count.EqualTo(1), "no retry with MaxRetries = 0");
    }

    [Test]
    public void Every_operation_documents_error_statuses()
    {
        Assert.That(ContractSpec.Operations.Where(o => o.ErrorStatusCodes.Count == 0).Select(o => o.OperationId), Is.Empty);
    }
}
