using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace CaseSdk.Generator.Tests.Support;

/// <summary>
/// An inline document generated and compiled once (with System.Text.Json's source generator, as the real build
/// does), with the few reflection steps the document tests share: read and write a model, find a builder.
/// </summary>
internal sealed class CompiledDocument(string spec, string rootNamespace)
{
    private readonly Lazy<GenerationResult> _generated = new(() => CodeGenerator.Generate(spec, SampleSpecs.FileName, rootNamespace));

    private Lazy<(Assembly? Assembly, IReadOnlyList<Diagnostic> Diagnostics)>? _compiled;

    public string RootNamespace { get; } = rootNamespace;

    public GenerationResult Generated => _generated.Value;

    public IReadOnlyList<Diagnostic> Diagnostics => Compiled.Diagnostics;

    public Assembly Assembly => Compiled.Assembly ?? throw new AssertionException($"{RootNamespace} did not compile: " + string.Join("\n", Compiled.Diagnostics));

    public JsonSerializerOptions Options => (JsonSerializerOptions)Assembly.GetType(RootNamespace + ".CaseSdkJsonOptions", throwOnError: true)!.GetProperty("Default")!.GetValue(null)!;

    private (Assembly? Assembly, IReadOnlyList<Diagnostic> Diagnostics) Compiled =>
        (_compiled ??= new(() => InMemoryCompiler.Compile(Generated.Files, RootNamespace + ".Generated"))).Value;

    public Type Model(string name) => Assembly.GetType($"{RootNamespace}.Models.{name}", throwOnError: true)!;

    public object Read(string json, string type) => JsonSerializer.Deserialize(json, Options.GetTypeInfo(Model(type)))!;

    public string Write(object value) => JsonSerializer.Serialize(value, Options.GetTypeInfo(value.GetType()));

    /// <summary>Reads <paramref name="json"/> as <paramref name="type"/> and asserts that writing it back gives the same JSON.</summary>
    public object AssertRoundTrips(string json, string type)
    {
        var value = Read(json, type);
        var written = Write(value);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)), Is.True, $"{type} written back as {written}");
        return value;
    }

    /// <summary>The generated file at <paramref name="path"/> (e.g. <c>Models/Pet.cs</c>).</summary>
    public string File(string path) => Generated.Files.Single(f => f.RelativePath == path).Content;

    public static object? Get(object owner, string property) =>
        (owner.GetType().GetProperty(property) ?? throw new AssertionException($"{owner.GetType().Name} has no property {property}")).GetValue(owner);
}
