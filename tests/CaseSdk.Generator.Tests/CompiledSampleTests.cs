using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>The emitted code for the sample spec compiles cleanly with the runtime and behaves.</summary>
public sealed class CompiledSampleTests
{
    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(CodeGenerator.Generate(SampleSpecs.KitchenSink, SampleSpecs.FileName, "Sample").Files, "Sample.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("the sample did not compile");

    private static JsonSerializerOptions Options => (JsonSerializerOptions)Assembly.GetType("Sample.CaseSdkJsonOptions")!.GetProperty("Default")!.GetValue(null)!;

    private static JsonTypeInfo TypeInfo(string typeName) => Options.GetTypeInfo(Assembly.GetType(typeName, throwOnError: true)!);

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void Round_trips_unknown_members_and_unknown_enum_values()
    {
        const string json = """
            {"type":"items","status":"ARCHIVED","default":"d","params":["a"],"note":null,
             "owner":{"name":"n","kind":"cyborg","extra":{"deep":[1,2]}},
             "unknown_member":{"a":[1,2,{"b":null}]},
             "included":[{"type":"items","status":"OPEN","note":null},{"type":"events","event":"x"},{"type":"widgets","w":1}]}
            """;
        var value = JsonSerializer.Deserialize(json, TypeInfo("Sample.Models.Item"))!;
        var status = value.GetType().GetProperty("Status")!.GetValue(value)!;
        Assert.That(status.ToString(), Is.EqualTo("ARCHIVED"));
        Assert.That(status.GetType().GetProperty("IsKnown")!.GetValue(status), Is.False);

        var included = (System.Collections.IList)value.GetType().GetProperty("Included")!.GetValue(value)!;
        Assert.That(included[0]!.GetType().GetProperty("Item")!.GetValue(included[0]), Is.Not.Null);
        Assert.That(included[1]!.GetType().GetProperty("Event")!.GetValue(included[1]), Is.Not.Null);
        Assert.That(included[2]!.GetType().GetProperty("UnknownVariant")!.GetValue(included[2]), Is.Not.Null);

        var written = JsonSerializer.Serialize(value, TypeInfo("Sample.Models.Item"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)), Is.True, written);
    }

    [Test]
    public void Unset_nullable_members_are_left_out_explicit_nulls_are_sent_and_type_constants_are_preset()
    {
        var item = Activator.CreateInstance(Assembly.GetType("Sample.Models.Item")!)!;
        var written = JsonNode.Parse(JsonSerializer.Serialize(item, TypeInfo("Sample.Models.Item")))!.AsObject();
        Assert.That(written.Select(p => p.Key), Is.EquivalentTo(new[] { "type" }));
        Assert.That(written["type"]!.GetValue<string>(), Is.EqualTo("items"));

        item.GetType().GetProperty("Note")!.SetValue(item, null);
        written = JsonNode.Parse(JsonSerializer.Serialize(item, TypeInfo("Sample.Models.Item")))!.AsObject();
        Assert.That(written.Select(p => p.Key), Is.EquivalentTo(new[] { "type", "note" }));
        Assert.That(written["note"], Is.Null);
    }

    [Test]
    public void Extensible_enums_parse_compare_and_tolerate_default()
    {
        var type = Assembly.GetType("Sample.Models.ItemStatus")!;
        object?[] arguments = ["in_progress", null];
        Assert.That(type.GetMethod("TryParse")!.Invoke(null, arguments), Is.True);
        Assert.That(arguments[1]!.ToString(), Is.EqualTo("IN_PROGRESS"));
        Assert.That(arguments[1], Is.EqualTo(type.GetProperty("InProgress")!.GetValue(null)));
        Assert.That(type.GetMethod("TryParse")!.Invoke(null, ["nope", null]), Is.False);
        Assert.That(type.GetMethod("Equals", [typeof(string)])!.Invoke(arguments[1], ["IN_PROGRESS"]), Is.True);

        var unset = Activator.CreateInstance(type)!;
        Assert.That(unset.ToString(), Is.Empty);
        Assert.That(() => unset.GetHashCode(), Throws.Nothing);
        Assert.That(type.GetProperty("IsKnown")!.GetValue(unset), Is.False);
        Assert.That(((System.Collections.ICollection)type.GetProperty("KnownValues")!.GetValue(null)!).Count, Is.EqualTo(3));
        var fromString = type.GetMethod("op_Implicit")!.Invoke(null, ["P1"]);
        Assert.That(fromString, Is.EqualTo(type.GetProperty("P1")!.GetValue(null)));
    }

