using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;

namespace CaseSdk.ContractTests;

/// <summary>
/// What the SDK sends for each operation, captured in process, checked against the spec by code that does not
/// share the generator's reading of it: NJsonSchema for bodies, the parameter definitions for query strings.
/// </summary>
public sealed class RequestContractTests
{
    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.All))]
    public async Task Request_uses_the_spec_method_and_path(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);

        var (_, exchange) = await InProcessCall.RunAsync(operation);

        Assert.That(exchange.Method, Is.EqualTo(operation.Method));
        Assert.That(InProcessCall.PathMatches(operation, exchange.Uri), Is.True, $"{exchange.Uri.AbsolutePath} does not fit {operation.Path}");
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithRequestBody))]
    public async Task Request_body_validates_against_the_operation_schema(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);

        var (_, exchange) = await InProcessCall.RunAsync(operation);

        Assert.That(exchange.RequestBody, Is.Not.Null.And.Not.Empty, "the operation has a required request body");
        Assert.That(exchange.RequestContentType?.MediaType, Is.EqualTo("application/json"));
        var errors = await ComponentSchemas.ValidateAsync(operation.RequestSchema!, exchange.RequestBody!);
        Assert.That(errors, Is.Empty, $"{operation.RequestSchema} rejects the body the SDK sent:\n{exchange.RequestBody}");
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithoutRequestBody))]
    public async Task Operation_without_a_request_body_sends_none(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);

        var (_, exchange) = await InProcessCall.RunAsync(operation);

        Assert.That(exchange.RequestBody, Is.Null.Or.Empty);
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.All))]
    public async Task Query_string_matches_the_parameter_definitions(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);

        var (_, exchange) = await InProcessCall.RunAsync(operation);

        Assert.That(QueryParameterContract.Problems(operation, exchange.Uri), Is.Empty, exchange.Uri.Query);
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithQueryParameters))]
    public async Task Every_query_parameter_is_set_by_the_call(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);

        var (_, exchange) = await InProcessCall.RunAsync(operation);

        var sent = QueryParameterContract.Parse(exchange.Uri).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Assert.That(operation.QueryParameters.Select(p => p.Name).Where(name => !sent.Contains(name)), Is.Empty,
            $"OperationCalls[\"{operationId}\"] should set these query parameters so the contract covers them");
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithResponseBody))]
    public async Task Response_example_is_carried_by_the_model(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);

        var (result, _) = await InProcessCall.RunAsync(operation);

        ModelCoverage.AssertCovers(operation.ResponseExample, result, $"{operationId} {operation.SuccessStatus} example");
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithoutResponseBody))]
    public async Task Bodiless_success_returns_nothing(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);

        var (result, exchange) = await InProcessCall.RunAsync(operation);

        Assert.That((int)exchange.Status, Is.EqualTo(204));
        Assert.That(result, Is.Null);
    }

    [Test]
    public async Task Bracketed_query_parameters_are_all_checked()
    {
        // The bracketed names the issue lists must all be sent by some call and pass the check above.
        var sentBracketed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in ContractSpec.Operations.Where(o => o.QueryParameters.Any(p => p.IsBracketed)))
        {
            var (_, exchange) = await InProcessCall.RunAsync(operation);
            Assert.That(QueryParameterContract.Problems(operation, exchange.Uri), Is.Empty, $"{operation.OperationId}: {exchange.Uri.Query}");
            sentBracketed.UnionWith(QueryParameterContract.Parse(exchange.Uri).Select(p => p.Key).Where(k => k.Contains('[', StringComparison.Ordinal)));
        }

        Assert.That(sentBracketed, Is.SupersetOf(new[] { "page[size]", "page[number]", "page[offset]", "sort[field]", "sort[asc]" }));
    }
}
