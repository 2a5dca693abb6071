namespace Worker;

/// <summary>What the worker reports and how often (section <c>OpenCases</c> of appsettings.json).</summary>
public sealed class OpenCasesOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "OpenCases";

    /// <summary>The case search query, as in Case Management's search bar.</summary>
    public string Query { get; set; } = "status:open";

    /// <summary>The time between two reports; the first runs at start.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
