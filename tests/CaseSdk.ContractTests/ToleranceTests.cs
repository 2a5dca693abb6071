using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;
using CaseSdk.Models;

namespace CaseSdk.ContractTests;

/// <summary>
/// Answers carrying what the spec does not promise — extra members, nulls in optional fields, enum values it
/// does not list, an empty or unfamiliar <c>included</c> — read through the SDK without error, keeping the data.
/// Each case starts from the operation's documented example, changed in one place.
/// </summary>
public sealed class ToleranceTests
{
    private const string UnlistedEnumValue = "VALUE_THE_SPEC_DOES_NOT_LIST";

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithResponseBody))]
    public async Task Extra_members_on_every_object_are_kept(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);
        var body = operation.ResponseExample!.DeepClone();
        var objects = AddExtraMembers(body, string.Empty, MapPointers(operation));

        var written = await ReadAndWriteBackAsync(operation, body);

        Assert.That(objects, Is.GreaterThan(0));
        JsonComparison.AssertEqual(body, written, $"{operationId} with an extra member on each of {objects} objects");
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithResponseBody))]
    public async Task Null_in_any_optional_field_is_accepted(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);
        var optional = SchemaWalker.Walk(operation.ResponseExample, operation.ResponseSchema!)
            .Where(l => l.IsOptionalMember && l.Value is not null)
            .ToList();
        Assume.That(optional, Is.Not.Empty, $"{operationId}'s example has no optional fields");
        TestContext.Out.WriteLine($"{operationId}: {optional.Count} optional fields set to null, one at a time and all together");

        foreach (var location in optional)
        {
            var body = JsonEdit.With(operation.ResponseExample!, location.Pointer, null);
            var written = await ReadAndWriteBackAsync(operation, body, $"null at {location.Pointer}");
            JsonComparison.AssertEqual(body, written, $"{operationId} with null at {location.Pointer}", nullMatchesAbsent: true);
        }

        // And all of them at once.
        var allNull = operation.ResponseExample!;
        foreach (var location in optional.OrderByDescending(l => l.Pointer.Length))
        {
            allNull = JsonEdit.With(allNull, location.Pointer, null);
        }

        var writtenAllNull = await ReadAndWriteBackAsync(operation, allNull, "every optional field null");
        JsonComparison.AssertEqual(allNull, writtenAllNull, $"{operationId} with all {optional.Count} optional fields null", nullMatchesAbsent: true);
    }

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithResponseBody))]
    public async Task Enum_values_the_spec_does_not_list_are_kept(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);
        var enums = SchemaWalker.Walk(operation.ResponseExample, operation.ResponseSchema!)
            .Where(l => l.Schema["enum"] is not null && l.Value is JsonValue)
            .ToList();
        Assume.That(enums, Is.Not.Empty, $"{operationId}'s example has no enum fields");
        TestContext.Out.WriteLine($"{operationId}: {enums.Count} enum fields given an unlisted value, one at a time");

        foreach (var location in enums)
        {
            var body = JsonEdit.With(operation.ResponseExample!, location.Pointer, UnlistedEnumValue);
            var written = await ReadAndWriteBackAsync(operation, body, $"unlisted enum value at {location.Pointer}");
            JsonComparison.AssertEqual(body, written, $"{operationId} with '{UnlistedEnumValue}' at {location.Pointer}");
        }
    }

    private static IEnumerable<TestCaseData> WithIntegerFields() =>
        ContractSpec.Operations
            .Where(o => o.ResponseExample is not null && IntegerFields(o).Any())
            .Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    private static IEnumerable<SchemaLocation> IntegerFields(SpecOperation operation) =>
        SchemaWalker.Walk(operation.ResponseExample, operation.ResponseSchema!)
            .Where(l => l.Schema["type"]?.ToString() == "integer" && l.Value is JsonValue);

    // Integers beyond 2^53 survive only if the model holds them as 64-bit integers, not doubles.
    [TestCaseSource(nameof(WithIntegerFields))]
    public async Task Integer_fields_keep_their_full_64_bit_range(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);

        foreach (var location in IntegerFields(operation))
        {
            foreach (var value in new[] { long.MaxValue, long.MinValue, 9007199254740993L })
            {
                var body = JsonEdit.With(operation.ResponseExample!, location.Pointer, value);
                var written = await ReadAndWriteBackAsync(operation, body, $"{value} at {location.Pointer}");
                JsonComparison.AssertEqual(body, written, $"{operationId} with {value} at {location.Pointer}");
            }
        }
    }

    private static IEnumerable<TestCaseData> WithIncluded() =>
        ContractSpec.Operations
            .Where(o => o.ResponseSchema is not null && ContractSpec.Resolve(ContractSpec.Schemas[o.ResponseSchema]!)["properties"]?["included"] is not null)
            .Select(o => new TestCaseData(o.OperationId).SetArgDisplayNames(o.OperationId));

    [TestCaseSource(nameof(WithIncluded))]
    public async Task Empty_included_is_accepted_and_kept(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);
        var body = operation.ResponseExample!.DeepClone();
        body["included"] = new JsonArray();

        var written = await ReadAndWriteBackAsync(operation, body);

        JsonComparison.AssertEqual(body, written, $"{operationId} with an empty included");
    }

    [TestCaseSource(nameof(WithIncluded))]
    public async Task Included_item_of_an_unknown_kind_is_kept(string operationId)
    {
        var operation = ContractSpec.Operation(operationId);
        var body = operation.ResponseExample!.DeepClone();
        var included = body["included"] as JsonArray ?? [];
        body["included"] = included;
        included.Add(JsonNode.Parse("""{"type":"attachments","id":"att-1","attributes":{"name":"runbook.pdf","size":12345}}"""));

        var written = await ReadAndWriteBackAsync(operation, body);

        JsonComparison.AssertEqual(body, written, $"{operationId} with an attachment in included");
    }

    // Two readable spot checks of what the generic tests above prove for every field.
    [Test]
    public async Task Unlisted_priority_is_exposed_as_an_extensible_enum()
    {
        var operation = ContractSpec.Operation("GetCase");
        var body = JsonEdit.With(operation.ResponseExample!, "/data/attributes/priority", "P0");
        using var client = ContractClients.Answering(HttpStatusCode.OK, body.ToJsonString(), out _);

        var response = await client.Api.V2.Cases[OperationCalls.CaseId].GetAsync();

        var priority = response.Data!.Attributes!.Priority!.Value;
        Assert.That(priority.ToString(), Is.EqualTo("P0"));
        Assert.That(priority.IsKnown, Is.False);
        Assert.That(priority, Is.Not.EqualTo(CasePriority.NotDefined));
    }

    [Test]
    public async Task Unknown_member_is_exposed_in_AdditionalData()
    {
        var operation = ContractSpec.Operation("GetCase");
        var body = JsonEdit.With(operation.ResponseExample!, "/data/attributes/custom_fields", JsonNode.Parse("""{"region":"eu-west-1","impact":3}"""));
        using var client = ContractClients.Answering(HttpStatusCode.OK, body.ToJsonString(), out _);

        var response = await client.Api.V2.Cases[OperationCalls.CaseId].GetAsync();

        var extra = response.Data!.Attributes!.AdditionalData;
        Assert.That(extra, Is.Not.Null.And.ContainKey("custom_fields"));
        Assert.That(extra!["custom_fields"].GetProperty("impact").GetInt32(), Is.EqualTo(3));
    }

    // Calls the operation through the SDK with the body as the answer, and writes the returned model back to JSON.
    private static async Task<JsonNode?> ReadAndWriteBackAsync(SpecOperation operation, JsonNode body, string? variant = null)
    {
        using var client = ContractClients.Answering((HttpStatusCode)operation.SuccessStatus, body.ToJsonString(), out _);
        object? result;
        try
        {
            result = await OperationCalls.For(operation.OperationId)(client, CancellationToken.None);
        }
        catch (DatadogResponseFormatException e)
        {
            Assert.Fail($"{operation.OperationId} ({variant ?? "variant"}) could not read the answer: {e.Message}\n{body.ToJsonString()}");
            throw;
        }

        Assert.That(result, Is.Not.Null);
        return JsonSerializer.SerializeToNode(result, CaseSdkJsonOptions.Default.GetTypeInfo(result!.GetType()));
    }

    // Objects the spec defines as maps (additionalProperties and no properties): every member of one is an entry of
    // the map's value type, so an "extra member" there is not an unknown field but a wrongly typed entry.
    private static HashSet<string> MapPointers(SpecOperation operation) =>
        SchemaWalker.Walk(operation.ResponseExample, operation.ResponseSchema!)
            .Where(l => l.Schema["additionalProperties"] is JsonObject && l.Schema["properties"] is null)
            .Select(l => l.Pointer)
            .ToHashSet(StringComparer.Ordinal);

    private static int AddExtraMembers(JsonNode? node, string pointer, HashSet<string> mapPointers)
    {
        var count = 0;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    count += AddExtraMembers(value, $"{pointer}/{ContractSpec.Escape(name)}", mapPointers);
                }

                if (!mapPointers.Contains(pointer))
                {
                    obj["unpromised_member"] = JsonNode.Parse("""{"number":1.50,"big":9007199254740993,"list":[null,"two",{"deep":true}],"nothing":null}""");
                    count++;
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    count += AddExtraMembers(array[i], $"{pointer}/{i}", mapPointers);
                }

                break;
        }

        return count;
    }
}
