using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;

namespace CaseSdk.ContractTests;

/// <summary>
/// Success bodies shaped like the live API's (every member Datadog's reference document defines, nulls where it
/// allows them, two members it does not define; see <see cref="LiveShapedPayloads"/>), answered to each operation's
/// call through the public SDK: every member the reference defines lands in a typed property, only the unknown ones
/// in <c>AdditionalData</c>, and the model writes back exactly what it read.
/// </summary>
public sealed class LiveShapedResponseTests
{
    private const int MaxListed = 60;

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithResponseBody))]
    public async Task Reference_members_are_typed_and_only_unknown_members_land_in_AdditionalData(string operationId)
    {
        var (operation, reference) = Operations(operationId);
        var problems = new List<string>();
        foreach (var instance in LiveShapedPayloads.Responses(reference.ResponseSchema!))
        {
            var model = await ReadAsync(operation, instance, problems);
            if (model is null)
            {
                continue;
            }

            problems.AddRange(AdditionalDataAudit.UntypedMembers(model, instance.DefinedMembers).Select(m => $"{operationId} response {m}"));
            var held = AdditionalDataAudit.AdditionalDataMembers(model);
            problems.AddRange(instance.UnknownMembers
                .Where(u => !held.Contains(u))
                .Select(u => $"{operationId} response {AdditionalDataAudit.Readable(u)} (not defined by the reference) is not kept in AdditionalData"));
        }

        AssertNone(problems.Distinct().ToList(), $"{operationId}: {reference.ResponseSchema} instances");
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithResponseBody))]
    public async Task Live_shaped_response_writes_back_unchanged(string operationId)
    {
        var (operation, reference) = Operations(operationId);
        var problems = new List<string>();
        foreach (var instance in LiveShapedPayloads.Responses(reference.ResponseSchema!))
        {
            var model = await ReadAsync(operation, instance, problems);
            if (model is null)
            {
                continue;
            }

            var written = JsonSerializer.SerializeToNode(model, CaseSdkJsonOptions.Default.GetTypeInfo(model.GetType()));
            problems.AddRange(JsonComparison.Differences(instance.Json, written)
                .Select(d => $"{operationId} response written back ({instance.Name}): {d}"));
        }

        AssertNone(problems, $"{operationId}: {reference.ResponseSchema} instances, read and written back");
    }

    [Test]
    public void Synthesizer_covers_every_member_and_variant_of_a_case()
    {
        ReferenceDocument.Require();
        var instances = LiveShapedPayloads.Responses("CasesResponse");

        // custom_attributes values are a oneOf of four shapes (string, strings, number, numbers): four maximal instances.
        Assert.That(instances.Count(i => i.Name.Contains("maximal", StringComparison.Ordinal)), Is.EqualTo(4));
        var first = instances[0].Json["data"]![0]!["attributes"]!.AsObject();
        Assert.That(first.Select(p => p.Key), Is.SupersetOf(new[] { "status_name", "status_group", "type_id", "custom_attributes", "attributes", "archived_at" }));
        var valueKinds = instances.Take(4)
            .SelectMany(i => i.Json["data"]!.AsArray().SelectMany(c => c!["attributes"]!["custom_attributes"]!.AsObject().Select(e => e.Value!["value"]!)))
            .Select(v => v is JsonArray a ? "array of " + a[0]!.GetValueKind() : v.GetValueKind().ToString())
            .ToHashSet();
        Assert.That(valueKinds, Is.EquivalentTo(new[] { "String", "Number", "array of String", "array of Number" }));
        var nulls = instances.Single(i => i.Name.Contains("nullable", StringComparison.Ordinal)).Json["data"]![0]!;
        Assert.That(nulls["attributes"]!["archived_at"], Is.Null);
        Assert.That(nulls["attributes"]!.AsObject().ContainsKey("archived_at"), Is.True);
        Assert.That(nulls["relationships"]!["assignee"], Is.Null);
        Assert.That(instances[0].UnknownMembers, Is.EqualTo(new[] { "/data/0/new_api_object", "/data/0/attributes/new_api_field" }));
        Assert.That(instances[0].DefinedMembers, Does.Contain("/data/0/attributes/status_name").And.Not.Contain("/data/0/attributes/new_api_field"));
        Assert.That(LiveShapedPayloads.Responses("CasesResponse").Select(i => i.Json.ToJsonString()), Is.EqualTo(instances.Select(i => i.Json.ToJsonString())), "deterministic");
    }

    private static (SpecOperation Operation, ReferenceOperation Reference) Operations(string operationId)
    {
        ReferenceDocument.Require();
        var reference = ReferenceDocument.Operation(operationId);
        Assert.That(reference.ResponseSchema, Is.Not.Null, $"{operationId}: the reference documents no JSON success body");
        return (ContractSpec.Operation(operationId), reference);
    }

    // The operation's call through the SDK, answered with the instance; null (with the problem noted) when it fails.
    private static async Task<object?> ReadAsync(SpecOperation operation, LiveShapedInstance instance, List<string> problems)
    {
        using var client = ContractClients.Answering((HttpStatusCode)operation.SuccessStatus, instance.Json.ToJsonString(), out _);
        try
        {
            return await OperationCalls.For(operation.OperationId)(client, CancellationToken.None);
        }
        catch (DatadogResponseFormatException e)
        {
            problems.Add($"{operation.OperationId} response ({instance.Name}) could not be read: {e.Message}");
            return null;
        }
    }

    internal static void AssertNone(IReadOnlyList<string> problems, string what)
    {
        if (problems.Count > 0)
        {
            var listed = string.Join("\n  ", problems.Take(MaxListed));
            var more = problems.Count > MaxListed ? $"\n  … and {problems.Count - MaxListed} more" : string.Empty;
            Assert.Fail($"{what}: {problems.Count} problem(s)\n  {listed}{more}");
        }
    }
}
