using CaseSdk.Builders;
using CaseSdk.Http;
using CaseSdk.Operations;
using CaseSdk.Runtime;

namespace CaseSdk;

/// <summary>
/// The entry point: the operations by name (<c>client.CaseManagement.SearchCasesAsync(...)</c>,
/// <c>client.Roles.ListRoleUsersAsync(roleId)</c>, …) and the path tree beneath them (<c>client.Api.V2.Cases</c>, …). Create one per application
/// (it pools connections) and dispose it at shutdown. Thread-safe.
/// </summary>
/// <remarks>
/// For tests of code that takes a client: it is not sealed, its members are virtual, and the protected constructor
/// makes one without a connection, so a mocking library can fake any call down to the request builders.
/// </remarks>
public class DatadogClient : IDisposable
{
    private readonly HttpMessageInvoker? _invoker;
    private readonly RequestAdapter? _adapter;
    private readonly RootRequestBuilder _root;
    private readonly CaseManagementApi _caseManagement;
    private readonly IncidentTeamsApi _incidentTeams;
    private readonly RolesApi _roles;

    /// <summary>
    /// For mocking: creates a client that sends nothing (an unmocked call fails with
    /// <see cref="InvalidOperationException"/>), whose virtual members a mocking library overrides.
    /// </summary>
    protected DatadogClient()
    {
        var adapter = RequestAdapter.ForMocking;
        BaseAddress = adapter.BaseAddress;
        _root = new RootRequestBuilder(adapter);
        (_caseManagement, _incidentTeams, _roles) = (new CaseManagementApi(_root), new IncidentTeamsApi(_root), new RolesApi(_root));
    }

    /// <summary>
    /// Creates a client from <paramref name="options"/>, validating them first;
    /// <c>new DatadogClient(DatadogClientOptions.FromEnvironment())</c> reads <c>DD_API_KEY</c>, <c>DD_APP_KEY</c> and <c>DD_SITE</c>.
    /// </summary>
    /// <exception cref="ArgumentException">An option is missing or invalid; the message names it.</exception>
    public DatadogClient(DatadogClientOptions options)
        : this(options, transport: null, disposeTransport: true)
    {
    }

    /// <summary>Used by dependency injection, which supplies a factory-managed transport.</summary>
    internal DatadogClient(DatadogClientOptions options, HttpMessageHandler? transport, bool disposeTransport)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        options.Validate();
        BaseAddress = options.EffectiveBaseAddress;
        var pipeline = HttpPipeline.Create(options, transport ?? options.HttpMessageHandler, disposeTransport: transport is not null ? disposeTransport : options.HttpMessageHandler is null);
        // The adapter enforces options.Timeout over the whole call, body included, and sets the User-Agent.
        _invoker = new HttpMessageInvoker(pipeline, disposeHandler: true);
        _adapter = new RequestAdapter(_invoker, BaseAddress, options.Timeout, options.MaxResponseBytes, UserAgent.With(options.UserAgentSuffix)) { MaxPages = options.Paging.MaxPages };
        _root = new RootRequestBuilder(_adapter);
        (_caseManagement, _incidentTeams, _roles) = (new CaseManagementApi(_root), new IncidentTeamsApi(_root), new RolesApi(_root));
    }

    /// <summary>The address requests go to.</summary>
    public virtual Uri BaseAddress { get; }

    /// <summary>The API's path tree: <c>Api.V2.Cases</c>, <c>Api.V2.Teams</c>, <c>Api.V2.Roles</c>, <c>Api.V2.Permissions</c>.</summary>
    public virtual ApiRequestBuilder Api => _root.Api;

    /// <summary>The Case Management operations by name: <c>SearchCasesAsync</c>, <c>CreateCaseAsync</c>, <c>AssignCaseAsync</c>, …</summary>
    public virtual CaseManagementApi CaseManagement => _caseManagement;

    /// <summary>The Incident Teams operations by name: <c>ListIncidentTeamsAsync</c>, <c>GetIncidentTeamAsync</c>, …</summary>
    [Obsolete("The Incident Teams endpoints are deprecated; Datadog's Teams API replaces them.")]
    public virtual IncidentTeamsApi IncidentTeams => _incidentTeams;

    /// <summary>The Roles and Permissions operations by name: <c>ListRolesAsync</c>, <c>ListRoleUsersAsync</c>, …</summary>
    public virtual RolesApi Roles => _roles;

    /// <summary>Releases the connection pool.</summary>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Names the target address; never credentials.</summary>
    public override string ToString() => $"DatadogClient({BaseAddress})";

    /// <summary>Releases the connection pool; a derived client that holds more releases it here too.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>; false from a finalizer.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Calls in flight end with OperationCanceledException, as they would on a disposed HttpClient.
            _adapter?.CancelPendingCalls();
            _invoker?.Dispose();
        }
    }
}
