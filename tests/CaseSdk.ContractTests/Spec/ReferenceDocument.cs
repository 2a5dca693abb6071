using System.Text.Json.Nodes;
using CaseSdk.Generator.Read;
using CaseSdk.Testing;

namespace CaseSdk.ContractTests.Spec;

/// <summary>
/// Datadog's own OpenAPI document, beside the repository at <c>../shared/reference/datadog-v2-openapi.yaml</c>: the
/// evidence for what the live API sends and accepts. Read once as plain JSON. Where the file is absent, tests that
/// need it are skipped with the reason; under <c>CI=true</c>, where it is always present, they fail.
/// </summary>
internal static class ReferenceDocument
{

    private static readonly Lazy<JsonObject> LazyRoot = new(Load);

    /// <summary>Where the reference document is expected.</summary>
    public static string FilePath { get; } =
        Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "reference", "datadog-v2-openapi.yaml"));

    public static bool IsAvailable => File.Exists(FilePath);

    /// <summary>The whole document as JSON.</summary>
    public static JsonObject Root => LazyRoot.Value;

    /// <summary><c>components/schemas</c>.</summary>
    public static JsonObject Schemas => Root["components"]!["schemas"]!.AsObject();

    /// <summary>Skips the calling test with the reason when the document is absent; fails it under <c>CI=true</c>.</summary>
    public static void Require()
    {
        if (IsAvailable)
        {
            return;
        }

        var reason = $"Datadog's reference document is not at {FilePath}; live-shaped tests need it.";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(reason + " It must be present under CI=true.");
        }

        Assert.Ignore(reason);
    }

    /// <summary>The reference's operation with this operationId; fails the test naming it when there is none.</summary>
    public static ReferenceOperation Operation(string operationId)
    {
        foreach (var (path, pathItem) in Root["paths"]!.AsObject())
        {
            foreach (var (method, node) in pathItem!.AsObject())
            {
                if (node is JsonObject operation && operation["operationId"]?.GetValue<string>() == operationId)
                {
                    return Read(operationId, method, path, operation);
                }
            }
        }

        Assert.Fail($"The reference document has no operation '{operationId}'.");
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Follows a local <c>$ref</c> chain to the schema it names.</summary>
    public static JsonObject Resolve(JsonNode node) => LocalReferences.Resolve(Root, node);

    /// <summary>The component schema name a <c>$ref</c> names, or null.</summary>
    public static string? SchemaName(JsonNode? schema) => LocalReferences.SchemaName(schema);

    private static ReferenceOperation Read(string operationId, string method, string path, JsonObject operation)
    {
        var requestSchema = operation["requestBody"] is { } body ? SchemaName(Resolve(body)["content"]?["application/json"]?["schema"]) : null;
        var responses = operation["responses"]!.AsObject().Select(r => (Status: r.Key, Response: Resolve(r.Value!))).ToList();
        var (successStatus, success) = responses.First(r => r.Status.StartsWith('2'));
        var errors = responses
            .Where(r => r.Status.StartsWith('4') || r.Status.StartsWith('5'))
            .Select(r => new ReferenceError(int.Parse(r.Status, System.Globalization.CultureInfo.InvariantCulture), SchemaName(r.Response["content"]?["application/json"]?["schema"])))
            .ToList();
        return new ReferenceOperation(
            operationId,
            method.ToUpperInvariant(),
            path,
            requestSchema,
            int.Parse(successStatus, System.Globalization.CultureInfo.InvariantCulture),
            SchemaName(success["content"]?["application/json"]?["schema"]),
            errors);
    }

    private static JsonObject Load()
    {
        Require();
        var json = YamlToJson.Convert(File.ReadAllText(FilePath), "datadog-v2-openapi.yaml")
            ?? throw new InvalidOperationException($"{FilePath} is empty.");
        return json.AsObject();
    }
}

/// <summary>One operation of the reference document: its body schemas by component name, and its error responses.</summary>
internal sealed record ReferenceOperation(
    string OperationId,
    string Method,
    string Path,
    string? RequestSchema,
    int SuccessStatus,
    string? ResponseSchema,
    IReadOnlyList<ReferenceError> Errors);

/// <summary>A documented error status and the component schema of its body (null when it has none).</summary>
internal sealed record ReferenceError(int Status, string? Schema);
