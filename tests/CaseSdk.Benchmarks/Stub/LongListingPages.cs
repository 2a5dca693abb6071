using System.Buffers;
using System.Buffers.Text;
using CaseSdk.Benchmarks.Data;
using Microsoft.AspNetCore.Http;

namespace CaseSdk.Benchmarks.Stub;

/// <summary>
/// The pages of listings too long to keep whole (1,000 pages of about 197 KB would be about 200 MB): a few page
/// bodies built once, and page N served from one of them, copied into a pooled buffer with N written into every id
/// that carries the page number and a <c>meta.page</c> of its own. Clients receive pages of the same shape and size
/// as the short listings' pages, with ids that differ from page to page and the listing's <c>meta.page.total</c>.
/// </summary>
public sealed class LongListingPages
{
    /// <summary>The longest listing served: the page number must fit the ids' four hex digits (a Guid's second group).</summary>
    public const int MaxPages = 0x7fff;

    private const int Templates = 10;
    private static readonly byte[] MetaStart = ""","meta":{"page":{"current":"""u8.ToArray();
    private static readonly byte[] SizeMember = ""","size":"""u8.ToArray();
    private static readonly byte[] TotalMember = ""","total":"""u8.ToArray();
    private static readonly byte[] MetaEnd = "}}}"u8.ToArray();

    private readonly (byte[] Prefix, int[] PageDigits)[] _templates = new (byte[], int[])[Templates];

    public LongListingPages()
    {
        for (var number = 0; number < Templates; number++)
        {
            var body = CaseBodies.SearchPage(number, MaxPages);
            var metaAt = body.AsSpan().LastIndexOf(MetaStart);
            // The tail written per page must be what CaseBodies writes, or long listings would differ from short ones.
            var tail = metaAt < 0 ? [] : body.AsSpan(metaAt);
            var expected = new byte[tail.Length + 64];
            if (metaAt < 0 || !expected.AsSpan(0, WriteMeta(expected, number, MaxPages)).SequenceEqual(tail))
            {
                throw new InvalidOperationException($"Page {number} does not end with the meta.page this stub writes.");
            }

            var prefix = body[..metaAt];
            _templates[number] = (prefix, CaseBodies.PageNumberPositions(prefix, number));
        }
    }

    /// <summary>Writes page <paramref name="number"/> (counted from 0) of a listing of <paramref name="pages"/> pages.</summary>
    public async Task WriteAsync(HttpResponse response, int number, int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pages, MaxPages);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, pages);
        var (prefix, pageDigits) = _templates[number % Templates];
        var buffer = ArrayPool<byte>.Shared.Rent(prefix.Length + 64);
        try
        {
            prefix.CopyTo(buffer, 0);
            Span<byte> digits = stackalloc byte[4];
            Utf8Formatter.TryFormat(number, digits, out _, new StandardFormat('x', 4));
            foreach (var at in pageDigits)
            {
                digits.CopyTo(buffer.AsSpan(at));
            }

            var length = prefix.Length + WriteMeta(buffer.AsSpan(prefix.Length), number, pages);
            response.ContentType = "application/json";
            response.ContentLength = length;
            await response.Body.WriteAsync(buffer.AsMemory(0, length), response.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // ,"meta":{"page":{"current":N,"size":100,"total":T}}} as CaseBodies.SearchPage writes it (current counts from 0).
    private static int WriteMeta(Span<byte> destination, int number, int pages)
    {
        var written = 0;
        Append(destination, MetaStart, ref written);
        Utf8Formatter.TryFormat(number, destination[written..], out var n);
        written += n;
        Append(destination, SizeMember, ref written);
        Utf8Formatter.TryFormat(CaseBodies.PageSize, destination[written..], out n);
        written += n;
        Append(destination, TotalMember, ref written);
        Utf8Formatter.TryFormat(pages, destination[written..], out n);
        written += n;
        Append(destination, MetaEnd, ref written);
        return written;
    }

    private static void Append(Span<byte> destination, ReadOnlySpan<byte> text, ref int written)
    {
        text.CopyTo(destination[written..]);
        written += text.Length;
    }
}
