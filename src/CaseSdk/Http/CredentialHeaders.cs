namespace CaseSdk.Http;

/// <summary>The headers that carry credentials: they only ever go to the configured origin and are never logged.</summary>
internal static class CredentialHeaders
{
    /// <summary>The header names, as sent.</summary>
    public static IReadOnlyList<string> Names { get; } = ["DD-API-KEY", "DD-APPLICATION-KEY", "Authorization"];

    /// <summary>True when <paramref name="name"/> is one of <see cref="Names"/> (case-insensitive).</summary>
    public static bool Contains(string name)
    {
        foreach (var credential in Names)
        {
            if (string.Equals(credential, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Removes every credential header from <paramref name="request"/>.</summary>
    public static void RemoveFrom(HttpRequestMessage request)
    {
        foreach (var name in Names)
        {
            request.Headers.Remove(name);
        }
    }
}
