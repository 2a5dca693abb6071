using System.Net;
using System.Text;

namespace CaseSdk.ContractTests.Support;

/// <summary>An in-process transport that answers every request with one fixed status and body.</summary>
internal sealed class CannedTransport(HttpStatusCode status, string? json) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = new HttpResponseMessage(status) { RequestMessage = request };
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Task.FromResult(response);
    }
}
