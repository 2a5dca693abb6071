using System.Net.Sockets;
using System.Text;

namespace CaseSdk.Testing.Hostile;

/// <summary>One connection of a <see cref="HostileServer"/>: the request read, and raw ways to answer it.</summary>
public sealed class HostileExchange
{
    private readonly Socket _socket;
    private bool _reset;

    internal HostileExchange(Socket socket, int index, CancellationToken aborted)
    {
        _socket = socket;
        Index = index;
        Aborted = aborted;
        Stream = new NetworkStream(socket, ownsSocket: false);
    }

    /// <summary>The 0-based number of this connection on its server.</summary>
    public int Index { get; }

    /// <summary>The request, read before the behaviour runs.</summary>
    public HostileRequest Request { get; internal set; } = null!;

    /// <summary>Fires when the exchange runs out of time or the server stops.</summary>
    public CancellationToken Aborted { get; }

    /// <summary>The raw connection.</summary>
    public NetworkStream Stream { get; }

    /// <summary>Writes a status line and headers (and <c>Connection: close</c>); no body yet.</summary>
    public Task WriteHeadAsync(int status, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder($"HTTP/1.1 {status} Status\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return WriteAsync(head.Append("\r\n").ToString());
    }

    /// <summary>A complete response with a <c>Content-Length</c>.</summary>
    public async Task RespondAsync(int status, string body = "", string contentType = "application/json", params (string Name, string Value)[] headers)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        await WriteHeadAsync(status, [("Content-Type", contentType), ("Content-Length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. headers]);
        await WriteAsync(bytes);
    }

    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await Stream.WriteAsync(bytes, Aborted);
        await Stream.FlushAsync(Aborted);
    }

    /// <summary>Writes <paramref name="unit"/> again and again, up to <paramref name="maxBytes"/> or until the client leaves or time runs out.</summary>
    public async Task RepeatAsync(ReadOnlyMemory<byte> unit, long maxBytes)
    {
        // One block reused for every write: the server's own memory stays flat however long the body runs.
        var block = new byte[Math.Max(unit.Length, 64 * 1024 / Math.Max(1, unit.Length) * unit.Length)];
        for (var i = 0; i + unit.Length <= block.Length; i += unit.Length)
        {
            unit.Span.CopyTo(block.AsSpan(i));
        }

        for (long sent = 0; sent < maxBytes; sent += block.Length)
        {
            await Stream.WriteAsync(block, Aborted);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> one byte at a time, pausing <paramref name="interval"/> between bytes.</summary>
    public async Task TrickleAsync(ReadOnlyMemory<byte> bytes, TimeSpan interval)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            await WriteAsync(bytes.Slice(i, 1));
            await Task.Delay(interval, Aborted);
        }
    }

    /// <summary>Waits until the client closes the connection or the exchange is aborted (a server that never answers).</summary>
    public async Task HangAsync()
    {
        var sink = new byte[256];
        while (await Stream.ReadAsync(sink, Aborted) > 0)
        {
        }
    }

    /// <summary>Drops the connection with a TCP reset (RST), not an orderly close.</summary>
    public void Reset()
    {
        _reset = true;
        ResetSocket(_socket);
    }

    internal static void ResetSocket(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }

    internal void Close()
    {
        if (!_reset)
        {
            try
            {
                _socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }

            _socket.Close();
        }

        Stream.Dispose();
    }
}
