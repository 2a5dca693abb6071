using System.Diagnostics;

namespace CaseSdk.Benchmarks.Stub;

/// <summary>
/// Runs <see cref="StubServer"/> in a process of its own, so that neither its allocations nor its garbage
/// collections land in the launcher or in the benchmark processes (the memory diagnoser counts every thread of the
/// process it measures). It ends when the launcher closes its standard input.
/// </summary>
public sealed class StubProcess : IDisposable
{
    /// <summary>The argument that makes this program serve the stub instead of running benchmarks.</summary>
    public const string ServeArgument = "--serve-stub";

    private readonly Process _process;

    private StubProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The stub's address.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts this program again with <see cref="ServeArgument"/> and waits for the address it prints.</summary>
    public static StubProcess Start()
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var command = new List<string>();
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            command.Add(typeof(StubProcess).Assembly.Location);
        }

        command.Add(ServeArgument);
        var start = new ProcessStartInfo(self);
        foreach (var argument in command)
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The stub process did not start.");
        var line = process.StandardOutput.ReadLine();
        if (line is null || !Uri.TryCreate(line, UriKind.Absolute, out var address))
        {
            process.Kill();
            throw new InvalidOperationException($"The stub process printed '{line}' instead of its address.");
        }

        return new StubProcess(process, address);
    }

    /// <summary>Serves until standard input closes (the launcher ended), printing the address first.</summary>
    public static async Task ServeAsync()
    {
        await using var stub = await StubServer.StartAsync().ConfigureAwait(false);
        Console.WriteLine(stub.BaseAddress);
        Console.Out.Flush();
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is not null)
        {
        }
    }

    public void Dispose()
    {
        // Closing its input ends the stub; kill it only if it does not go.
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
        }

        _process.Dispose();
    }
}
