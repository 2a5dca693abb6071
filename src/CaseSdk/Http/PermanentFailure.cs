using System.Net.Sockets;
using System.Security.Authentication;

namespace CaseSdk.Http;

/// <summary>Transport failures a retry cannot fix: TLS authentication or certificate errors, names that do not exist, limits the response broke.</summary>
internal static class PermanentFailure
{
    public static bool Is(Exception exception)
    {
#if !NETSTANDARD2_0
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded })
        {
            return true;
        }
#endif
        // Bounded: exception chains are short, but a hostile transport could build a cycle-free long one.
        var current = exception;
        for (var depth = 0; current is not null && depth < 16; depth++, current = current.InnerException)
        {
            if (current is AuthenticationException)
            {
                return true;
            }

            if (current is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
            {
                return true;
            }
        }

        return false;
    }
}
