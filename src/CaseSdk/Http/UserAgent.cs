using System.Reflection;
using System.Runtime.InteropServices;

namespace CaseSdk.Http;

/// <summary>Builds the <c>User-Agent</c>: <c>CaseSdk/&lt;version&gt; (&lt;framework&gt;; &lt;os&gt;) [suffix]</c>.</summary>
internal static class UserAgent
{
    /// <summary>The package version without build metadata (<c>1.0.0</c>, <c>1.0.0-local.9e4c393e0e71</c>).</summary>
    public static readonly string SdkVersion = ReadVersion();

    private static readonly string Base = $"CaseSdk/{SdkVersion} ({RuntimeInformation.FrameworkDescription.Trim()}; {RuntimeInformation.OSDescription.Trim()})";

    public static string With(string? suffix) => string.IsNullOrWhiteSpace(suffix) ? Base : $"{Base} {suffix!.Trim()}";

    private static string ReadVersion()
    {
        var assembly = typeof(UserAgent).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+');
        if (plus >= 0)
        {
            version = version.Substring(0, plus);
        }

        return version;
    }
}
