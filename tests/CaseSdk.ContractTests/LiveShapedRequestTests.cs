using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;
using CaseSdk.Models;

namespace CaseSdk.ContractTests;

/// <summary>
/// What the SDK sends for live-shaped calls, checked against Datadog's reference document (not our spec) with
/// NJsonSchema: the body validates against the reference's request schema and carries exactly what the caller set,
/// no member more (no <c>relationships.assignee</c> when nobody was assigned, no <c>"type":"STANDARD"</c>) and none
/// less.
/// </summary>
public sealed class LiveShapedRequestTests
{
    private const string TypeId = OperationCalls.LiveCaseTypeId;

    // Every synthesized request instance, read into the SDK's request model as a caller's object and sent.
    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithRequestBody))]
    public async Task Live_shaped_request_is_sent_as_set_and_validates_against_the_reference(string operationId)
    {
        ReferenceDocument.Require();
        var operation = ContractSpec.Operation(operationId);
        var reference = ReferenceDocument.Operation(operationId);
        Assert.That(reference.RequestSchema, Is.Not.Null, $"{operationId}: the reference documents no JSON request body");
        var typeInfo = SdkTypeInfo(operation.RequestSchema!);
        var problems = new List<string>();

        foreach (var instance in LiveShapedPayloads.Requests(reference.RequestSchema!))
        {
            object? body;
            try
            {
                body = JsonSerializer.Deserialize(instance.Json.ToJsonString(), typeInfo);
            }
            catch (JsonException e)
            {
                problems.Add($"{operationId} request ({instance.Name}) cannot be held by {typeInfo.Type.Name}: {e.Message}");
                continue;
            }

            var sent = await SendAsync(operationId, client => RequestBodyCalls.For(operationId)(client, body!, CancellationToken.None));
            if (sent.Refused is { } refused)
            {
                problems.Add($"{operationId} request ({instance.Name}): the SDK refused the body before sending: {refused}");
                continue;
            }

            problems.AddRange((await ComponentSchemas.ValidateAgainstReferenceAsync(reference.RequestSchema!, sent.Body!))
                .Select(e => $"{operationId} request ({instance.Name}) rejected by the reference's {reference.RequestSchema}: {e}"));
            problems.AddRange(JsonComparison.Differences(instance.Json, JsonNode.Parse(sent.Body!))
                .Select(d => $"{operationId} request ({instance.Name}) sent other than set: {d}"));
        }

        LiveShapedResponseTests.AssertNone(problems, $"{operationId}: {reference.RequestSchema} instances sent through the SDK");
    }

    [Test]
    public async Task CreateCase_with_type_id_and_custom_attributes_sends_only_what_was_set()
    {
        ReferenceDocument.Require();
        var attributes = new CaseCreateAttributes { Title = "Memory leak investigation on API", TypeId = TypeId, Priority = CasePriority.P2 };
        CallerSets.Member(attributes, "custom_attributes", JsonNode.Parse("""
            {
              "runbook": {"type": "URL", "is_multi": false, "value": "https://wiki.example.com/runbooks/api"},
              "impacted_users": {"type": "NUMBER", "is_multi": false, "value": 1200},
              "regions": {"type": "SELECT", "is_multi": true, "value": ["eu-west-1", "us-east-1"]}
            }
            """));
        var request = new CaseCreateRequest
        {
            Data = new CaseCreate
            {
                Attributes = attributes,
                Relationships = new CaseCreateRelationships { Project = new ProjectRelationship { Data = new ProjectRelationshipData { Id = OperationCalls.ProjectId } } },
            },
        };

        await AssertSentAsync("CreateCase", "CaseCreateRequest", client => client.Api.V2.Cases.PostAsync(request), """
            {"data": {"type": "case",
              "attributes": {"title": "Memory leak investigation on API", "priority": "P2", "type_id": "@type_id",
                "custom_attributes": {
                  "runbook": {"type": "URL", "is_multi": false, "value": "https://wiki.example.com/runbooks/api"},
                  "impacted_users": {"type": "NUMBER", "is_multi": false, "value": 1200},
                  "regions": {"type": "SELECT", "is_multi": true, "value": ["eu-west-1", "us-east-1"]}}},
              "relationships": {"project": {"data": {"id": "@project_id", "type": "project"}}}}}
            """);
    }

    [Test]
    public async Task CreateCase_with_an_assignee_sends_the_assignee()
    {
        ReferenceDocument.Require();
        var attributes = new CaseCreateAttributes { Title = "Disk full on db-3", TypeId = TypeId };
        var request = new CaseCreateRequest
        {
            Data = new CaseCreate
            {
                Attributes = attributes,
                Relationships = new CaseCreateRelationships
                {
                    Assignee = new NullableUserRelationship { Data = new NullableUserRelationshipData { Id = OperationCalls.UserId } },
                    Project = new ProjectRelationship { Data = new ProjectRelationshipData { Id = OperationCalls.ProjectId } },
                },
            },
        };

        await AssertSentAsync("CreateCase", "CaseCreateRequest", client => client.Api.V2.Cases.PostAsync(request), """
            {"data": {"type": "case",
              "attributes": {"title": "Disk full on db-3", "type_id": "@type_id"},
              "relationships": {
                "assignee": {"data": {"id": "@user_id", "type": "user"}},
                "project": {"data": {"id": "@project_id", "type": "project"}}}}}
            """);
    }

    [Test]
    public async Task UpdateStatus_with_status_name_sends_only_status_name()
    {
        ReferenceDocument.Require();
        var attributes = CallerSets.Member(new CaseUpdateStatusAttributes(), "status_name", "In Progress");
        var request = new CaseUpdateStatusRequest { Data = new CaseUpdateStatus { Attributes = attributes } };

        await AssertSentAsync(
            "UpdateStatus",
            "CaseUpdateStatusRequest",
            client => client.Api.V2.Cases[OperationCalls.CaseId].Status.PostAsync(request),
            """{"data": {"type": "case", "attributes": {"status_name": "In Progress"}}}""");
    }

    [Test]
    public async Task AssignCase_sends_the_assignee_id_only()
    {
        ReferenceDocument.Require();
        var request = new CaseAssignRequest { Data = new CaseAssign { Attributes = new CaseAssignAttributes { AssigneeId = OperationCalls.UserId } } };

        await AssertSentAsync(
            "AssignCase",
            "CaseAssignRequest",
            client => client.Api.V2.Cases[OperationCalls.CaseId].Assign.PostAsync(request),
            """{"data": {"type": "case", "attributes": {"assignee_id": "@user_id"}}}""");
    }

    // Sends through the SDK and checks the body: valid for the reference's schema and equal to what was set.
    private static async Task AssertSentAsync(string operationId, string referenceSchema, Func<DatadogClient, Task> call, string expectedJson)
    {
        var sent = await SendAsync(operationId, call);
        Assert.That(sent.Refused, Is.Null, $"{operationId}: the SDK refused a live-shaped body before sending it");

        var problems = (await ComponentSchemas.ValidateAgainstReferenceAsync(referenceSchema, sent.Body!))
            .Select(e => $"{operationId} request rejected by the reference's {referenceSchema}: {e}")
            .Concat(JsonComparison.Differences(JsonNode.Parse(Fill(expectedJson)), JsonNode.Parse(sent.Body!))
                .Select(d => $"{operationId} request sent other than set: {d}"))
            .ToList();
        LiveShapedResponseTests.AssertNone(problems, $"{operationId} sent {sent.Body}");
    }

    private static string Fill(string json) => json
        .Replace("@type_id", TypeId, StringComparison.Ordinal)
        .Replace("@project_id", OperationCalls.ProjectId, StringComparison.Ordinal)
        .Replace("@user_id", OperationCalls.UserId, StringComparison.Ordinal);

    private static async Task<(string? Body, string? Refused)> SendAsync(string operationId, Func<DatadogClient, Task> call)
    {
        using var client = ContractClients.AnsweringWithExample(ContractSpec.Operation(operationId), out var recorder);
        try
        {
            await call(client);
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
        catch (DatadogResponseFormatException)
        {
            // The answer is our spec's example; what matters here is the request, which went out.
        }

        var exchange = recorder.Single(operationId);
        Assert.That(exchange.RequestBody, Is.Not.Null.And.Not.Empty, $"{operationId} sent no body");
        return (exchange.RequestBody, null);
    }

    private static JsonTypeInfo SdkTypeInfo(string schemaName)
    {
        var property = typeof(CaseSdkJsonSerializerContext).GetProperty(schemaName);
        Assert.That(property?.GetValue(CaseSdkJsonSerializerContext.Default), Is.InstanceOf<JsonTypeInfo>(),
            $"CaseSdkJsonSerializerContext has no type for schema '{schemaName}'");
        // Read and written with the SDK's options: a member never set stays absent, one set to null stays null.
        return CaseSdkJsonOptions.Default.GetTypeInfo(((JsonTypeInfo)property!.GetValue(CaseSdkJsonSerializerContext.Default)!).Type);
    }
}
