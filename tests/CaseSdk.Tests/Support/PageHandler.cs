using System.Net;
using System.Text;

namespace CaseSdk.Tests.Support;

/// <summary>
/// A transport that answers every request from a function of the request and its index (from 0), for listings
/// without end. It refuses to answer more than <see cref="MaxRequests"/> requests, so a walk that would not end
/// fails the test instead of hanging it.
/// </summary>
internal sealed class PageHandler : HttpMessageHandler
{
    private readonly Func<Uri, int, string> _answer;

    public PageHandler(Func<Uri, int, string> answer, int maxRequests = 1000)
    {
        _answer = answer;
        MaxRequests = maxRequests;
    }

    public int MaxRequests { get; }

    public List<Uri> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Requests.Count >= MaxRequests)
        {
            throw new InvalidOperationException($"The walk sent more than {MaxRequests} requests.");
        }

        var index = Requests.Count;
        Requests.Add(request.RequestUri!);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(_answer(request.RequestUri!, index), Encoding.UTF8, "application/json"),
        });
    }
}
