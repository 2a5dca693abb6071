using System.Text.Json;

namespace CaseSdk.Generator.Model;

/// <summary>Datadog's <c>x-unstable</c>: the operation is a preview that may change; its text says how.</summary>
public sealed partial class ModelBuilder
{
    /// <summary>The operation's <c>x-unstable</c> note; <c>true</c> gives a default note, absent or <c>false</c> none.</summary>
    private string? UnstableNote(string operationPointer) => RawAt(operationPointer + "/x-unstable") switch
    {
        null => null,
        var node when node.GetValueKind() == JsonValueKind.String => node.GetValue<string>().Trim(),
        var node when node.GetValueKind() == JsonValueKind.True => "This endpoint is unstable and may change.",
        _ => null,
    };
}
