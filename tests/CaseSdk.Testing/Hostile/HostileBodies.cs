using System.IO.Compression;
using System.Text;

namespace CaseSdk.Testing.Hostile;

/// <summary>Bodies that attack a client's memory: gzip bombs built cheaply, and the units endless bodies repeat.</summary>
public static class HostileBodies
{
    private const int MemberPlainBytes = 1024 * 1024;

    /// <summary>Repeated as an endless JSON string body after <c>{"data":"</c>.</summary>
    public static ReadOnlyMemory<byte> StringUnit { get; } = Encoding.ASCII.GetBytes(new string('a', 4096));

    /// <summary>Repeated as an endless JSON array after <c>[</c>.</summary>
    public static ReadOnlyMemory<byte> ArrayUnit { get; } = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"id\":\"x\"},", 256)));

    /// <summary>
    /// A gzip body that inflates to <paramref name="inflatedMiB"/> MiB of JSON (<c>{"data":"aaaa…</c>, never closed)
    /// from about 1 KiB per MiB on the wire: one compressed 1 MiB member, concatenated (gzip allows several members).
    /// Building it costs one 1 MiB compression, not the inflated size.
    /// </summary>
    public static byte[] GzipBomb(int inflatedMiB)
    {
        var first = Compress(Encoding.ASCII.GetBytes("{\"data\":\"" + new string('a', MemberPlainBytes - 9)));
        var rest = Compress(Encoding.ASCII.GetBytes(new string('a', MemberPlainBytes)));
        var bomb = new byte[first.Length + (rest.Length * (inflatedMiB - 1))];
        first.CopyTo(bomb, 0);
        for (var i = 0; i < inflatedMiB - 1; i++)
        {
            rest.CopyTo(bomb, first.Length + (i * rest.Length));
        }

        return bomb;
    }

    /// <summary>
    /// A valid gzip header followed by a deflate block of the reserved type 3 (byte <c>0xFF</c>): every inflater
    /// rejects it as soon as it reads the block.
    /// </summary>
    public static byte[] CorruptGzip(byte[] plain)
    {
        var gzip = Compress(plain);
        gzip[10] = 0xFF;
        return gzip;
    }

    /// <summary>Gzip of <paramref name="plain"/>.</summary>
    public static byte[] Compress(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(plain);
        }

        return output.ToArray();
    }
}
