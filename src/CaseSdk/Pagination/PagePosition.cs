namespace CaseSdk.Runtime;

/// <summary>The page a request asks for: a page number or offset (<see cref="Number"/>) or a cursor.</summary>
/// <param name="Number">The page number or item offset; unused by cursor lists.</param>
/// <param name="Cursor">The cursor of the page; null for the first page of a cursor list and for other lists.</param>
internal readonly record struct PagePosition(long Number, string? Cursor);
