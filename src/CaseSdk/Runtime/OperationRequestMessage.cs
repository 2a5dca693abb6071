namespace CaseSdk.Runtime;

/// <summary>
/// The request message the generated builders send: it carries the operation id and the attempt count as fields,
/// so the handlers read them without allocating <see cref="HttpRequestMessage"/>'s options dictionary per request.
/// </summary>
internal sealed class OperationRequestMessage(HttpMethod method, Uri requestUri, string operationId) : HttpRequestMessage(method, requestUri)
{
    /// <summary>The spec's operationId.</summary>
    public string OperationId { get; } = operationId;

    /// <summary>The attempts made so far, counted by the retry handler.</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Whether the body can be sent again: false for a stream that cannot seek, which a first attempt may have read
    /// partly or wholly. The retry handler does not retry such a request; a seekable stream is rewound by
    /// <see cref="StreamContent"/> to where it started.
    /// </summary>
    public bool BodyCanBeResent { get; set; } = true;

    /// <summary>
    /// What put the credential headers the message carries: null when it carries none, the credentials that applied
    /// theirs, or <see cref="OtherCredentialSource"/> when a documented header parameter set one. Credentials with
    /// fixed values have nothing to do on a retry of a message they applied; on a message that carries none they have
    /// nothing to remove first.
    /// </summary>
    public object? CredentialSource { get; set; }

    /// <summary>The <see cref="CredentialSource"/> of a message a header parameter gave a credential header.</summary>
    public static object OtherCredentialSource { get; } = new();
}
