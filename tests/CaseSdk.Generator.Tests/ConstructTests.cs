using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// The constructs of real documents, each in a small spec compiled with System.Text.Json's source generator:
/// shape-told oneOf, maps and free-form members, <c>$ref</c> with sibling keywords, deprecation, typed
/// <c>included</c> unions, and requests that carry exactly what the caller set.
/// </summary>
public sealed class ConstructTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Constructs, version: '1'}
        paths:
          /things:
            get:
              operationId: GetThing
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
            patch:
              operationId: UpdateThing
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
        components:
          schemas:
            Scalar:
              oneOf:
                - {type: string}
                - {type: array, items: {type: string}}
                - {type: number, format: double}
                - {type: array, items: {type: number, format: double}}
            AnyValue:
              nullable: true
              type: object
              oneOf:
                - {$ref: '#/components/schemas/AnyString'}
                - {$ref: '#/components/schemas/AnyNumber'}
                - {$ref: '#/components/schemas/AnyObject'}
                - {$ref: '#/components/schemas/AnyArray'}
                - {$ref: '#/components/schemas/AnyBoolean'}
            AnyString: {type: string}
            AnyNumber: {type: number, format: double}
            AnyBoolean: {type: boolean}
            AnyObject: {type: object, additionalProperties: {}}
            AnyArray: {type: array, items: {$ref: '#/components/schemas/AnyItem'}}
            AnyItem:
              oneOf:
                - {$ref: '#/components/schemas/AnyString'}
                - {$ref: '#/components/schemas/AnyNumber'}
                - {$ref: '#/components/schemas/AnyObject'}
                - {$ref: '#/components/schemas/AnyBoolean'}
            Circle: {type: object, required: [radius], properties: {radius: {type: number}}}
            Rectangle: {type: object, required: [width, height], properties: {width: {type: number}, height: {type: number}}}
            Shape:
              oneOf:
                - {$ref: '#/components/schemas/Circle'}
                - {$ref: '#/components/schemas/Rectangle'}
            Labels:
              type: object
              description: Map of label names to their values.
              additionalProperties: {type: array, items: {type: string}}
            Status:
              type: string
              deprecated: true
              description: Old status. Use `status_name` instead.
              enum: [OPEN, IN_PROGRESS]
              x-enum-varnames: [OPENED, WORKING]
            UserType: {type: string, enum: [users]}
            TeamType: {type: string, enum: [teams]}
            User:
              type: object
              required: [type]
              properties:
                id: {type: string}
                type: {$ref: '#/components/schemas/UserType'}
            Team:
              type: object
              required: [type]
              properties:
                id: {type: string}
                type: {$ref: '#/components/schemas/TeamType'}
            IncludedItem:
              oneOf:
                - {$ref: '#/components/schemas/User'}
                - {$ref: '#/components/schemas/Team'}
            Relationship:
              type: object
              required: [data]
              properties:
                data: {$ref: '#/components/schemas/User', nullable: true}
            Tally:
              type: object
              properties:
                name: {type: string}
              additionalProperties: {type: integer, format: int64}
            Thing:
              type: object
              additionalProperties: {}
              properties:
                tally: {$ref: '#/components/schemas/Tally'}
                scalar: {$ref: '#/components/schemas/Scalar'}
                any: {$ref: '#/components/schemas/AnyValue'}
                shapes: {type: array, items: {$ref: '#/components/schemas/Shape'}}
                labels: {$ref: '#/components/schemas/Labels'}
                counts: {type: object, additionalProperties: {type: integer, format: int64}}
                status:
                  $ref: '#/components/schemas/Status'
                  deprecated: true
                  description: status is deprecated, use status_name instead.
                status_name: {type: string}
                owner: {$ref: '#/components/schemas/User', nullable: true, description: 'The owner, if any.'}
                created: {$ref: '#/components/schemas/AnyString', readOnly: true}
                note: {type: string, nullable: true}
                assignee: {$ref: '#/components/schemas/Relationship'}
                included: {type: array, items: {$ref: '#/components/schemas/IncludedItem'}}
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Constructs"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Constructs.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("the constructs did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    private static JsonSerializerOptions Options => (JsonSerializerOptions)Assembly.GetType("Constructs.CaseSdkJsonOptions")!.GetProperty("Default")!.GetValue(null)!;

    private static Type Model(string name) => Assembly.GetType("Constructs.Models." + name, throwOnError: true)!;

    private static object Read(string json, string type = "Thing") => JsonSerializer.Deserialize(json, Options.GetTypeInfo(Model(type)))!;

    private static string Write(object value) => JsonSerializer.Serialize(value, Options.GetTypeInfo(value.GetType()));

    private static object? Get(object owner, string property) => owner.GetType().GetProperty(property)!.GetValue(owner);

    private static void AssertWrittenBack(string json)
    {
        var written = Write(Read(json));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)), Is.True, $"written back as {written}");
    }

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [TestCase("\"text\"", "IsString", "AsString", "text")]
    [TestCase("4.5", "IsDouble", "AsDouble", 4.5)]
    public void A_primitive_oneOf_reads_each_variant_and_writes_it_back(string value, string isProperty, string asProperty, object expected)
    {
        var thing = Read($$"""{"scalar":{{value}}}""");
        var scalar = Get(thing, "Scalar")!;
        Assert.That(Get(scalar, isProperty), Is.True);
        Assert.That(Get(scalar, asProperty), Is.EqualTo(expected));
        Assert.That(Get(scalar, "UnknownVariant"), Is.Null);
        AssertWrittenBack($$"""{"scalar":{{value}}}""");
    }

    [Test]
    public void Arrays_of_strings_and_of_numbers_are_told_apart_and_an_unknown_shape_is_kept()
    {
        var strings = Get(Read("""{"scalar":["a","b"]}"""), "Scalar")!;
        var numbers = Get(Read("""{"scalar":[1,2.5]}"""), "Scalar")!;
        var unknown = Get(Read("""{"scalar":{"not":"listed"}}"""), "Scalar")!;
        Assert.That(Get(strings, "AsStringList"), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(Get(numbers, "AsDoubleList"), Is.EqualTo(new[] { 1.0, 2.5 }));
        Assert.That(Get(numbers, "IsStringList"), Is.False);
        Assert.That(((JsonElement)Get(unknown, "UnknownVariant")!).GetRawText(), Is.EqualTo("""{"not":"listed"}"""));
        AssertWrittenBack("""{"scalar":[1,2.5]}""");
        AssertWrittenBack("""{"scalar":{"not":"listed"}}""");
        AssertWrittenBack("""{"scalar":[true]}""");
        AssertWrittenBack("""{"scalar":["a",1]}""");
        AssertWrittenBack("""{"scalar":[]}""");
        Assert.That(Get(Get(Read("""{"scalar":["a",1]}"""), "Scalar")!, "UnknownVariant"), Is.Not.Null, "a mixed array is no variant");
        Assert.That(Get(Get(Read("""{"scalar":["a",null]}"""), "Scalar")!, "AsStringList"), Is.EqualTo(new[] { "a", null }));
    }

    [Test]
    public void A_union_converts_implicitly_from_each_variant_and_TryGet_reports_the_variant_held()
    {
        var type = Model("Scalar");
        var fromList = type.GetMethods().Single(m => m.Name == "op_Implicit" && m.GetParameters()[0].ParameterType == typeof(List<double>)).Invoke(null, [new List<double> { 3 }])!;
        var thing = Activator.CreateInstance(Model("Thing"))!;
        thing.GetType().GetProperty("Scalar")!.SetValue(thing, fromList);
        Assert.That(Write(thing), Is.EqualTo("""{"scalar":[3]}"""));

        object?[] arguments = [null];
        Assert.That(type.GetMethod("TryGetString")!.Invoke(fromList, arguments), Is.False);
        Assert.That(type.GetMethod("TryGetDoubleList")!.Invoke(fromList, arguments), Is.True);
        Assert.That(arguments[0], Is.EqualTo(new List<double> { 3 }));
        Assert.That(() => type.GetMethod("FromString")!.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [null], null), Throws.ArgumentNullException);
    }

    [Test]
    public void A_nullable_any_value_reads_every_json_kind_and_nested_items()
    {
        const string json = """{"any":[1.5,"s",{"k":[1]},true]}""";
        var any = Get(Read(json), "Any")!;
        var items = (System.Collections.IList)Get(any, "AsAnyItemList")!;
        Assert.That(items.Cast<object>().Select(i => (bool)Get(i, "IsDouble")! ? "double" : (bool)Get(i, "IsString")! ? "string" : (bool)Get(i, "IsObject")! ? "object" : (bool)Get(i, "IsBoolean")! ? "bool" : "?"),
            Is.EqualTo(new[] { "double", "string", "object", "bool" }));
        AssertWrittenBack(json);
        AssertWrittenBack("""{"any":{"a":{"b":null}}}""");
        AssertWrittenBack("""{"any":null}""");
        Assert.That(Get(Read("""{"any":false}"""), "Any") is { } b && (bool)Get(b, "AsBoolean")! == false, Is.True);
    }

    [Test]
    public void Models_without_a_discriminator_are_told_apart_by_their_required_members()
    {
        var shapes = (System.Collections.IList)Get(Read("""{"shapes":[{"radius":1},{"width":2,"height":3},{"side":4}]}"""), "Shapes")!;
        Assert.That(Get(shapes[0]!, "IsCircle"), Is.True);
        Assert.That(Get(Get(shapes[1]!, "AsRectangle")!, "Height"), Is.EqualTo(3.0));
        Assert.That(((JsonElement)Get(shapes[2]!, "UnknownVariant")!).GetRawText(), Is.EqualTo("""{"side":4}"""));
        AssertWrittenBack("""{"shapes":[{"radius":1},{"width":2,"height":3},{"side":4}]}""");
    }

    [Test]
    public void Maps_are_typed_dictionaries_and_free_form_members_land_in_AdditionalData()
    {
        const string json = """{"labels":{"team":["a","b"]},"counts":{"x":3},"extra":{"deep":[1]}}""";
        var thing = Read(json);
        Assert.That(Get(thing, "Labels"), Is.InstanceOf<Dictionary<string, List<string>>>());
        Assert.That(((Dictionary<string, List<string>>)Get(thing, "Labels")!)["team"], Is.EqualTo(new[] { "a", "b" }));
        Assert.That(((Dictionary<string, long>)Get(thing, "Counts")!)["x"], Is.EqualTo(3));
        Assert.That(((IDictionary<string, JsonElement>)Get(thing, "AdditionalData")!).Keys, Is.EqualTo(new[] { "extra" }));
        AssertWrittenBack(json);
    }

    [Test]
    public void Typed_additionalProperties_next_to_properties_read_into_a_typed_dictionary()
    {
        const string json = """{"tally":{"name":"n","apples":3,"pears":4,"note":"not a count"}}""";
        var tally = Get(Read(json), "Tally")!;
        Assert.That(Get(tally, "Name"), Is.EqualTo("n"));
        Assert.That(Get(tally, "AdditionalProperties"), Is.EqualTo(new Dictionary<string, long> { ["apples"] = 3, ["pears"] = 4 }));
        Assert.That(((IDictionary<string, JsonElement>)Get(tally, "AdditionalData")!).Keys, Is.EqualTo(new[] { "note" }), "a member not of the documented type is kept as it came");
        AssertWrittenBack(json);

        var created = Activator.CreateInstance(Model("Tally"))!;
        Model("Tally").GetProperty("AdditionalProperties")!.SetValue(created, new Dictionary<string, long> { ["plums"] = 5 });
        Assert.That(Write(created), Is.EqualTo("""{"plums":5}"""));
        Assert.That(Get(created, "AdditionalData"), Is.Null, "writing does not change the object");
    }

    [Test]
    public void Ref_siblings_deprecate_describe_and_make_members_nullable_or_read_only()
    {
        var properties = Generated.Value.Model.Models.Single(m => m.Name == "Thing").Properties.ToDictionary(p => p.WireName);
        Assert.Multiple(() =>
        {
            Assert.That(properties["status"].Deprecated, Is.True);
            Assert.That(properties["status"].DeprecationMessage, Is.EqualTo("status is deprecated: use status_name instead."));
            Assert.That(properties["owner"].Nullable, Is.True);
            Assert.That(properties["owner"].Description, Is.EqualTo("The owner, if any."));
            Assert.That(properties["created"].ReadOnly, Is.True);
            Assert.That(properties["scalar"].Nullable, Is.False);
        });
        var status = Model("Thing").GetProperty("Status")!.GetCustomAttribute<ObsoleteAttribute>();
        Assert.That(status?.Message, Is.EqualTo("status is deprecated: use status_name instead."));
        Assert.That(Model("Status").GetCustomAttribute<ObsoleteAttribute>()?.Message, Is.EqualTo("Status is deprecated: use status_name instead."));
        Assert.That(Model("Status").GetProperty("Opened")!.GetValue(null)!.ToString(), Is.EqualTo("OPEN"), "x-enum-varnames names the members");
        Assert.That(Model("Status").GetProperty("Working")!.GetValue(null)!.ToString(), Is.EqualTo("IN_PROGRESS"));
    }

    [Test]
    public void Included_items_read_into_typed_variants_and_unknown_types_are_kept()
    {
        const string json = """{"included":[{"id":"u","type":"users"},{"id":"t","type":"teams"},{"id":"r","type":"roles","x":1}]}""";
        var included = (System.Collections.IList)Get(Read(json), "Included")!;
        Assert.That(Get(included[0]!, "User"), Is.Not.Null);
        Assert.That(Get(included[1]!, "Team"), Is.Not.Null);
        Assert.That(Get(included[2]!, "UnknownVariant"), Is.Not.Null);
        AssertWrittenBack(json);
    }

    [Test]
    public void An_unset_nullable_member_is_not_written_and_an_explicit_null_is()
    {
        var thing = Activator.CreateInstance(Model("Thing"))!;
        Assert.That(Write(thing), Is.EqualTo("{}"), "nothing set, nothing sent");

        Model("Thing").GetProperty("Note")!.SetValue(thing, null);
        Model("Thing").GetProperty("Owner")!.SetValue(thing, null);
        Model("Thing").GetProperty("StatusName")!.SetValue(thing, null);
        Assert.That(Write(thing), Is.EqualTo("""{"owner":null,"note":null}"""), "a nullable member set to null is sent as null; a non-nullable one is not");

        Model("Thing").GetProperty("Note")!.SetValue(thing, "n");
        Assert.That(Write(thing), Is.EqualTo("""{"owner":null,"note":"n"}"""));
    }

    [Test]
    public void A_required_nullable_member_is_always_written_and_reads_write_back_exactly()
    {
        var relationship = Activator.CreateInstance(Model("Relationship"))!;
        Assert.That(Write(relationship), Is.EqualTo("""{"data":null}"""));
        AssertWrittenBack("""{"note":null,"owner":null,"assignee":{"data":null}}""");
        AssertWrittenBack("""{"note":"x","assignee":{"data":{"id":"u","type":"users"}}}""");
        Assert.That(Write(Read("""{"status_name":"Open"}""")), Is.EqualTo("""{"status_name":"Open"}"""));
    }

    [Test]
    public void A_request_carries_only_what_the_caller_set_at_every_depth()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Constructs");
        var things = CompiledSampleTests.Navigate(root, "Things");
        var body = Read("""{"included":[{"id":"u","type":"users"}]}""");
        var user = Activator.CreateInstance(Model("User"))!;
        var relationship = Activator.CreateInstance(Model("Relationship"))!;
        Model("Thing").GetProperty("Assignee")!.SetValue(body, relationship);
        Model("Thing").GetProperty("Owner")!.SetValue(body, user);
        var patch = things.GetType().GetMethod("PatchAsync")!;
        ((Task)patch.Invoke(things, [body, null, CancellationToken.None])!).GetAwaiter().GetResult();
        Assert.That(handler.RequestBodies.Single(), Is.EqualTo("""{"owner":{"type":"users"},"assignee":{"data":null},"included":[{"id":"u","type":"users"}]}"""));
    }
}
