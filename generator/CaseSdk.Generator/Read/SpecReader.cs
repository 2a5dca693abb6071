using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace CaseSdk.Generator.Read;

/// <summary>
/// Stage 1: reads a YAML or JSON spec into an <see cref="OpenApiDocument"/>, turning every reader
/// diagnostic into a <see cref="SpecDiagnostic"/> that names the file and the JSON pointer.
/// </summary>
/// <remarks>
/// YAML goes through our own <see cref="YamlToJson"/> and then Microsoft.OpenApi's JSON reader, not through
/// Microsoft.OpenApi.YamlReader 3.11 (measured against it, see the README's "How the code is generated"): the
/// library's YAML parser (SharpYaml 2.1.5) refuses Datadog's reference document (<c>example: [this:tag, that:tag]</c>,
/// valid YAML 1.2), reads numbers so that <c>x-pagination</c>'s <c>pageStart</c> is no longer an integer (three paging
/// helpers of our spec disappear), writes YAML nulls as a sentinel string into the JSON the generator also reads,
/// reports duplicate keys, a too-deep document and unknown aliases without a line, and takes the first of several
/// documents silently. Both readers share the object-model diagnostics (JSON pointers) and the exceptions
/// <see cref="KeywordTypeCheck"/> turns into located diagnostics.
/// </remarks>
public static class SpecReader
{
    /// <summary>Reads the spec file at <paramref name="path"/>.</summary>
    /// <param name="path">The spec file.</param>
    /// <param name="displayName">How messages name the file (defaults to <paramref name="path"/>).</param>
    public static SpecReadResult ReadFile(string path, string? displayName = null)
    {
        var name = displayName ?? path;
        if (!File.Exists(path))
        {
            throw new SpecException(new SpecDiagnostic(name, "#", "file not found"));
        }

        return ReadText(File.ReadAllText(path), name);
    }

    /// <summary>Reads spec text (YAML or JSON; JSON is valid YAML).</summary>
    /// <param name="text">The spec.</param>
    /// <param name="displayName">How messages name the source.</param>
    public static SpecReadResult ReadText(string text, string displayName)
    {
        var json = YamlToJson.Convert(text, displayName)
            ?? throw new SpecException(new SpecDiagnostic(displayName, "#", "the spec is empty"));

        var mistyped = KeywordTypeCheck.Check(json, displayName);
        if (mistyped.Count > 0)
        {
            // The reader would throw a bare FormatException or NullReferenceException on these, or accept them silently.
            return new SpecReadResult(null, json, mistyped, [], displayName);
        }

        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(json, new Uri("file:///spec/" + Path.GetFileName(displayName)), new OpenApiReaderSettings());
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or NullReferenceException or ArgumentException or InvalidCastException or KeyNotFoundException)
        {
            // Any other malformed value the reader cannot convert: still name the file, the reader and the problem.
            return new SpecReadResult(null, json, [new SpecDiagnostic(displayName, "#", $"Microsoft.OpenApi cannot read the document: {e.GetType().Name}: {e.Message}")], [], displayName);
        }

        var diagnostics = new List<SpecDiagnostic>();
        foreach (var error in result.Diagnostic?.Errors ?? [])
        {
            diagnostics.Add(new SpecDiagnostic(displayName, NormalizePointer(error.Pointer), error.Message));
        }

        var warnings = new List<SpecDiagnostic>();
        foreach (var warning in result.Diagnostic?.Warnings ?? [])
        {
            warnings.Add(new SpecDiagnostic(displayName, NormalizePointer(warning.Pointer), warning.Message));
        }

        if (result.Document is null && diagnostics.Count == 0)
        {
            diagnostics.Add(new SpecDiagnostic(displayName, "#", "the reader produced no document"));
        }

        return new SpecReadResult(result.Document, json, diagnostics, warnings, displayName);
    }

    private static string NormalizePointer(string? pointer) =>
        string.IsNullOrEmpty(pointer) ? "#" : pointer.StartsWith('#') ? pointer : "#" + pointer;
}

/// <summary>The outcome of reading a spec.</summary>
/// <param name="Document">The parsed document (may be partial when there are errors).</param>
/// <param name="Json">The raw spec as JSON, for checks the object model cannot express.</param>
/// <param name="Errors">Errors: any one of them stops generation.</param>
/// <param name="Warnings">Warnings the reader raised.</param>
/// <param name="DisplayName">How messages name the spec file.</param>
public sealed record SpecReadResult(
    OpenApiDocument? Document,
    JsonNode Json,
    IReadOnlyList<SpecDiagnostic> Errors,
    IReadOnlyList<SpecDiagnostic> Warnings,
    string DisplayName)
{
    /// <summary>Returns the document, or throws a <see cref="SpecException"/> carrying every error and warning.</summary>
    public OpenApiDocument RequireValid()
    {
        if (Errors.Count > 0 || Warnings.Count > 0 || Document is null)
        {
            throw new SpecException([.. Errors, .. Warnings]);
        }

        return Document;
    }
}
