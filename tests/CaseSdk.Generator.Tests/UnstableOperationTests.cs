using System.Reflection;
using CaseSdk.Generator.Emit;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// <c>x-unstable</c> operations carry <c>[Experimental("DDUNSTABLE")]</c>: a caller gets a compile error until it
/// opts in; stable operations stay plain. .NET Standard 2.0 gets an internal copy of the attribute.
/// </summary>
public sealed class UnstableOperationTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Unstable, version: '1'}
        paths:
          /previews:
            get:
              operationId: ListPreviews
              x-unstable: This endpoint is in Preview and may introduce breaking changes.
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Preview'}}}}
            delete:
              operationId: DeletePreviews
              responses: {'204': {description: Deleted}}
        components:
          schemas:
            Preview: {type: object, properties: {id: {type: string}}}
        """;

    private const string Caller = """
        namespace Unstable.Callers;

        /// <summary>Calls the unstable operation.</summary>
        public static class Caller
        {
            /// <summary>Calls it.</summary>
            /// <param name="builder">The builder.</param>
            /// <returns>The task.</returns>
            public static global::System.Threading.Tasks.Task Call(global::Unstable.Builders.PreviewsRequestBuilder builder) => builder.GetAsync();
        }
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Unstable"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Unstable.Generated"));

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void Only_the_unstable_operation_is_experimental_under_one_diagnostic_id()
    {
        var builder = Compiled.Value.Assembly!.GetType("Unstable.Builders.PreviewsRequestBuilder", throwOnError: true)!;
        static string? Id(MethodInfo method) => method.GetCustomAttributesData()
            .SingleOrDefault(a => a.AttributeType.FullName == "System.Diagnostics.CodeAnalysis.ExperimentalAttribute")?.ConstructorArguments[0].Value as string;
        Assert.That(Id(builder.GetMethod("GetAsync")!), Is.EqualTo(CSharpEmitter.UnstableDiagnosticId));
        Assert.That(Id(builder.GetMethod("DeleteAsync")!), Is.Null);
    }

    [Test]
    public void Calling_it_is_a_compile_error_until_the_caller_opts_in()
    {
        var caller = new GeneratedFile("Callers/Caller.cs", Caller, 10);
        var (_, refused) = InMemoryCompiler.Compile(Generated.Value.Files.Append(caller), "Unstable.Caller");
        Assert.That(refused.Select(d => d.Id), Is.EqualTo(new[] { CSharpEmitter.UnstableDiagnosticId }));

        var optedIn = new GeneratedFile("Callers/Caller.cs", "#pragma warning disable DDUNSTABLE\n" + Caller, 11);
        var (assembly, diagnostics) = InMemoryCompiler.Compile(Generated.Value.Files.Append(optedIn), "Unstable.OptedIn");
        Assert.That(diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(assembly, Is.Not.Null);
    }

    [Test]
    public void Net_standard_gets_an_internal_copy_of_the_attribute_and_stable_documents_do_not()
    {
        var polyfill = Generated.Value.Files.Single(f => f.RelativePath == "ExperimentalAttribute.cs").Content;
        Assert.That(polyfill, Does.Contain("#if !NET8_0_OR_GREATER").And.Contain("internal sealed class ExperimentalAttribute"));
        var stable = CodeGenerator.Generate(Spec.Replace("      x-unstable: This endpoint is in Preview and may introduce breaking changes.\n", string.Empty, StringComparison.Ordinal), SampleSpecs.FileName, "Unstable");
        Assert.That(stable.Files.Select(f => f.RelativePath), Has.None.EqualTo("ExperimentalAttribute.cs"));
    }
}
