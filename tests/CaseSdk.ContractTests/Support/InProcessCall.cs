using System.Text.RegularExpressions;
using CaseSdk.ContractTests.Spec;

namespace CaseSdk.ContractTests.Support;

/// <summary>Runs an operation's call in process, answered with the spec's example, and returns what went over the wire.</summary>
internal static class InProcessCall
{
    public static async Task<(object? Result, RecordedExchange Exchange)> RunAsync(SpecOperation operation)
    {
        using var client = ContractClients.AnsweringWithExample(operation, out var recorder);
        var result = await OperationCalls.For(operation.OperationId)(client, CancellationToken.None);
        return (result, recorder.Single(operation.OperationId));
    }

    /// <summary>Whether a request path fits the operation's path template (each <c>{param}</c> one segment).</summary>
    public static bool PathMatches(SpecOperation operation, Uri uri)
    {
        var pattern = "^" + Regex.Replace(Regex.Escape(operation.Path), @"\\\{[^/]+?}", "[^/]+") + "$";
        return Regex.IsMatch(uri.AbsolutePath, pattern);
    }
}
