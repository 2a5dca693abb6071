using System.Text.Json;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Identifiers from any operationId, property, parameter or enum value: kebab-case, snake_case, leading digits,
/// keywords, Unicode letters, characters C# does not allow, empty strings, and names that collide once made valid.
/// </summary>
public sealed class NamingDocumentTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Names, version: '1'}
        paths:
          /things/{thing-id}:
            get:
              operationId: get-thing
              parameters:
                - {name: thing-id, in: path, required: true, schema: {type: string}}
                - {name: 2fa, in: query, schema: {type: boolean}}
                - {name: class, in: query, schema: {type: string}}
                - {name: größe, in: query, schema: {type: integer}}
                - {name: $filter, in: query, schema: {type: string}}
                - {name: '@type', in: query, schema: {type: string}}
                - {name: page.size, in: query, schema: {type: integer}}
                - {name: sort by, in: query, schema: {type: string}}
                - {name: foo-bar, in: query, schema: {type: string}}
                - {name: foo_bar, in: query, schema: {type: string}}
                - {name: X-Request-ID, in: header, schema: {type: string}}
                - {name: x_request_id, in: header, schema: {type: string}}
              responses:
                '200': {description: One, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
          /things:
            post:
              operationId: create_thing
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
              responses:
                '201': {description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
          /2fa/verify:
            post:
              operationId: 2fa-verify
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/2fa-settings'}}}}
              responses: {'204': {description: Verified}}
          /名前:
            get:
              operationId: 名前を取得
              responses:
                '200': {description: Name, content: {application/json: {schema: {$ref: '#/components/schemas/Person'}}}}
          /class/{namespace}:
            delete:
              operationId: class
              parameters: [{name: namespace, in: path, required: true, schema: {type: string}}]
              responses: {'204': {description: Gone}}
          /foo-bar:
            get:
              operationId: foo-bar
              responses: {'204': {description: Done}}
          /foo_bar:
            get:
              operationId: foo_bar
              responses: {'204': {description: Done}}
        components:
          schemas:
            Thing:
              type: object
              properties:
                thing: {type: string}
                Thing: {type: string}
                größe: {type: number}
                名前: {type: string}
                2fa: {type: boolean}
                class: {type: string}
                static: {type: integer}
                $id: {type: string}
                '@type': {type: string}
                a.b: {type: string}
                with space: {type: string}
                '': {type: string}
                foo-bar: {type: string}
                foo_bar: {type: string}
                kind: {$ref: '#/components/schemas/Kind'}
                $: {type: string}
            Kind:
              type: string
              enum: [kebab-case, snake_case, 2fa, class, größe, 名前, $x, '@y', a.b, with space, '', foo-bar, foo_bar, '-desc', '-', '$']
            2fa-settings:
              type: object
              properties: {enabled: {type: boolean}, 2fa: {type: string}}
            class:
              type: object
              properties: {class: {type: string}, Class: {type: string}}
            Person:
              type: object
              properties: {名前: {type: string}, größe: {type: integer}, unknown_members: {type: string}}
            foo-bar: {type: object, properties: {a: {type: string}}}
            foo_bar: {type: object, properties: {b: {type: string}}}
            Value: {oneOf: [{type: string}, {type: integer}]}
            Variant: {oneOf: [{type: string}, {type: boolean}]}
        """;

    private static readonly CompiledDocument Document = new(Spec, "Names");

    [Test]
    public void Generates_with_no_refusal_and_compiles_with_no_diagnostics()
    {
        Assert.That(Document.Generated.Files, Is.Not.Empty);
        Assert.That(Document.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Unions_named_like_the_members_a_union_declares_compile()
    {
        // "Value" keeps its name (the union's own member is HeldValue); "Variant" is a member every union has, so the type moves.
        Assert.That(Document.Generated.Files.Select(f => f.RelativePath), Does.Contain("Models/Value.cs").And.Contain("Models/VariantUnion.cs").And.Not.Contain("Models/Variant.cs"));
    }

    private static IEnumerable<string> Properties(string model) =>
        Document.Model(model).GetProperties().Where(p => p.Name != "AdditionalData").Select(p => p.Name);

    [Test]
    public void Property_names_are_valid_readable_and_distinct()
    {
        Assert.That(Properties("Thing"), Is.EqualTo(new[]
        {
            "ThingValue", "ThingValue2", "Größe", "名前", "_2fa", "Class", "Static", "Id", "Type", "AB", "WithSpace", "Value", "FooBar", "FooBar2", "Kind", "Value2",
        }));
        Assert.That(Properties("Class"), Is.EqualTo(new[] { "ClassValue", "ClassValue2" }), "a member named like its class");
        Assert.That(Properties("Person"), Is.EqualTo(new[] { "名前", "Größe", "UnknownMembersValue" }), "the extension-data store's name is taken");
    }

    [Test]
    public void Every_odd_wire_name_reads_and_writes_back()
    {
        var thing = Document.AssertRoundTrips(
            """{"thing":"a","Thing":"b","größe":1.5,"名前":"n","2fa":true,"class":"c","static":2,"$id":"i","@type":"t","a.b":"ab","with space":"w","":"e","foo-bar":"k","foo_bar":"s","kind":"名前","$":"d"}""",
            "Thing");
        Assert.That(CompiledDocument.Get(thing, "FooBar"), Is.EqualTo("k"));
        Assert.That(CompiledDocument.Get(thing, "FooBar2"), Is.EqualTo("s"));
        Assert.That(CompiledDocument.Get(thing, "Value"), Is.EqualTo("e"));
        Assert.That(CompiledDocument.Get(thing, "Kind")!.ToString(), Is.EqualTo("名前"));
    }

    [Test]
    public void A_member_named_like_the_extension_data_store_is_typed_and_unknown_members_still_kept()
    {
        var person = Document.AssertRoundTrips("""{"unknown_members":"typed","extra":[1.50]}""", "Person");

        Assert.That(CompiledDocument.Get(person, "UnknownMembersValue"), Is.EqualTo("typed"));
        Assert.That(((IDictionary<string, JsonElement>)CompiledDocument.Get(person, "AdditionalData")!)["extra"].GetRawText(), Is.EqualTo("[1.50]"));
    }

    [Test]
    public void Enum_members_keep_unicode_prefix_a_leading_digit_with_Value_and_number_collisions()
    {
        var members = Document.Model("Kind").GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Select(p => p.Name).Where(n => n != "KnownValues");
        Assert.That(members, Is.EqualTo(new[]
        {
            "KebabCase", "SnakeCase", "Value2fa", "Class", "Größe", "名前", "X", "Y", "AB", "WithSpace", "Value", "FooBar", "FooBar2", "DescDescending", "Value2", "Value3",
        }));
        Assert.That(Document.Model("Kind").GetProperty("FooBar2")!.GetValue(null)!.ToString(), Is.EqualTo("foo_bar"));
    }

    [Test]
    public void Query_header_and_path_parameters_get_valid_names_and_keep_their_wire_names()
    {
        var query = Document.Assembly.GetType("Names.Builders.GetThingQueryParameters", throwOnError: true)!.GetProperties().Select(p => p.Name);
        Assert.That(query, Is.EqualTo(new[] { "_2fa", "Class", "Größe", "Filter", "Type", "PageSize", "SortBy", "FooBar", "FooBar2" }));
        var (root, handler) = CompiledSampleTests.CreateRoot(Document.Assembly, "Names");
        var thingsItem = root.GetType().GetProperty("Things")!.GetValue(root)!.GetType().GetProperty("Item")!.GetValue(
            root.GetType().GetProperty("Things")!.GetValue(root), ["x/1"])!;
        var get = thingsItem.GetType().GetMethod("GetAsync")!;
        Assert.That(get.GetParameters().Select(p => p.Name).Take(2), Is.EqualTo(new[] { "xRequestId", "xRequestIdHeader" }));
        ((Task)get.Invoke(thingsItem, ["r1", "r2", null, CancellationToken.None])!).GetAwaiter().GetResult();
        Assert.That(handler.Requests[0].RequestUri!.AbsolutePath, Is.EqualTo("/things/x%2F1"));
        Assert.That(handler.Requests[0].Headers.GetValues("X-Request-ID"), Is.EqualTo(new[] { "r1" }));
        Assert.That(handler.Requests[0].Headers.GetValues("x_request_id"), Is.EqualTo(new[] { "r2" }));
    }

    [Test]
    public void Builders_and_types_from_digits_unicode_and_colliding_segments_are_valid()
    {
        var root = Document.Assembly.GetType("Names.Builders.RootRequestBuilder", throwOnError: true)!;
        Assert.That(root.GetProperties().Select(p => p.Name), Is.SupersetOf(new[] { "_2fa", "Class", "FooBar", "FooBarSegment", "Things", "名前" }));
        Assert.That(Document.Model("_2faSettings").GetProperty("_2fa"), Is.Not.Null);
        Assert.That(Document.Model("FooBar2").GetProperty("B"), Is.Not.Null, "foo_bar after foo-bar");
    }
}
