using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CaseSdk.Generator.Model;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Arguments the spec documents as invalid — query parameters outside their limits, request bodies missing required
/// members — are refused with an <see cref="ArgumentException"/> before any request is sent.
/// </summary>
public sealed class ArgumentCheckTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Checks, version: '1'}
        paths:
          /things:
            get:
              operationId: ListThings
              parameters:
                - {name: 'page[size]', in: query, schema: {type: integer, format: int64, minimum: 1, maximum: 100}}
                - {name: 'page[offset]', in: query, schema: {type: integer, format: int32, maximum: 10, exclusiveMaximum: true}}
                - {name: ratio, in: query, schema: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 2.5}}
                - {name: filter, in: query, schema: {type: string, minLength: 2, maxLength: 5}}
                - {name: 'filter[tags]', in: query, schema: {type: array, maxItems: 2, items: {type: string, maxLength: 3}}}
                - {name: sort, in: query, schema: {type: string}}
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
            post:
              operationId: CreateThing
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/ThingRequest'}}}}
              responses:
                '201': {description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
        components:
          schemas:
            ThingType: {type: string, enum: [things]}
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
              required: [name, labels, note, id]
              properties:
                id: {type: string, readOnly: true}
                name: {type: string}
                note: {type: string, nullable: true}
                count: {type: integer, format: int32, minimum: 1, maximum: 10}
                labels: {type: array, items: {$ref: '#/components/schemas/Label'}}
            Label:
              type: object
              required: [key]
              properties:
                key: {type: string, minLength: 1, maxLength: 4}
            Thing:
              type: object
              required: [id]
              properties:
                id: {type: string}
        """;

    private const string CompleteBody = """{"data":{"type":"things","attributes":{"name":"n","note":null,"labels":[{"key":"k"}]}}}""";

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Checks"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Checks.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("the checks sample did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void The_model_keeps_the_limits_in_both_exclusive_forms_and_checks_only_request_types()
    {
        var model = Generated.Value.Model;
        var query = model.Operations.Single(o => o.OperationId == "ListThings").QueryParameters.ToDictionary(q => q.WireName, q => q.Constraints);
        var attributes = model.Models.Single(m => m.Name == "ThingAttributes").Properties.ToDictionary(p => p.WireName);
        Assert.Multiple(() =>
        {
            Assert.That(query["page[size]"], Is.EqualTo(new ValueConstraints(Minimum: 1m, Maximum: 100m)));
            Assert.That(query["page[offset]"], Is.EqualTo(new ValueConstraints(ExclusiveMaximum: 10m)), "OpenAPI 3.0's boolean exclusiveMaximum");
            Assert.That(query["ratio"], Is.EqualTo(new ValueConstraints(ExclusiveMinimum: 0m, Maximum: 2.5m)));
            Assert.That(query["filter"], Is.EqualTo(new ValueConstraints(MinLength: 2, MaxLength: 5)));
            Assert.That(query["filter[tags]"], Is.EqualTo(new ValueConstraints(MaxItems: 2, Items: new ValueConstraints(MaxLength: 3))));
            Assert.That(query["sort"].IsEmpty, Is.True);
            Assert.That(attributes["name"].MustBePresent, Is.True);
            Assert.That(attributes["note"].MustBePresent, Is.False, "required but nullable: null is a valid value");
            Assert.That(attributes["id"].MustBePresent, Is.False, "required but read-only: only responses carry it");
            Assert.That(model.CheckedTypes, Is.EquivalentTo(new[] { "ThingRequest", "ThingData", "ThingAttributes", "Label" }), "Thing is only a response");
        });
    }

    [Test]
    public void Properties_document_their_limits()
    {
        var query = Generated.Value.Files.Single(f => f.RelativePath == "Builders/ListThingsQueryParameters.cs").Content;
        var label = Generated.Value.Files.Single(f => f.RelativePath == "Models/Label.cs").Content;
        Assert.That(query, Does.Contain("/// <remarks>Sent as <c>page[size]</c>. At least 1. At most 100. Other values are refused with <see cref=\"global::System.ArgumentOutOfRangeException\"/> before the request is sent.</remarks>"));
        Assert.That(query, Does.Contain("Sent as <c>filter[tags]</c>. At most 2 items. Each item: at most 3 characters long."));
        Assert.That(label, Does.Contain("/// At least 1 character long. At most 4 characters long. A request body outside these limits is refused before it is sent."));
        Assert.That(Generated.Value.Files.Single(f => f.RelativePath == "Models/Thing.cs").Content, Does.Not.Contain("CollectProblems"));
    }

    [Test]
    public void A_query_parameter_above_its_maximum_is_refused_before_sending()
    {
        var (items, handler) = Things();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => List(items, q => Set(q, "PageSize", 101L)));

        Assert.That(error!.Message, Does.StartWith("PageSize (page[size]) must be at most 100; it is 101."));
        Assert.That(error.ParamName, Is.EqualTo("requestConfiguration"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task Query_parameters_at_their_limits_are_sent()
    {
        var (items, handler) = Things();

        await List(items, q =>
        {
            Set(q, "PageSize", 100L);
            Set(q, "PageOffset", 9);
            Set(q, "Ratio", 2.5d);
            Set(q, "Filter", "ab");
            Set(q, "FilterTags", new List<string> { "abc", "😀😀😀" });
        });

        Assert.That(Uri.UnescapeDataString(handler.Requests.Single().RequestUri!.Query), Is.EqualTo("?page[size]=100&page[offset]=9&ratio=2.5&filter=ab&filter[tags]=abc,😀😀😀"));
    }

    [Test]
    public void Every_query_problem_is_listed_in_one_message()
    {
        var (items, handler) = Things();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => List(items, q =>
        {
            Set(q, "PageSize", 0L);
            Set(q, "PageOffset", 10);
            Set(q, "Ratio", 0d);
            Set(q, "Filter", "toolong");
            Set(q, "FilterTags", new List<string> { "a", "abcd", "c" });
        }));

        Assert.That(error!.Message, Does.StartWith(
            "PageSize (page[size]) must be at least 1; it is 0. " +
            "PageOffset (page[offset]) must be less than 10; it is 10. " +
            "Ratio (ratio) must be greater than 0; it is 0. " +
            "Filter (filter) must be at most 5 characters long; it is 7. " +
            "FilterTags (filter[tags]) must have at most 2 items; it has 3. " +
            "FilterTags (filter[tags])[1] must be at most 3 characters long; it is 4."));
        Assert.That(error.Message, Does.Not.Contain("toolong"), "values are not echoed");
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public void An_empty_body_names_its_missing_member()
    {
        var (items, handler) = Things();

        var error = Assert.Throws<ArgumentException>(() => Create(items, "{}"));

        Assert.That(error!.Message, Does.StartWith("CreateThing: body.data is required."));
        Assert.That(error.ParamName, Is.EqualTo("body"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public void An_empty_extensible_enum_in_a_required_member_counts_as_missing()
    {
        var (items, handler) = Things();
        var fromWire = Assert.Throws<ArgumentException>(() => Create(items, CompleteBody.Replace("\"type\":\"things\"", "\"type\":\"\"", StringComparison.Ordinal)));
        Assert.That(fromWire!.Message, Does.StartWith("CreateThing: body.data.type is required."));

        var body = ReadBody(CompleteBody);
        var data = body.GetType().GetProperty("Data")!.GetValue(body)!;
        data.GetType().GetProperty("Type")!.SetValue(data, Activator.CreateInstance(Assembly.GetType("Checks.Models.ThingType", throwOnError: true)!));
        var post = items.GetType().GetMethod("PostAsync")!;
        var unset = Assert.Throws<ArgumentException>(() => post.Invoke(items, BindingFlags.DoNotWrapExceptions, null, [body, null, CancellationToken.None], null));
        Assert.That(unset!.Message, Does.StartWith("CreateThing: body.data.type is required."));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public void Nested_missing_members_and_limits_are_listed_by_json_path()
    {
        var (items, handler) = Things();
        const string body = """{"data":{"type":"","attributes":{"count":11,"labels":[{"key":"k"},{},{"key":"toolong"}]}}}""";

        var error = Assert.Throws<ArgumentException>(() => Create(items, body));

        Assert.That(error!.Message, Does.StartWith(
            "CreateThing: body.data.type is required. " +
            "body.data.attributes.name is required. " +
            "body.data.attributes.count must be at most 10; it is 11. " +
            "body.data.attributes.labels[1].key is required. " +
            "body.data.attributes.labels[2].key must be at most 4 characters long; it is 7."));
        Assert.That(error.Message, Does.Not.Contain(".note").And.Not.Contain(".id"), "a nullable or read-only required member is not demanded");
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task A_complete_body_is_sent_with_preset_type_and_null_nullable_member()
    {
        var (items, handler) = Things();
        handler.Body = """{"id":"t1"}""";

        // "type" left out: the model presets the single enum value, so it counts as present.
        await (Task)Create(items, """{"data":{"attributes":{"name":"","note":null,"labels":[{"key":"😀😀😀😀"}]}}}""");

        var sent = JsonNode.Parse(handler.RequestBodies.Single()!);
        Assert.That(JsonNode.DeepEquals(sent, JsonNode.Parse("""{"data":{"type":"things","attributes":{"name":"","note":null,"labels":[{"key":"😀😀😀😀"}]}}}""")), Is.True, sent?.ToJsonString());
    }

    [Test]
    public async Task The_complete_reference_body_is_sent()
    {
        var (items, handler) = Things();
        handler.Body = """{"id":"t1"}""";

        await (Task)Create(items, CompleteBody);

        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    private static (object Items, CompiledSampleTests.RecordingHandler Handler) Things()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Checks");
        return (CompiledSampleTests.Navigate(root, "Things"), handler);
    }

    private static Task List(object items, Action<object> setQuery)
    {
        var get = items.GetType().GetMethod("GetAsync")!;
        var configure = CompiledSampleTests.ConfigureQuery(get.GetParameters()[0].ParameterType, setQuery);
        return (Task)get.Invoke(items, BindingFlags.DoNotWrapExceptions, null, [configure, CancellationToken.None], null)!;
    }

    private static object Create(object items, string bodyJson)
    {
        var body = ReadBody(bodyJson);
        var post = items.GetType().GetMethod("PostAsync")!;
        return post.Invoke(items, BindingFlags.DoNotWrapExceptions, null, [body, null, CancellationToken.None], null)!;
    }

    /// <summary>
    /// Reads a request body, missing required members included: the request types' members are C# <c>required</c>,
    /// which System.Text.Json enforces on reading, so this relaxes it to build what <c>null!</c> builds in user code.
    /// </summary>
    private static object ReadBody(string bodyJson)
    {
        var bodyType = Assembly.GetType("Checks.Models.ThingRequest", throwOnError: true)!;
        var context = (JsonSerializerContext)Assembly.GetType("Checks.CaseSdkJsonSerializerContext")!.GetProperty("Default")!.GetValue(null)!;
        var lenient = new JsonSerializerOptions(context.Options)
        {
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(context, static typeInfo =>
            {
                foreach (var property in typeInfo.Properties)
                {
                    property.IsRequired = false;
                }
            }),
        };
        return JsonSerializer.Deserialize(bodyJson, lenient.GetTypeInfo(bodyType))!;
    }

    private static void Set(object query, string property, object value) => query.GetType().GetProperty(property)!.SetValue(query, value);
}
