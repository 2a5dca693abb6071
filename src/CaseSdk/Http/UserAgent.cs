using System.Reflection;
using System.Runtime.InteropServices;

namespace CaseSdk.Http;

/// <summary>Builds the <c>User-Agent</c>: <c>CaseSdk/&lt;version&gt; (&lt;framework&gt;; &lt;os&gt;) [suffix]</c>.</summary>
internal static class UserAgent
{
    private static readonly string Base = Build();

    public static string With(string? suffix) => string.IsNullOrWhiteSpace(suffix) ? Base : $"{Base} {suffix!.Trim()}";

    private static string Build()
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

        return $"CaseSdk/{version} ({RuntimeInformation.FrameworkDescription.Trim()}; {RuntimeInformation.OSDescription.Trim()})";
    }
}
