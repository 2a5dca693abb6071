using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CaseSdk.Testing;

/// <summary>
/// Runs <c>prism mock --errors spec/openapi.yaml</c> from the project's pinned npm tools on a free loopback
/// port, waits until it answers, and stops it on dispose. Prism validates every request against the spec and
/// answers with the spec's examples.
/// </summary>
public sealed class PrismServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private PrismServer(Process process, StringBuilder output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    /// <summary>Where Prism listens, e.g. <c>http://127.0.0.1:43121/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What Prism printed so far (its log names each validation violation).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The Prism CLI entry point inside node_modules, or null when the npm tools are not installed.</summary>
    public static string? CliPath
    {
        get
        {
            var path = Path.Combine(RepositoryPaths.Root, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
            return File.Exists(path) ? path : null;
        }
    }

    /// <summary>
    /// Why Prism cannot run here (Node.js or the npm tools missing), or null when it can.
    /// The build's NodeTools step (run by the test command) installs the tools with <c>npm ci</c>.
    /// </summary>
    public static string? UnavailableReason()
    {
        if (CliPath is null)
        {
            return "Prism is not installed: run 'npm ci' (the test command 'dotnet cake --target=Test' does it).";
        }

        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            node.WaitForExit(10_000);
            return node.ExitCode == 0 ? null : "'node --version' failed.";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "Node.js is not installed (no 'node' on PATH).";
        }
    }

    /// <summary>Starts Prism on a free port and waits until it answers.</summary>
    public static async Task<PrismServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var cli = CliPath ?? throw new InvalidOperationException(UnavailableReason());
        var port = FreePort();
        var output = new StringBuilder();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "mock", "--errors", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), RepositoryPaths.Spec })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Prism did not start.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrismServer(process, output, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await server.WaitUntilAnsweringAsync(cancellationToken).ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops Prism and the processes it started.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Prism exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                // Any HTTP answer (Prism says 401 without keys) means it is serving the spec.
                using var response = await http.GetAsync(new Uri(BaseAddress, "api/v2/permissions"), cancellationToken).ConfigureAwait(false);
                if (response.StatusCode != HttpStatusCode.BadGateway)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"Prism did not answer within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
