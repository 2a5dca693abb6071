namespace CaseSdk.Runtime;

/// <summary>
/// The adapter behind clients and builders made by their protected constructors, for mocking. A member the mock
/// does not set up and that reaches it fails with a message saying so, rather than with a null reference.
/// </summary>
internal sealed partial class RequestAdapter
{
    private static RequestAdapter? s_forMocking;

    /// <summary>Sends nothing: every request fails with <see cref="InvalidOperationException"/>.</summary>
    public static RequestAdapter ForMocking =>
        s_forMocking ??= new RequestAdapter(new HttpMessageInvoker(new NotConfiguredHandler()), new Uri("https://mock.invalid/"));

    private sealed class NotConfiguredHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(
                "This client or request builder was created by its protected constructor, for mocking, and sends nothing: set up the member you call on the mock.");
    }
}
