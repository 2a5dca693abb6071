namespace CaseSdk.Http;

/// <summary>Per-request values the handlers share: the operation id and the number of attempts made.</summary>
internal static class RequestProperties
{
    private const string OperationIdKey = "CaseSdk.OperationId";
    private const string AttemptsKey = "CaseSdk.Attempts";

    public static void SetOperationId(HttpRequestMessage request, string operationId) => Set(request, OperationIdKey, operationId);

    /// <summary>The spec operationId, or the HTTP method for requests sent outside the generated builders.</summary>
    public static string OperationId(HttpRequestMessage request) => Get(request, OperationIdKey) as string ?? request.Method.Method;

    public static void CountAttempt(HttpRequestMessage request) => Set(request, AttemptsKey, Attempts(request) + 1);

    public static int Attempts(HttpRequestMessage request) => Get(request, AttemptsKey) is int attempts ? attempts : 0;

#if NETSTANDARD2_0
    private static void Set(HttpRequestMessage request, string key, object value) => request.Properties[key] = value;

    private static object? Get(HttpRequestMessage request, string key) => request.Properties.TryGetValue(key, out var value) ? value : null;
#else
    private static void Set(HttpRequestMessage request, string key, object value) => request.Options.Set(new HttpRequestOptionsKey<object>(key), value);

    private static object? Get(HttpRequestMessage request, string key) => request.Options.TryGetValue(new HttpRequestOptionsKey<object>(key), out var value) ? value : null;
#endif
}
