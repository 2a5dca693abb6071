using System.Net.Sockets;

namespace CaseSdk.Runtime;

/// <summary>
/// The exceptions a transport throws when the exchange breaks. HttpClient usually wraps them in
/// <see cref="HttpRequestException"/>, but a connection reset in the middle of setting up a connection can escape as
/// a bare <see cref="SocketException"/> or <see cref="IOException"/>; all of them are the same fault to the caller.
/// </summary>
internal static class TransportFault
{
    /// <summary>True for an exception that means the connection failed or broke.</summary>
    public static bool Is(Exception exception) => exception is HttpRequestException or IOException or SocketException;
}
