using CaseSdk.Runtime;

namespace CaseSdk;

/// <summary>The query-parameter class of operations that document no query parameters.</summary>
public sealed class DefaultQueryParameters : IQueryParameters
{
    void IQueryParameters.WriteTo(QueryStringWriter writer)
    {
    }
}
