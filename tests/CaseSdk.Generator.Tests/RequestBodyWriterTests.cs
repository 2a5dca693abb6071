using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CaseSdk.Generator.Model;
using CaseSdk.Generator.Tests.Support;
using CaseSdk.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// The request-body writers the emitter generates, on a document with every construct a writer handles: they write
/// what the metadata path writes, and only the request bodies no response reaches are switched to them.
/// </summary>
public sealed class RequestBodyWriterTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Writers, version: '1'}
        paths:
          /things:
            post:
              operationId: CreateThing
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/ThingRequest'}}}}
              responses:
                '201': {description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/ThingResponse'}}}}
          /things/{id}/owner:
            put:
              operationId: SetOwner
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Owner'}}}}
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/ThingResponse'}}}}
        components:
          schemas:
            ThingType: {type: string, enum: [things]}
            Level: {type: integer, enum: [1, 2, 3]}
            Ratio: {type: number, enum: [0.5, 1.5]}
            CircleKind: {type: string, enum: [circle]}
            SquareKind: {type: string, enum: [square]}
            ThingRequest:
              type: object
              required: [data]
              properties:
                data: {$ref: '#/components/schemas/ThingData'}
            ThingData:
              type: object
              required: [type, attributes]
              properties:
                type: {$ref: '#/components/schemas/ThingType'}
                attributes: {$ref: '#/components/schemas/ThingAttributes'}
            ThingAttributes:
              type: object
              required: [name, note]
              properties:
                name: {type: string}
                note: {type: string, nullable: true}
                label: {type: string, nullable: true}
                owner: {allOf: [{$ref: '#/components/schemas/Owner'}], nullable: true}
                count: {type: integer, format: int32}
                big: {type: integer, format: int64}
                ratio: {type: number, format: float}
                score: {type: number}
                flag: {type: boolean}
                at: {type: string, format: date-time}
                anything: {}
                tags: {type: array, items: {type: string}}
                levels: {type: array, items: {$ref: '#/components/schemas/Level'}}
                ratio_value: {$ref: '#/components/schemas/Ratio'}
                weights: {type: object, additionalProperties: {type: number}}
                old: {type: string, deprecated: true}
                shapes: {type: array, items: {$ref: '#/components/schemas/Shape'}}
                value: {$ref: '#/components/schemas/Amount'}
                extras: {$ref: '#/components/schemas/Extras'}
                tree: {$ref: '#/components/schemas/Node'}
            Node:
              type: object
              properties:
                label: {type: string}
                child: {$ref: '#/components/schemas/Node'}
            Shape:
              oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
            Circle:
              type: object
              required: [kind]
              properties:
                kind: {$ref: '#/components/schemas/CircleKind'}
                radius: {type: number}
            Square:
              type: object
              required: [kind]
              properties:
                kind: {$ref: '#/components/schemas/SquareKind'}
                side: {type: integer}
            Amount:
              oneOf: [{type: string}, {type: array, items: {type: string}}, {type: number}]
            Extras:
              type: object
              properties:
                known: {type: string}
              additionalProperties: {type: integer}
            Owner:
              type: object
              properties:
                id: {type: string}
                name: {type: string, nullable: true}
            ThingResponse:
              type: object
              properties:
                id: {type: string}
                owner: {$ref: '#/components/schemas/Owner'}
        """;

    private static readonly CompiledDocument Document = new(Spec, "Writers");

    private static readonly string[] WrittenModels = ["Circle", "Extras", "Node", "Owner", "Square", "ThingAttributes", "ThingData", "ThingRequest"];

    [Test]
    public void Every_model_and_union_a_request_body_reaches_gets_a_writer_and_only_those()
    {
        var written = RequestBodyWriters.Written(Document.Generated.Model);

        Assert.That(written.Intersect(Document.Generated.Model.Models.Select(m => m.Name)).Order(StringComparer.Ordinal), Is.EqualTo(WrittenModels));
        Assert.That(written, Does.Contain("Shape").And.Contain("Amount").And.Not.Contain("ThingResponse"));
        Assert.That(Document.Generated.Files.Select(f => f.RelativePath), Does.Contain("Models/ShapeJsonWriter.cs").And.Contain("Models/AmountJsonWriter.cs").And.Not.Contain("Models/ThingResponseJsonWriter.cs"));
    }

    [Test]
    public void Only_request_bodies_no_response_reaches_are_switched_to_their_writer()
    {
        Assert.That(RequestBodyWriters.Roots(Document.Generated.Model), Is.EqualTo(new[] { "ThingRequest" }), "Owner is a body, but ThingResponse reaches it");
        Assert.That(Document.Options.GetTypeInfo(Document.Model("ThingRequest")).Kind, Is.EqualTo(JsonTypeInfoKind.None));
        Assert.That(Document.Options.GetTypeInfo(Document.Model("Owner")).Kind, Is.EqualTo(JsonTypeInfoKind.Object));
        Assert.That(Document.Options.GetTypeInfo(Document.Model("ThingData")).Kind, Is.EqualTo(JsonTypeInfoKind.Object));
    }

    [TestCase(NullableFill.Values)]
    [TestCase(NullableFill.Nulls)]
    [TestCase(NullableFill.Unset)]
    public void The_writer_writes_byte_for_byte_what_the_metadata_path_writes(NullableFill fill)
    {
        var type = Document.Model("ThingRequest");
        var metadataOnly = MetadataOnly();
        var count = new FullInstances(fill);
        var value = count.Create(type);
        Assert.That(Write(value, Document.Options), Is.EqualTo(Write(value, metadataOnly)));

        for (var index = 0; fill == NullableFill.Values && index < count.NullableMembers; index++)
        {
            var withOneNull = new FullInstances(fill, nullAt: index).Create(type);
            Assert.That(Write(withOneNull, Document.Options), Is.EqualTo(Write(withOneNull, metadataOnly)), $"nullable member {index} null");
        }
    }

    [Test]
    public void A_fully_filled_body_reaches_every_construct()
    {
        var json = Write(new FullInstances(NullableFill.Values).Create(Document.Model("ThingRequest")), Document.Options);

        // Typed additional properties, a number enum, a discriminated and a value union, a deprecated member, a free-form value.
        Assert.That(json, Does.Contain("\"extras\":{\"known\":").And.Contain("\"ratio_value\":-").And.Contain("\"levels\":[-9223372036854775808"));
        Assert.That(json, Does.Contain("\"shapes\":[").And.Contain("\"kind\":").And.Contain("\"old\":").And.Contain("\"anything\":{\"free\""));
        Assert.That(json, Does.Contain("\"note\":").And.Contain("\"label\":").And.Contain("x_unknown_text"));
    }

    [Test]
    public void A_required_nullable_member_is_written_as_null_and_an_unset_tracked_one_is_left_out()
    {
        var json = Write(new FullInstances(NullableFill.Unset).Create(Document.Model("ThingRequest")), Document.Options);

        Assert.That(json, Does.Contain("\"note\":null").And.Not.Contain("\"label\"").And.Not.Contain("\"owner\""));
    }

    [Test]
    public void A_cycle_in_a_body_is_refused_at_the_serializer_depth_limit_as_on_the_metadata_path()
    {
        var node = Activator.CreateInstance(Document.Model("Node"))!;
        Document.Model("Node").GetProperty("Child")!.SetValue(node, node);
        var attributes = new FullInstances(NullableFill.Unset).Create(Document.Model("ThingAttributes"));
        Document.Model("ThingAttributes").GetProperty("Tree")!.SetValue(attributes, node);
        var body = new FullInstances(NullableFill.Unset).Create(Document.Model("ThingRequest"));
        var data = Document.Model("ThingRequest").GetProperty("Data")!.GetValue(body)!;
        Document.Model("ThingData").GetProperty("Attributes")!.SetValue(data, attributes);

        Assert.That(() => Write(body, MetadataOnly()), Throws.InstanceOf<JsonException>().With.Message.Contains("depth"));
        // The writer stops at the depth limit of the serializer's Utf8JsonWriter; the serializer reports it as a JsonException.
        Assert.That(() => Write(body, Document.Options), Throws.InstanceOf<JsonException>().With.InnerException.Message.Contains("depth"));
    }

    private static JsonSerializerOptions MetadataOnly() =>
        (JsonSerializerOptions)Document.Assembly.GetType("Writers.CaseSdkJsonOptions", throwOnError: true)!
            .GetMethod("CreateMetadataOnly", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null)!;

    private static string Write(object value, JsonSerializerOptions options) => Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options));
}
