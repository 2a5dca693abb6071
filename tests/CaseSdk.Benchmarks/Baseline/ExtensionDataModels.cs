using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseSdk.Benchmarks.Baseline;

// The baseline's CreateCase request types plus one thing: a [JsonExtensionData] dictionary on each class, as every
// SDK model has (AdditionalData keeps members the spec does not know and writes them back). Not a client anyone
// would write; it isolates what that one attribute costs System.Text.Json when writing.

public sealed class NewCaseRequestWithExtensionData
{
    public NewCaseWithExtensionData? Data { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

public sealed class NewCaseWithExtensionData
{
    public NewCaseFieldsWithExtensionData? Attributes { get; set; }

    public NewCaseLinksWithExtensionData? Relationships { get; set; }

    public ResourceKind? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

public sealed class NewCaseFieldsWithExtensionData
{
    public string? Description { get; set; }

    public Priority? Priority { get; set; }

    public string? Title { get; set; }

    public Dictionary<string, CustomAttribute>? CustomAttributes { get; set; }

    public string? StatusName { get; set; }

    public string? TypeId { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

public sealed class NewCaseLinksWithExtensionData
{
    public LinkWithExtensionData? Assignee { get; set; }

    public LinkWithExtensionData? Project { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

public sealed class LinkWithExtensionData
{
    public LinkDataWithExtensionData? Data { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

public sealed class LinkDataWithExtensionData
{
    public string? Id { get; set; }

    public ResourceKind? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalData { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(NewCaseRequestWithExtensionData))]
public sealed partial class ExtensionDataJsonContext : JsonSerializerContext;
