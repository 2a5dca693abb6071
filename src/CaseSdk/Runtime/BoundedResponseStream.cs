namespace CaseSdk.Runtime;

/// <summary>
/// A read-only view of a response body that fails once more than a limit has been read. It wraps the stream the
/// transport hands out, so it counts bytes after decompression, as they stream in.
/// </summary>
internal sealed class BoundedResponseStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, Clip(count)));

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Count(await inner.ReadAsync(buffer, offset, Clip(count), cancellationToken).ConfigureAwait(false));

#if !NETSTANDARD2_0
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer.Slice(0, Clip(buffer.Length)), cancellationToken).ConfigureAwait(false));
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // Never ask for more than one byte past the limit, so crossing it is noticed without buffering far beyond it.
    private int Clip(int count) => _read > limit ? throw new ResponseTooLargeException(limit) : (int)Math.Min(count, limit - _read + 1);

    private int Count(int read)
    {
        _read += read;
        if (_read > limit)
        {
            throw new ResponseTooLargeException(limit);
        }

        return read;
    }
}
