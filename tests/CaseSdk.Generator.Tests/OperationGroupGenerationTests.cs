using System.Reflection;
using CaseSdk.Generator.Model;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Operation groups for any document: a class per tag (identifier-safe, collision-free, untagged operations in
/// <c>DefaultApi</c>), methods from operationIds, and the envelope rule on bodies it covers and bodies it must leave alone.
/// </summary>
public sealed class OperationGroupGenerationTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Groups, version: '1'}
        tags:
          - {name: Widget Store, description: Widgets and their owners.}
        paths:
          /widgets:
            post:
              operationId: CreateWidget
              tags: [Widget Store]
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/WidgetCreateRequest'}}}}
              responses:
                '201': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/WidgetRequest'}}}}
          /widgets/{widget_id}:
            patch:
              operationId: updateWidget
              tags: [Widget Store]
              parameters: [{name: widget_id, in: path, required: true, schema: {type: string}}]
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/WidgetRequest'}}}}
              responses: {'204': {description: Updated}}
          /bundles:
            post:
              operationId: CreateBundle
              tags: [2nd wave, Widget Store]
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/BundleRequest'}}}}
              responses: {'204': {description: Created}}
          /ping:
            get:
              operationId: Ping
              responses: {'204': {description: Pong}}
          /default-things:
            get:
              operationId: ListDefaultThings
              tags: [Default]
              responses: {'204': {description: OK}}
        components:
          schemas:
            WidgetType: {type: string, enum: [widgets]}
            UserType: {type: string, enum: [users]}
            UserData:
              type: object
              required: [id, type]
              properties: {id: {type: string}, type: {$ref: '#/components/schemas/UserType'}}
            Owner: {type: object, required: [data], properties: {data: {$ref: '#/components/schemas/UserData'}}}
            Members: {type: object, properties: {data: {type: array, items: {$ref: '#/components/schemas/UserData'}}}}
            WidgetCreateRequest:
              type: object
              required: [data]
              properties:
                data:
                  type: object
                  required: [type, attributes, relationships]
                  properties:
                    type: {$ref: '#/components/schemas/WidgetType'}
                    attributes:
                      type: object
                      required: [name]
                      properties: {name: {type: string}, size: {type: integer, format: int32}, old: {type: string, deprecated: true}}
                    relationships:
                      type: object
                      required: [owner]
                      properties: {owner: {$ref: '#/components/schemas/Owner'}, members: {$ref: '#/components/schemas/Members'}}
            WidgetRequest:
              type: object
              required: [data]
              properties:
                data:
                  type: object
                  required: [id, type]
                  properties:
                    id: {type: string}
                    type: {$ref: '#/components/schemas/WidgetType'}
                    attributes: {type: object, properties: {name: {type: string}}}
            BundleRequest:
              type: object
              required: [data]
              properties:
                data:
                  type: object
                  required: [type, relationships]
                  properties:
                    type: {$ref: '#/components/schemas/WidgetType'}
                    relationships: {type: object, required: [members], properties: {members: {$ref: '#/components/schemas/Members'}}}
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Groups"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Groups.Generated"));

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void Tags_become_identifiers_and_untagged_operations_go_to_the_default_group()
    {
        var groups = Generated.Value.Model.OperationGroups;

        Assert.That(groups.Select(g => (g.ClassName, g.PropertyName)), Is.EquivalentTo(new[]
        {
            ("Api2ndWaveApi", "Api2ndWave"),
            ("DefaultApi", "Default"),
            ("DefaultApi2", "Default2"),
            ("WidgetStoreApi", "WidgetStore"),
        }));
        Assert.That(groups.Single(g => g.Tag == "Default").Methods.Single().MethodName, Is.EqualTo("ListDefaultThingsAsync"));
        Assert.That(groups.Single(g => g.Tag is null).Methods.Single().MethodName, Is.EqualTo("PingAsync"));
        Assert.That(groups.Single(g => g.Tag == "2nd wave").Methods.Single().MethodName, Is.EqualTo("CreateBundleAsync"), "the first tag decides the group");
        Assert.That(groups.Single(g => g.Tag == "Widget Store").Methods.Select(m => m.MethodName), Is.EqualTo(new[] { "CreateWidgetAsync", "UpdateWidgetAsync" }));
        Assert.That(groups.Single(g => g.Tag == "Widget Store").Description, Is.EqualTo("Widgets and their owners."));
    }

    [Test]
    public void Required_relationships_and_attributes_lead_and_optional_ones_follow_by_name()
    {
        var envelope = Method("CreateWidget").Envelope!;

        Assert.That(envelope.Arguments.Select(a => (a.Identifier, a.Required, a.Kind)), Is.EqualTo(new[]
        {
            ("ownerId", true, EnvelopeArgumentKind.Relationship),
            ("name", true, EnvelopeArgumentKind.Attribute),
            ("size", false, EnvelopeArgumentKind.Attribute),
        }), "the to-many relationship and the deprecated optional attribute are left to the full body");
    }

    [Test]
    public void An_update_takes_the_resource_id_from_its_path()
    {
        var envelope = Method("updateWidget").Envelope!;

        Assert.That(envelope.IdFromPath, Is.EqualTo("widgetId"));
        Assert.That(envelope.Arguments.Select(a => a.Identifier), Is.EqualTo(new[] { "name" }));
    }

    [Test]
    public void A_required_member_the_rule_cannot_fill_means_no_short_overload()
    {
        Assert.That(Method("CreateBundle").Envelope, Is.Null);
    }

    [Test]
    public void The_compiled_group_is_mockable_and_has_both_overloads()
    {
        var group = Compiled.Value.Assembly!.GetType("Groups.Operations.WidgetStoreApi", throwOnError: true)!;
        var create = group.GetMethods().Where(m => m.Name == "CreateWidgetAsync").ToList();

        Assert.That(group.IsSealed, Is.False);
        Assert.That(group.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes)!.IsFamily, Is.True, "protected parameterless constructor");
        Assert.That(create.Select(m => string.Join(",", m.GetParameters().Select(p => p.Name))), Is.EquivalentTo(new[]
        {
            "body,cancellationToken",
            "ownerId,name,size,cancellationToken",
        }));
        Assert.That(create, Has.All.Matches<MethodInfo>(m => m!.IsVirtual));
    }

    private static GroupMethodModel Method(string operationId) =>
        Generated.Value.Model.OperationGroups.SelectMany(g => g.Methods).Single(m => m.Operation.OperationId == operationId);
}
