using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSdk.ContractTests.Json;
using CaseSdk.ContractTests.Spec;
using CaseSdk.ContractTests.Support;
using CaseSdk.Testing;
using Microsoft.AspNetCore.Http;

namespace CaseSdk.ContractTests;

/// <summary>
/// A live-shaped success body whose members the reference does not define carry text a re-serializer would change
/// (escapes, numbers beyond a double, -0.0, nulls, nesting), served over a real socket to each operation's call:
/// the model written back holds every such member byte for byte as the server sent it.
/// </summary>
public sealed class UnknownMemberRoundTripTests
{
    private const string Placeholder = "unknown-member-placeholder";

    // Compact, as the API sends it; every token is one a re-serializer would rewrite.
    private const string TrickyValue =
        "{\"label\":\"caf\\u00e9 \\\"q\\\" \\/\",\"numbers\":[1e400,-0.0,0.1000000000000000000001,12345678901234567890],"
        + "\"none\":null,\"flags\":[true,false],\"deep\":{\"empty\":[],\"also\":{}}}";

    [TestCaseSource(typeof(OperationCases), nameof(OperationCases.WithResponseBody))]
    public async Task Unknown_members_of_a_live_shaped_answer_are_written_back_byte_for_byte(string operationId)
    {
        ReferenceDocument.Require();
        var reference = ReferenceDocument.Operation(operationId);
        var operation = ContractSpec.Operation(operationId);
        var instance = LiveShapedPayloads.Responses(reference.ResponseSchema!)[0];
        Assert.That(instance.UnknownMembers, Is.Not.Empty, $"{operationId}: the payload carries no unknown member to check");
        var served = Served(instance);

        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = operation.SuccessStatus;
            c.Response.ContentType = "application/json";
            await c.Response.Body.WriteAsync(served);
        });
        using var client = ContractClients.OverHttp(server.BaseAddress, new RecordingHandler(new SocketsHttpHandler()));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var model = await OperationCalls.For(operationId)(client, timeout.Token);

        var written = JsonSerializer.SerializeToUtf8Bytes(model, CaseSdkJsonOptions.Default.GetTypeInfo(model!.GetType()));
        using var sent = JsonDocument.Parse(served);
        using var back = JsonDocument.Parse(written);
        foreach (var pointer in instance.UnknownMembers)
        {
            Assert.That(At(back.RootElement, pointer)?.GetRawText(), Is.EqualTo(At(sent.RootElement, pointer)!.Value.GetRawText()), $"{operationId} {pointer}");
        }
    }

    // The instance with each unknown member's value replaced by the tricky text.
    private static byte[] Served(LiveShapedInstance instance)
    {
        var json = instance.Json.DeepClone();
        foreach (var pointer in instance.UnknownMembers)
        {
            var cut = pointer.LastIndexOf('/');
            var parent = Node(json, pointer[..cut])!.AsObject();
            parent[Unescape(pointer[(cut + 1)..])] = Placeholder;
        }

        return Encoding.UTF8.GetBytes(json.ToJsonString().Replace($"\"{Placeholder}\"", TrickyValue, StringComparison.Ordinal));
    }

    private static JsonNode? Node(JsonNode? node, string pointer)
    {
        foreach (var token in pointer.Split('/').Skip(1).Select(Unescape))
        {
            node = node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : node![token];
        }

        return node;
    }

    private static JsonElement? At(JsonElement element, string pointer)
    {
        foreach (var token in pointer.Split('/').Skip(1).Select(Unescape))
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                element = element[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)];
            }
            else if (!element.TryGetProperty(token, out element))
            {
                return null;
            }
        }

        return element;
    }

    private static string Unescape(string token) => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
