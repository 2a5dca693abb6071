using System.Reflection;
using System.Text.Json;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Integer and number enums are extensible structs over <c>long</c> and <c>double</c>: known values are named,
/// unknown ones are kept and written back, and <c>default</c> is not 0 (so a required member left unset is caught).
/// </summary>
public sealed class NumberEnumTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: NumberEnums, version: '1'}
        paths:
          /rules:
            get:
              operationId: ListRules
              parameters: [{name: window, in: query, schema: {$ref: '#/components/schemas/Window'}}]
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Rule'}}}}
            post:
              operationId: CreateRule
              requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Rule'}}}}
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Rule'}}}}
        components:
          schemas:
            Window:
              type: integer
              format: int32
              enum: [0, 60, 300]
              x-enum-varnames: [ZERO_MINUTES, ONE_MINUTE, FIVE_MINUTES]
            Ratio: {type: number, enum: [0.5, 1]}
            Rule:
              type: object
              required: [window]
              properties:
                window: {$ref: '#/components/schemas/Window'}
                ratio: {$ref: '#/components/schemas/Ratio'}
                windows: {type: array, items: {$ref: '#/components/schemas/Window'}}
        """;

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(CodeGenerator.Generate(Spec, SampleSpecs.FileName, "NumberEnums").Files, "NumberEnums.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    private static JsonSerializerOptions Options => (JsonSerializerOptions)Assembly.GetType("NumberEnums.CaseSdkJsonOptions")!.GetProperty("Default")!.GetValue(null)!;

    private static Type Model(string name) => Assembly.GetType("NumberEnums.Models." + name, throwOnError: true)!;

    private static object Read(string json) => JsonSerializer.Deserialize(json, Options.GetTypeInfo(Model("Rule")))!;

    private static string Write(object value) => JsonSerializer.Serialize(value, Options.GetTypeInfo(value.GetType()));

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void Known_values_are_named_and_unknown_values_are_kept_and_written_back()
    {
        var window = Model("Window");
        var oneMinute = window.GetProperty("OneMinute")!;
        Assert.That(window.GetProperty("Value")!.GetValue(oneMinute.GetValue(null)), Is.EqualTo(60L));

        const string json = """{"window":60,"ratio":0.5,"windows":[0,7200]}""";
        var rule = Read(json);
        var read = rule.GetType().GetProperty("Window")!.GetValue(rule)!;
        Assert.That(read, Is.EqualTo(oneMinute.GetValue(null)));
        var windows = (System.Collections.IList)rule.GetType().GetProperty("Windows")!.GetValue(rule)!;
        Assert.That(window.GetProperty("IsKnown")!.GetValue(windows[1]), Is.False);
        Assert.That(windows[1]!.ToString(), Is.EqualTo("7200"));
        Assert.That(Write(rule), Is.EqualTo(json));
    }

    [Test]
    public void A_string_where_an_integer_enum_is_expected_is_a_json_error()
    {
        Assert.Throws<JsonException>(() => Read("""{"window":"60"}"""));
    }

    [Test]
    public void Default_is_not_zero_so_a_required_member_left_unset_is_refused_before_sending()
    {
        var window = Model("Window");
        Assert.That(Activator.CreateInstance(window), Is.Not.EqualTo(Activator.CreateInstance(window, [0L])));

        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "NumberEnums");
        var rules = CompiledSampleTests.Navigate(root, "Rules");
        var post = rules.GetType().GetMethod("PostAsync")!;
        var unset = Activator.CreateInstance(Model("Rule"))!;
        var e = Assert.Throws<TargetInvocationException>(() => post.Invoke(rules, [unset, null, CancellationToken.None]))!;
        Assert.That(e.InnerException, Is.InstanceOf<ArgumentException>().With.Message.Contains("window"));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task A_query_parameter_is_sent_as_its_number()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "NumberEnums");
        handler.Body = """{"window":300}""";
        var rules = CompiledSampleTests.Navigate(root, "Rules");
        var get = rules.GetType().GetMethod("GetAsync")!;
        var window = Activator.CreateInstance(Model("Window"), [300L]);
        var configure = CompiledSampleTests.ConfigureQuery(get.GetParameters()[0].ParameterType, query => query.GetType().GetProperty("Window")!.SetValue(query, window));
        await (Task)rules.GetType().GetMethod("GetAsync")!.Invoke(rules, [configure, CancellationToken.None])!;
        Assert.That(handler.Requests.Single().RequestUri!.Query, Is.EqualTo("?window=300"));
    }
}
