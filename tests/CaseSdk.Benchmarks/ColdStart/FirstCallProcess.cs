using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace CaseSdk.Benchmarks.ColdStart;

/// <summary>
/// Starts this program in <see cref="FirstCall"/> mode as a new process (the dotnet host and the benchmark DLL the
/// launcher published, the same files for every client) and waits, bounded, for it to exit.
/// </summary>
public static class FirstCallProcess
{
    /// <summary>Tells the benchmark processes which DLL the launcher runs from (a complete build output, runnable as it is).</summary>
    public const string ProgramVariable = "CASESDK_BENCH_PROGRAM";

    /// <summary>How long a first call may take before its process is killed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs one first call of <paramref name="client"/> against <paramref name="stub"/>; returns the milliseconds the
    /// process reported from its start and from Main to the response. Throws if it fails or outlives <see cref="Timeout"/>.
    /// </summary>
    public static (double SinceStart, double SinceMain) Run(string client, Uri stub)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Environment.GetEnvironmentVariable(ProgramVariable) is { Length: > 0 } published ? published : typeof(FirstCall).Assembly.Location);
        start.ArgumentList.Add(FirstCall.Argument);
        start.ArgumentList.Add(client);
        start.ArgumentList.Add(stub.ToString());

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The first-call process did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"The {client} first call did not exit within {Timeout.TotalSeconds:N0} s; it was killed.");
        }

        var text = output.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The {client} first call exited with {process.ExitCode}: {errors.GetAwaiter().GetResult().Trim()}");
        }

        var report = text.Split('\n').FirstOrDefault(line => line.StartsWith(FirstCall.ReportPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The {client} first call printed no report: {text.Trim()}");
        var figures = report[FirstCall.ReportPrefix.Length..].Trim().Split(' ');
        return (double.Parse(figures[0], CultureInfo.InvariantCulture), double.Parse(figures[1], CultureInfo.InvariantCulture));
    }

    // The dotnet host running this process when there is one (BenchmarkDotNet runs its processes through it); else the
    // host of the running runtime (…/dotnet/shared/Microsoft.NETCore.App/<version>/ → …/dotnet/dotnet).
    private static string DotnetHost()
    {
        var name = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && Path.GetFileName(self) == name)
        {
            return self;
        }

        var beside = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", name));
        return File.Exists(beside) ? beside : name;
    }
}
