namespace CaseSdk;

/// <summary>Limits of the <c>ListAllAsync</c> helpers, which walk a list page after page.</summary>
public sealed class DatadogPagingOptions
{
    /// <summary>The default of <see cref="MaxPages"/>: 10,000 pages (a million items at 100 per page).</summary>
    public const int DefaultMaxPages = 10_000;

    /// <summary>The largest value <see cref="MaxPages"/> accepts.</summary>
    public const int MaxMaxPages = 1_000_000;

    /// <summary>
    /// The most pages one enumeration requests. A listing that has not ended by then fails with
    /// <see cref="DatadogResponseFormatException"/> instead of requesting pages without end. Default
    /// <see cref="DefaultMaxPages"/>; 1 to <see cref="MaxMaxPages"/>.
    /// </summary>
    public int MaxPages { get; set; } = DefaultMaxPages;

    internal void Validate()
    {
        if (MaxPages < 1 || MaxPages > MaxMaxPages)
        {
            throw new ArgumentException($"Paging.MaxPages must be between 1 and {MaxMaxPages}; it is {MaxPages}.", nameof(MaxPages));
        }
    }
}
