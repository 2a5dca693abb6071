using System.Reflection;
using System.Text.Json;
using CaseSdk.Generator.Emit;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Nullability that tells the truth: a model only request bodies use has C# <c>required</c> (and non-nullable) members
/// where the spec requires them; a model a response uses stays tolerant of what the live API leaves out.
/// </summary>
public sealed class RequiredMemberTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Required, version: '1'}
        paths:
          /things:
            post:
              operationId: CreateThing
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/ThingRequest'}}}}
              responses:
                '201': {description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
        components:
          schemas:
            ThingType: {type: string, enum: [things]}
            Colour: {type: string, enum: [red, blue]}
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
              required: [name, note, id, colour, size, old, owner]
              properties:
                id: {type: string, readOnly: true}
                name: {type: string}
                note: {type: string, nullable: true}
                colour: {$ref: '#/components/schemas/Colour'}
                size: {type: integer, format: int32, minimum: 1}
                old: {type: string, deprecated: true}
                owner: {$ref: '#/components/schemas/Owner'}
                label: {type: string}
            Owner:
              type: object
              required: [id]
              properties:
                id: {type: string}
            Thing:
              type: object
              required: [id, owner]
              properties:
                id: {type: string}
                owner: {$ref: '#/components/schemas/Owner'}
        """;

    private const string CompleteUserCode = """
        using Required.Models;

        internal static class UserCode
        {
            internal static ThingRequest Body() => new ThingRequest
            {
                Data = new ThingData
                {
                    Attributes = new ThingAttributes { Name = "n", Note = null, Colour = Colour.Red, Size = 2, Owner = new Owner { Id = "o" } },
                },
            };
        }
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Required"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Required.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("the sample did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    private static JsonSerializerOptions Options => (JsonSerializerOptions)Assembly.GetType("Required.CaseSdkJsonOptions")!.GetProperty("Default")!.GetValue(null)!;

    [Test]
    public void Only_models_no_response_reaches_are_request_only()
    {
        Assert.That(Generated.Value.Model.RequestOnlyTypes, Is.EquivalentTo(new[] { "ThingRequest", "ThingData", "ThingAttributes" }), "Owner is in a response too, Thing only in one");
    }

    [Test]
    public void Request_only_members_the_spec_requires_are_required_and_as_nullable_as_the_spec_says()
    {
        var attributes = Content("Models/ThingAttributes.cs");
        Assert.Multiple(() =>
        {
            Assert.That(attributes, Does.Contain("public required string Name { get; set; }"));
            Assert.That(attributes, Does.Contain("public required string? Note { get; set; }"), "required and nullable: null must be said explicitly");
            Assert.That(attributes, Does.Contain("public required Colour Colour { get; set; }"));
            Assert.That(attributes, Does.Contain("public required int Size { get; set; }"));
            Assert.That(attributes, Does.Contain("public required Owner Owner { get; set; }"));
            Assert.That(attributes, Does.Contain("public string? Id { get; set; }"), "read-only: only responses carry it");
            Assert.That(attributes, Does.Contain("public string? Old { get; set; }"), "deprecated: not demanded (C# refuses an obsolete required member)");
            Assert.That(attributes, Does.Contain("public string? Label { get; set; }"), "optional");
            Assert.That(Content("Models/ThingData.cs"), Does.Contain("public ThingType Type { get; set; } = ThingType.Things;"), "a preset type constant is not demanded");
            Assert.That(Content("Models/ThingRequest.cs"), Does.Contain("public required ThingData Data { get; set; }"));
        });
    }

    [Test]
    public void Models_a_response_uses_stay_nullable_and_not_required()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Content("Models/Owner.cs"), Does.Contain("public string? Id { get; set; }").And.Not.Contain("public required"));
            Assert.That(Content("Models/Thing.cs"), Does.Contain("public string? Id { get; set; }").And.Not.Contain("public required"));
            Assert.That(Content("Models/Owner.cs"), Does.Contain("Nullable because responses use this type too"));
        });
    }

    [Test]
    public void Compiles_with_no_errors_and_no_warnings_and_complete_user_code_compiles()
    {
        var (assembly, diagnostics) = InMemoryCompiler.Compile(Generated.Value.Files.Append(User(CompleteUserCode)), "Required.Complete");
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(assembly, Is.Not.Null);
    }

    [Test]
    public void User_code_that_leaves_out_a_required_member_does_not_compile()
    {
        var code = CompleteUserCode.Replace("Name = \"n\", Note = null, ", string.Empty, StringComparison.Ordinal);

        var (assembly, diagnostics) = InMemoryCompiler.Compile(Generated.Value.Files.Append(User(code)), "Required.Incomplete");

        Assert.That(assembly, Is.Null);
        var missing = diagnostics.Where(d => d.Id == "CS9035").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(missing, Has.Count.EqualTo(2));
        Assert.That(missing, Has.Some.Contains("ThingAttributes.Name").And.Some.Contains("ThingAttributes.Note"));
    }

    [Test]
    public void A_case_created_without_its_type_id_does_not_compile_against_the_real_spec()
    {
        const string code = """
            using CaseSdk.Models;

            internal static class UserCode
            {
                internal static CaseCreateRequest Body() => new CaseCreateRequest { Data = new CaseCreate { Attributes = new CaseCreateAttributes { Title = "t" } } };
            }
            """;
        var generated = CodeGenerator.Generate(File.ReadAllText(Repository.SpecFile), "spec/openapi.yaml");

        var (assembly, diagnostics) = InMemoryCompiler.Compile(generated.Files.Append(User(code)), "CaseSdk.UserCode");

        Assert.That(assembly, Is.Null);
        var errors = diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.That(errors.Select(d => d.Id), Is.EqualTo(new[] { "CS9035" }), string.Join("\n", errors));
        Assert.That(errors[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("CaseCreateAttributes.TypeId"));
    }

    [Test]
    public void A_response_missing_members_the_spec_requires_still_reads()
    {
        var thing = JsonSerializer.Deserialize("""{"owner":{}}""", Options.GetTypeInfo(Assembly.GetType("Required.Models.Thing", throwOnError: true)!))!;

        Assert.That(thing.GetType().GetProperty("Id")!.GetValue(thing), Is.Null);
        var owner = thing.GetType().GetProperty("Owner")!.GetValue(thing)!;
        Assert.That(owner.GetType().GetProperty("Id")!.GetValue(owner), Is.Null);
    }

    [Test]
    public void A_request_only_body_read_from_json_must_have_its_required_members()
    {
        // Not the SDK's path (it never reads request bodies), but the same truth the compiler tells: say what the API needs.
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"data":{"attributes":{"name":"n"}}}""", Options.GetTypeInfo(Assembly.GetType("Required.Models.ThingRequest", throwOnError: true)!)));

        Assert.That(error!.Message, Does.Contain("note").And.Contain("owner"));
    }

    [Test]
    public void The_runtime_check_still_refuses_what_the_compiler_cannot_see()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Required");
        var things = CompiledSampleTests.Navigate(root, "Things");
        var attributes = New("ThingAttributes", ("Name", null), ("Colour", Activator.CreateInstance(Assembly.GetType("Required.Models.Colour", throwOnError: true)!)), ("Size", 0), ("Owner", New("Owner")));
        var body = New("ThingRequest", ("Data", New("ThingData", ("Attributes", attributes))));

        var error = Assert.Throws<ArgumentException>(() => things.GetType().GetMethod("PostAsync")!.Invoke(things, BindingFlags.DoNotWrapExceptions, null, [body, null, CancellationToken.None], null));

        Assert.That(error!.Message, Does.StartWith("CreateThing: body.data.attributes.name is required. body.data.attributes.colour is required. "
            + "body.data.attributes.size must be at least 1; it is 0. body.data.attributes.old is required. body.data.attributes.owner.id is required."));
        Assert.That(handler.Requests, Is.Empty);
    }

    private static string Content(string path) => Generated.Value.Files.Single(f => f.RelativePath == path).Content;

    private static GeneratedFile User(string code) => new("UserCode.cs", code, code.Split('\n').Length);

    private static object New(string model, params (string Property, object? Value)[] values)
    {
        // Reflection does not see `required`: it builds what `null!` and `default` build in user code.
        var instance = Activator.CreateInstance(Assembly.GetType("Required.Models." + model, throwOnError: true)!)!;
        foreach (var (property, value) in values)
        {
            instance.GetType().GetProperty(property)!.SetValue(instance, value);
        }

        return instance;
    }
}
