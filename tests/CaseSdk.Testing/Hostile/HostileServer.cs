using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CaseSdk.Testing.Hostile;

/// <summary>
/// A raw-socket HTTP/1.1 server on a loopback address that answers each request with a scripted, possibly hostile
/// behaviour. One request per connection (every answer closes it). Bounded: at most <c>maxConnections</c> are
/// served, each exchange is cancelled after <c>exchangeTimeout</c>, request heads are cut at 64 KiB and request
/// bodies at 1 MiB.
/// </summary>
public sealed class HostileServer : IAsyncDisposable
{
    private const int MaxHeadBytes = 64 * 1024;
    private const int MaxRequestBodyBytes = 1024 * 1024;

    private readonly TcpListener _listener;
    private readonly Func<HostileExchange, Task> _behaviour;
    private readonly int _maxConnections;
    private readonly TimeSpan _exchangeTimeout;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _exchanges = [];
    private readonly Task _acceptLoop;
    private int _connections;

    private HostileServer(IPAddress address, Func<HostileExchange, Task> behaviour, int maxConnections, TimeSpan exchangeTimeout)
    {
        _behaviour = behaviour;
        _maxConnections = maxConnections;
        _exchangeTimeout = exchangeTimeout;
        _listener = new TcpListener(address, 0);
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseAddress = new Uri($"http://{address}:{port}/");
        _acceptLoop = AcceptAsync();
    }

    /// <summary>The server's address, e.g. <c>http://127.0.0.2:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every request received, in order.</summary>
    public ConcurrentQueue<HostileRequest> Received { get; } = new();

    /// <summary>Connections accepted so far (TLS-less, so also attempts that reached the server).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Starts a server on <paramref name="address"/> (default 127.0.0.1) running <paramref name="behaviour"/> per request.</summary>
    public static HostileServer Start(Func<HostileExchange, Task> behaviour, string address = "127.0.0.1", int maxConnections = 32, TimeSpan? exchangeTimeout = null)
    {
        var ip = IPAddress.Parse(address);
        if (!IPAddress.IsLoopback(ip))
        {
            throw new ArgumentException("Hostile servers bind loopback addresses only.", nameof(address));
        }

        return new HostileServer(ip, behaviour, maxConnections, exchangeTimeout ?? TimeSpan.FromSeconds(15));
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var index = Interlocked.Increment(ref _connections) - 1;
            if (index >= _maxConnections)
            {
                // Over budget: refuse by resetting, so a runaway client cannot keep the server busy.
                HostileExchange.ResetSocket(socket);
                continue;
            }

            lock (_exchanges)
            {
                _exchanges.Add(Task.Run(() => ServeAsync(socket, index)));
            }
        }
    }

    private async Task ServeAsync(Socket socket, int index)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        timeout.CancelAfter(_exchangeTimeout);
        var exchange = new HostileExchange(socket, index, timeout.Token);
        try
        {
            var request = await ReadRequestAsync(exchange, index, timeout.Token);
            if (request is null)
            {
                return;
            }

            Received.Enqueue(request);
            exchange.Request = request;
            await _behaviour(exchange);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the exchange ran out of time: both are the point of a hostile test.
        }
        finally
        {
            exchange.Close();
        }
    }

    private static async Task<HostileRequest?> ReadRequestAsync(HostileExchange exchange, int index, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxHeadBytes];
        var filled = 0;
        var headEnd = -1;
        while (headEnd < 0)
        {
            if (filled == buffer.Length)
            {
                return null;
            }

            var read = await exchange.Stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            filled += read;
            headEnd = buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);
        }

        var head = System.Text.Encoding.Latin1.GetString(buffer, 0, headEnd);
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var existing) ? existing + "," + value : value;
            }
        }

        // Repeated names are kept in one entry; the raw count tells a duplicated credential header apart.
        var rawHeaderLines = lines.Skip(1).Select(l => l.Split(':', 2)[0].Trim()).ToList();
        var body = Array.Empty<byte>();
        if (headers.TryGetValue("Content-Length", out var lengthText) && int.TryParse(lengthText, out var length) && length > 0)
        {
            body = new byte[Math.Min(length, MaxRequestBodyBytes)];
            var already = Math.Min(filled - headEnd - 4, body.Length);
            buffer.AsSpan(headEnd + 4, already).CopyTo(body);
            var got = already;
            while (got < body.Length)
            {
                var read = await exchange.Stream.ReadAsync(body.AsMemory(got), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                got += read;
            }
        }

        return new HostileRequest(index, requestLine[0], requestLine.Length > 1 ? requestLine[1] : string.Empty, headers, rawHeaderLines, body);
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        await _acceptLoop;
        Task[] exchanges;
        lock (_exchanges)
        {
            exchanges = [.. _exchanges];
        }

        await Task.WhenAll(exchanges).WaitAsync(TimeSpan.FromSeconds(10));
        _stopping.Dispose();
    }
}

/// <summary>A request as the hostile server read it.</summary>
public sealed record HostileRequest(
    int Index,
    string Method,
    string Target,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyList<string> HeaderNames,
    byte[] Body)
{
    /// <summary>True when any credential header (DD-API-KEY, DD-APPLICATION-KEY, Authorization) arrived.</summary>
    public bool CarriesCredentials =>
        HeaderNames.Any(n => n.Equals("DD-API-KEY", StringComparison.OrdinalIgnoreCase)
            || n.Equals("DD-APPLICATION-KEY", StringComparison.OrdinalIgnoreCase)
            || n.Equals("Authorization", StringComparison.OrdinalIgnoreCase));
}