    [Test]
    public void Null_body_throws_before_any_request_is_sent()
    {
        var (root, handler) = CreateRoot();
        var items = Navigate(root, "Api", "Items");
        var post = items.GetType().GetMethod("PostAsync")!;
        var error = Assert.Throws<TargetInvocationException>(() => post.Invoke(items, [null, null, CancellationToken.None]));
        Assert.That(error!.InnerException, Is.InstanceOf<ArgumentNullException>());
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task A_path_parameter_stays_one_segment_and_query_names_map_to_the_wire()
    {
        var (root, handler) = CreateRoot();
        handler.Body = "[]";
        var items = Navigate(root, "Api", "Items");
        var item = items.GetType().GetProperty("Item")!.GetValue(items, ["../roles"])!;
        var events = Navigate(item, "Events");
        await (Task)events.GetType().GetMethod("GetAsync")!.Invoke(events, [null, CancellationToken.None])!;
        Assert.That(handler.Requests.Single().RequestUri!.AbsolutePath, Is.EqualTo("/api/items/..%2Froles/events"));

        handler.Body = "{}";
        var get = items.GetType().GetMethod("GetAsync")!;
        var configureType = get.GetParameters()[0].ParameterType;
        var configure = ConfigureQuery(configureType, query =>
        {
            query.GetType().GetProperty("PageSize")!.SetValue(query, 25L);
            query.GetType().GetProperty("PageSize2")!.SetValue(query, 3);
            query.GetType().GetProperty("FilterTags")!.SetValue(query, new List<string> { "a", "b" });
            query.GetType().GetProperty("Sort")!.SetValue(query, Assembly.GetType("Sample.Models.ItemSort")!.GetProperty("NameDescending")!.GetValue(null));
        });
        await (Task)get.Invoke(items, [configure, CancellationToken.None])!;
        Assert.That(Uri.UnescapeDataString(handler.Requests[^1].RequestUri!.Query), Is.EqualTo("?page[size]=25&page_size=3&sort=-name&filter[tags]=a,b"));
    }

    [Test]
    public void Deprecated_operations_are_obsolete()
    {
        var builder = Assembly.GetType("Sample.Builders.ItemsItemRequestBuilder")!;
        Assert.That(builder.GetMethod("DeleteAsync")!.GetCustomAttribute<ObsoleteAttribute>()?.Message, Does.Contain("DeleteItem is deprecated"));
        Assert.That(Assembly.GetType("Sample.Models.Item")!.GetProperty("Legacy")!.GetCustomAttribute<ObsoleteAttribute>(), Is.Not.Null);
    }

    internal static Delegate ConfigureQuery(Type actionType, Action<object> setQuery)
    {
        var configurationType = actionType.GetGenericArguments()[0];
        var setter = typeof(CompiledSampleTests).GetMethod(nameof(ApplyQuery), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(configurationType);
        return Delegate.CreateDelegate(actionType, setQuery, setter);
    }

    private static void ApplyQuery<TConfiguration>(Action<object> setQuery, TConfiguration configuration) =>
        setQuery(configuration!.GetType().GetProperty("QueryParameters")!.GetValue(configuration)!);

    internal static object Navigate(object builder, params string[] properties)
    {
        foreach (var property in properties)
        {
            builder = builder.GetType().GetProperty(property)!.GetValue(builder)!;
        }

        return builder;
    }

    internal static (object Root, RecordingHandler Handler) CreateRoot(Assembly? assembly = null, string rootNamespace = "Sample")
    {
        assembly ??= Assembly;
        var handler = new RecordingHandler();
        var adapterType = assembly.GetType("CaseSdk.Runtime.RequestAdapter", throwOnError: true)!;
        var adapter = Activator.CreateInstance(adapterType, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [new HttpMessageInvoker(handler), new Uri("https://api.example.test")], null)!;
        var rootType = assembly.GetType(rootNamespace + ".Builders.RootRequestBuilder", throwOnError: true)!;
        var root = rootType.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, [adapterType])!.Invoke([adapter]);
        return (root, handler);
    }

    internal sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        public string Body { get; set; } = "{}";

        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        /// <summary>The request bodies, read before the request is disposed (null for none).</summary>
        public List<string?> RequestBodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            RequestBodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
            return new HttpResponseMessage(Status) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        }
    }
}
