using System.Runtime.InteropServices;

namespace PackageConsumer.Tests.Support;

/// <summary>
/// What a NativeAOT publish for linux-x64 needs beyond the .NET SDK: the ILCompiler links the native binary with the
/// system's C compiler driver (clang, else gcc), links zlib (-lz), and strips symbols with objcopy.
/// </summary>
internal static class NativeToolchain
{
    private const string Install = "on Debian or Ubuntu: apt-get install clang zlib1g-dev";

    /// <summary>Why a NativeAOT publish cannot run here, or null when it can.</summary>
    public static async Task<string?> UnavailableReasonAsync()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return $"The NativeAOT check publishes for linux-x64 and runs the binary; this machine is {RuntimeInformation.RuntimeIdentifier}.";
        }

        var compiler = ExternalProcess.FindOnPath("clang") ?? ExternalProcess.FindOnPath("gcc");
        if (compiler is null)
        {
            return $"NativeAOT links with the system's C toolchain, and neither clang nor gcc is on PATH ({Install}).";
        }

        if (ExternalProcess.FindOnPath("objcopy") is null && ExternalProcess.FindOnPath("llvm-objcopy") is null)
        {
            return $"NativeAOT strips the binary with objcopy, which is not on PATH (on Debian or Ubuntu: apt-get install binutils).";
        }

        // The compiler driver prints the library's full path when it finds it, the bare name when it does not.
        var libz = await ExternalProcess.RunAsync(compiler, ["-print-file-name=libz.so"], Environment.CurrentDirectory, TimeSpan.FromSeconds(30));
        var path = libz.Output.Trim();
        if (libz.ExitCode != 0 || !Path.IsPathRooted(path) || !File.Exists(path))
        {
            return $"NativeAOT links zlib, and {Path.GetFileName(compiler)} finds no libz.so ({Install}).";
        }

        return null;
    }
}
