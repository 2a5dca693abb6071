using CaseSdk.Generator.Emit;
using CaseSdk.Generator.Model;
using CaseSdk.Generator.Read;

namespace CaseSdk.Generator;

/// <summary>The three stages end to end: read, model, emit.</summary>
public static class CodeGenerator
{
    /// <summary>Generates C# for spec text.</summary>
    /// <param name="specText">The spec (YAML or JSON).</param>
    /// <param name="displayName">How messages and headers name the spec, e.g. <c>spec/openapi.yaml</c>.</param>
    /// <param name="rootNamespace">The root namespace of the generated code.</param>
    /// <param name="runtimeNamespace">The namespace of the handwritten runtime.</param>
    /// <exception cref="SpecException">The spec is invalid or uses an unsupported construct.</exception>
    public static GenerationResult Generate(string specText, string displayName, string rootNamespace = "CaseSdk", string runtimeNamespace = "CaseSdk")
    {
        var read = SpecReader.ReadText(specText, displayName);
        var document = read.RequireValid();
        var model = OperationGroupReader.Read(PagingModelReader.Read(ModelBuilder.Build(document, read.Json, displayName), read.Json), read.Json);
        var files = CSharpEmitter.Emit(model, new EmitOptions(rootNamespace, runtimeNamespace, displayName), specText);
        return new GenerationResult(model, files);
    }
}

/// <summary>The code model and the files emitted from it.</summary>
/// <param name="Model">The code model.</param>
/// <param name="Files">The generated files, ordered by path.</param>
public sealed record GenerationResult(ApiModel Model, IReadOnlyList<GeneratedFile> Files)
{
    /// <summary>Number of generated types (models, enums, unions, converters, builders, query classes, the serializer context).</summary>
    public int TypeCount => Files.Count;

    /// <summary>Total generated lines.</summary>
    public int LineCount => Files.Sum(f => f.Lines);
}
