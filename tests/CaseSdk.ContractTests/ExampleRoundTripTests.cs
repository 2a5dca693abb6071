using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;

namespace CaseSdk.ContractTests;

/// <summary>
/// Every example in the spec (request, response, error, component) read into the SDK model for its schema and
/// written back: nothing lost, renamed or retyped, and every field held by a typed property.
/// </summary>
public sealed class ExampleRoundTripTests
{
    private static IEnumerable<TestCaseData> Examples() =>
        ContractSpec.Examples.Select(e => new TestCaseData(e.Pointer).SetArgDisplayNames(e.Pointer));

    [Test]
    public void Spec_has_examples_to_round_trip()
    {
        Assert.That(ContractSpec.Examples, Has.Count.GreaterThanOrEqualTo(ContractSpec.Operations.Count));
    }

    [TestCaseSource(nameof(Examples))]
    public void Example_round_trips_through_the_sdk_model(string pointer)
    {
        var example = ContractSpec.Examples.Single(e => e.Pointer == pointer);
        var typeInfo = ModelTypeInfo(example);

        var model = JsonSerializer.Deserialize(example.Value.ToJsonString(), typeInfo);
        var written = JsonSerializer.SerializeToNode(model, typeInfo);

        ModelCoverage.AssertCovers(example.Value, model, $"{pointer} read into {typeInfo.Type.Name}");
        JsonComparison.AssertEqual(example.Value, written, $"{pointer} written back from {typeInfo.Type.Name}");
    }

    // The spec's own examples must satisfy its schemas; this also shows the NJsonSchema conversion accepts valid data.
    [TestCaseSource(nameof(Examples))]
    public async Task Example_validates_against_its_schema(string pointer)
    {
        var example = ContractSpec.Examples.Single(e => e.Pointer == pointer);
        Assert.That(example.SchemaName, Is.Not.Null, $"{pointer}: the example's schema should be a component $ref");

        var errors = await ComponentSchemas.ValidateAsync(example.SchemaName!, example.Value.ToJsonString());

        Assert.That(errors, Is.Empty);
    }

    private static JsonTypeInfo ModelTypeInfo(SpecExample example)
    {
        Assert.That(example.SchemaName, Is.Not.Null, $"{example.Pointer}: the example's schema should be a component $ref");
        var property = typeof(CaseSdkJsonSerializerContext).GetProperty(example.SchemaName!);
        Assert.That(property?.GetValue(CaseSdkJsonSerializerContext.Default), Is.InstanceOf<JsonTypeInfo>(),
            $"CaseSdkJsonSerializerContext has no type for schema '{example.SchemaName}'");
        // Read and written with the SDK's options: a member never set stays absent, one set to null stays null.
        return CaseSdkJsonOptions.Default.GetTypeInfo(((JsonTypeInfo)property!.GetValue(CaseSdkJsonSerializerContext.Default)!).Type);
    }
}
