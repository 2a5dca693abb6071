namespace CaseSdk.Runtime;

/// <summary>Implemented by every generated query-parameter class: writes the set members under their wire names.</summary>
internal interface IQueryParameters
{
    /// <summary>Appends each non-null member to <paramref name="writer"/>.</summary>
    void WriteTo(QueryStringWriter writer);
}
