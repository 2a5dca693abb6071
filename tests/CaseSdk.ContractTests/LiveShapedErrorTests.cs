using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;

namespace CaseSdk.ContractTests;

/// <summary>
/// The live Case Management API answers errors with JSON:API error objects (<c>{"errors":[{"status","title","detail",…}]}</c>,
/// the reference's <c>JSONAPIErrorResponse</c> schema), although the reference still documents its error responses
/// as <c>APIErrorResponse</c> (strings). Each error status the reference documents for a Case Management operation,
/// answered with such a body, comes back as a <see cref="DatadogApiException"/> with that status and each error's
/// detail readable in its message. (The typed error shape is asserted where it is built; this only checks the text
/// gets through.)
/// </summary>
public sealed class LiveShapedErrorTests
{
    private const string ErrorSchema = "JSONAPIErrorResponse";

    private static IEnumerable<TestCaseData> CaseManagementOperations() =>
        ContractSpec.Operations
            .Where(o => o.Path.StartsWith("/api/v2/cases", StringComparison.Ordinal))
            .Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    [TestCaseSource(nameof(CaseManagementOperations))]
    public async Task JSON_API_error_objects_come_back_through_DatadogApiException(string operationId)
    {
        ReferenceDocument.Require();
        var statuses = ReferenceDocument.Operation(operationId).Errors.Select(e => e.Status).ToList();
        Assert.That(statuses, Is.Not.Empty, $"the reference documents error responses for {operationId}");
        var problems = new List<string>();

        foreach (var status in statuses)
        {
            var body = LiveShapedPayloads.Responses(ErrorSchema)[0].Json.DeepClone();
            var details = new List<string>();
            foreach (var (error, index) in body["errors"]!.AsArray().Select((e, i) => (e!.AsObject(), i)))
            {
                // Quotes and an apostrophe: text a raw JSON excerpt would show escaped.
                var detail = $"{operationId} failed: project \"SEC\" has no case type '{index}' ({status})";
                error["status"] = status.ToString(CultureInfo.InvariantCulture);
                error["detail"] = detail;
                details.Add(detail);
            }

            using var client = ContractClients.Answering((HttpStatusCode)status, body.ToJsonString(), out _);
            try
            {
                await OperationCalls.For(operationId)(client, CancellationToken.None);
                problems.Add($"{operationId} {status}: no exception");
            }
            catch (DatadogApiException e)
            {
                if ((int)e.StatusCode != status)
                {
                    problems.Add($"{operationId} {status}: DatadogApiException.StatusCode is {(int)e.StatusCode}");
                }

                problems.AddRange(details.Where(d => !e.Message.Contains(d, StringComparison.Ordinal))
                    .Select(d => $"{operationId} {status}: the message does not show the error detail '{d}' (message: {e.Message})"));
            }
        }

        LiveShapedResponseTests.AssertNone(problems, $"{operationId}: {ErrorSchema} bodies");
    }
}
