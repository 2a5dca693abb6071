using System.Collections.Concurrent;
using System.Globalization;
using CaseSdk.Benchmarks.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseSdk.Benchmarks.Stub;

/// <summary>
/// Kestrel on 127.0.0.1 serving canned JSON: <c>GET /api/v2/cases/{id}</c> (one case),
/// <c>POST /api/v2/cases</c> (reads the body, answers 201 with one case) and <c>GET /api/v2/cases</c> (a page of 100
/// cases chosen by <c>page[number]</c>; <c>filter=pages:N</c> sets how many pages the listing has, default 100).
/// Listings of up to 100 pages are built whole, before any benchmark runs, and kept; longer ones (up to
/// <see cref="LongListingPages.MaxPages"/>) are served from a few kept pages by <see cref="LongListingPages"/>, and a
/// page past their end is a 400.
/// </summary>
public sealed class StubServer : IAsyncDisposable
{
    /// <summary>Tells the benchmark processes where the stub listens.</summary>
    public const string AddressVariable = "CASESDK_BENCH_STUB";

    /// <summary>The number of pages a listing has when the request names none.</summary>
    public const int DefaultPages = 100;

    // The longest listing whose pages are kept whole (100 pages of about 197 KB).
    private const int KeptPagesLimit = DefaultPages;

    private static readonly byte[] EmptyPage = """{"data":[],"meta":{"page":{"current":0,"size":0,"total":0}}}"""u8.ToArray();

    private readonly WebApplication _app;
    private readonly byte[] _singleCase = CaseBodies.SingleCase();
    private readonly ConcurrentDictionary<(int Pages, int Number), byte[]> _pages = new();
    private readonly LongListingPages _longListings = new();

    private StubServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The stub's address, with a trailing slash.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts the stub with the listings the suite uses (10 and 100 pages) already built.</summary>
    public static async Task<StubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var stub = new StubServer(app);
        foreach (var pages in new[] { 10, DefaultPages })
        {
            for (var number = 0; number < pages; number++)
            {
                stub.Page(pages, number);
            }
        }

        app.Run(stub.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        stub.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return stub;
    }

    /// <summary>The stub address the launcher published, or null when this process was started without it.</summary>
    public static Uri? PublishedAddress() =>
        Environment.GetEnvironmentVariable(AddressVariable) is { Length: > 0 } text ? new Uri(text) : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        byte[] body;
        if (path == "/api/v2/cases" && HttpMethods.IsPost(context.Request.Method))
        {
            // CreateCase: read the whole request body, as a real server does, and answer with the created case.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
            context.Response.StatusCode = StatusCodes.Status201Created;
            body = _singleCase;
        }
        else if (path == "/api/v2/cases")
        {
            var pages = ParsePages(context.Request.Query["filter"].ToString());
            var number = int.TryParse(context.Request.Query["page[number]"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            if (pages > KeptPagesLimit)
            {
                // A client that reads past meta.page.total of a long listing fails the setup check instead of
                // reading an empty page.
                if (pages > LongListingPages.MaxPages || number < 1 || number > pages)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }

                await _longListings.WriteAsync(context.Response, number - 1, pages).ConfigureAwait(false);
                return;
            }

            body = Page(pages, number - 1); // page[number] counts from 1, as on the live API
        }
        else if (path.StartsWith("/api/v2/cases/", StringComparison.Ordinal))
        {
            body = _singleCase;
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private byte[] Page(int pages, int number) =>
        number < 0 || number >= pages ? EmptyPage : _pages.GetOrAdd((pages, number), key => CaseBodies.SearchPage(key.Number, key.Pages));

    private static int ParsePages(string filter) =>
        filter.StartsWith("pages:", StringComparison.Ordinal)
        && int.TryParse(filter.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var pages) && pages > 0
            ? pages
            : DefaultPages;
}
