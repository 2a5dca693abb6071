using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using CaseSdk.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CaseSdk.Generator.Tests.Support;

/// <summary>
/// Compiles generated files together with the SDK's runtime sources, running System.Text.Json's source
/// generator as the real build does, and loads the result.
/// </summary>
internal static class InMemoryCompiler
{
    // The SDK's implicit usings, which the runtime sources rely on.
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly Lazy<IIncrementalGenerator> JsonGenerator = new(() =>
    {
        var assembly = Assembly.LoadFrom(Repository.JsonSourceGenerator);
        var type = assembly.GetType("System.Text.Json.SourceGeneration.JsonSourceGenerator", throwOnError: true)!;
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    });

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. Directory.GetFiles(Repository.ReferenceAssemblyDirectory, "*.dll").Order(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    /// <summary>The runtime sources the generated code calls (Runtime/, Pagination/ and the helpers they use).</summary>
    public static IEnumerable<string> RuntimeSourceFiles()
    {
        var root = Repository.SdkSourceDirectory;
        var files = Directory.GetFiles(Path.Combine(root, "Runtime"), "*.cs", SearchOption.AllDirectories).ToList();
        files.AddRange(Directory.GetFiles(Path.Combine(root, "Pagination"), "*.cs", SearchOption.AllDirectories));
        // The few Http/ files the runtime itself uses: request options, header-text checks, credential header names.
        foreach (var name in new[] { "RequestProperties.cs", "HeaderText.cs", "CredentialHeaders.cs" })
        {
            var path = Path.Combine(root, "Http", name);
            if (File.Exists(path))
            {
                files.Add(path);
            }
        }

        return files.Order(StringComparer.Ordinal);
    }

    /// <summary>Compiles; returns the assembly (null on failure) and every warning and error.</summary>
    public static (Assembly? Assembly, IReadOnlyList<Diagnostic> Diagnostics) Compile(IEnumerable<GeneratedFile> files, string assemblyName)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose, preprocessorSymbols: ["NET", "NET10_0", "NET8_0_OR_GREATER", "NET10_0_OR_GREATER", "NETCOREAPP"]);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Content, System.Text.Encoding.UTF8), parseOptions, "generated/" + f.RelativePath))
            .Concat(RuntimeSourceFiles().Select(p => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(p), System.Text.Encoding.UTF8), parseOptions, p)))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, "ImplicitUsings.cs"))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, deterministic: true);
        var compilation = CSharpCompilation.Create(assemblyName, trees, References.Value, options);

        var driver = CSharpGeneratorDriver.Create([JsonGenerator.Value.AsSourceGenerator()], parseOptions: parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var withGenerated, out var generatorDiagnostics);

        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var result = withGenerated.Emit(peStream, xmlDocumentationStream: xmlStream);
        var diagnostics = generatorDiagnostics.Concat(result.Diagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        if (!result.Success)
        {
            return (null, diagnostics);
        }

        var context = new AssemblyLoadContext(assemblyName, isCollectible: true);
        peStream.Position = 0;
        return (context.LoadFromStream(peStream), diagnostics);
    }
}
