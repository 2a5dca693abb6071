using CaseSdk.Runtime;

namespace CaseSdk.Http;

/// <summary>Per-request values the handlers share: the operation id and the number of attempts made.</summary>
/// <remarks>
/// Requests from the generated builders are <see cref="OperationRequestMessage"/>s and carry both as fields. Any
/// other request (one sent through the client's handlers some other way) keeps its count in the message's options.
/// </remarks>
internal static class RequestProperties
{
    private const string AttemptsKey = "CaseSdk.Attempts";

    /// <summary>The spec operationId, or the HTTP method for requests sent outside the generated builders.</summary>
    public static string OperationId(HttpRequestMessage request) => request is OperationRequestMessage operation ? operation.OperationId : request.Method.Method;

    public static void CountAttempt(HttpRequestMessage request)
    {
        if (request is OperationRequestMessage operation)
        {
            operation.Attempts++;
        }
        else
        {
            Set(request, AttemptsKey, Attempts(request) + 1);
        }
    }

    public static int Attempts(HttpRequestMessage request) =>
        request is OperationRequestMessage operation ? operation.Attempts : Get(request, AttemptsKey) is int attempts ? attempts : 0;

#if NETSTANDARD2_0
    private static void Set(HttpRequestMessage request, string key, object value) => request.Properties[key] = value;

    private static object? Get(HttpRequestMessage request, string key) => request.Properties.TryGetValue(key, out var value) ? value : null;
#else
    private static void Set(HttpRequestMessage request, string key, object value) => request.Options.Set(new HttpRequestOptionsKey<object>(key), value);

    private static object? Get(HttpRequestMessage request, string key) => request.Options.TryGetValue(new HttpRequestOptionsKey<object>(key), out var value) ? value : null;
#endif
}
