using System.Buffers;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CaseSdk.Runtime;

/// <summary>
/// A JSON request body serialized into a buffer rented from <see cref="ArrayPool{T}.Shared"/> instead of a new
/// <c>byte[]</c> per request. It is sent with a <c>Content-Length</c>, can be sent again (retries, redirects), and
/// gives the buffer back when disposed — the adapter disposes the request message once the call is over, and over
/// HTTP/1.1 the transport has written the whole body before it reads the response.
/// </summary>
internal sealed class PooledJsonContent : HttpContent
{
    private readonly int _length;
    private byte[]? _buffer;

    private PooledJsonContent(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>Serializes <paramref name="value"/> with source-generated metadata; the output is that of <c>JsonSerializer.SerializeToUtf8Bytes</c>.</summary>
    public static PooledJsonContent Create<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var output = new PooledBufferStream();
        JsonSerializer.Serialize(output, value, typeInfo);
        var buffer = output.Detach(out var length);
        return new PooledJsonContent(buffer, length);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Buffer(), 0, _length);

#if !NETSTANDARD2_0
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Buffer(), 0, _length, cancellationToken);

    protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.Write(Buffer(), 0, _length);
#endif

    protected override bool TryComputeLength(out long length)
    {
        length = _length;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        // Exchange, so that a second Dispose cannot return the same array to the pool twice.
        if (disposing && Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        base.Dispose(disposing);
    }

    private byte[] Buffer() => _buffer ?? throw new ObjectDisposedException(nameof(PooledJsonContent));

    /// <summary>A write-only stream over rented arrays; <see cref="Detach"/> hands the array over to the content.</summary>
    private sealed class PooledBufferStream : Stream
    {
        private byte[]? _array = ArrayPool<byte>.Shared.Rent(1024);
        private int _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public byte[] Detach(out int length)
        {
            var array = _array ?? throw new ObjectDisposedException(nameof(PooledBufferStream));
            length = _length;
            _array = null;
            return array;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var array = Reserve(count);
            Array.Copy(buffer, offset, array, _length, count);
            _length += count;
        }

#if !NETSTANDARD2_0
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var array = Reserve(buffer.Length);
            buffer.CopyTo(array.AsSpan(_length));
            _length += buffer.Length;
        }
#endif

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (_array is { } array)
            {
                _array = null;
                ArrayPool<byte>.Shared.Return(array);
            }

            base.Dispose(disposing);
        }

        private byte[] Reserve(int count)
        {
            var array = _array ?? throw new ObjectDisposedException(nameof(PooledBufferStream));
            if (array.Length - _length >= count)
            {
                return array;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(array.Length * 2, _length + count));
            Array.Copy(array, larger, _length);
            ArrayPool<byte>.Shared.Return(array);
            _array = larger;
            return larger;
        }
    }
}
