using System.Net;
using System.Reflection;
using System.Text;
using CaseSdk.Generator.Model;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary><c>x-pagination</c> read into the code model and emitted as <c>ListAllAsync</c> helpers that compile and walk.</summary>
public sealed class PagingTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Paging, version: '1'}
        paths:
          /pages:
            get:
              operationId: ListByPage
              x-pagination: {limitParam: 'page[size]', pageParam: 'page[number]', pageStart: 1, resultsPath: data}
              parameters:
                - {name: 'page[size]', in: query, schema: {type: integer, format: int32, minimum: 5, maximum: 50}}
                - {name: 'page[number]', in: query, schema: {type: integer, format: int32}}
                - {name: filter, in: query, schema: {type: string}}
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/PageList'}}}}}
          /offsets:
            get:
              operationId: ListByOffset
              x-pagination: {limitParam: limit, pageOffsetParam: offset, resultsPath: result.items}
              parameters:
                - {name: limit, in: query, schema: {type: integer, format: int64, default: 25}}
                - {name: offset, in: query, schema: {type: integer, format: int64, minimum: 0}}
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/OffsetList'}}}}}
          /cursors:
            get:
              operationId: ListByCursor
              x-pagination: {limitParam: 'page[limit]', cursorParam: 'page[cursor]', cursorPath: meta.page.after, resultsPath: data}
              parameters:
                - {name: 'page[limit]', in: query, schema: {type: integer, format: int32}}
                - {name: 'page[cursor]', in: query, schema: {type: string}}
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/CursorList'}}}}}
          /search:
            post:
              operationId: SearchInBody
              x-pagination: {limitParam: body.page.limit, cursorParam: body.page.cursor, cursorPath: meta.page.after, resultsPath: data}
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/CursorList'}}}}}
          /no-limit:
            get:
              operationId: NoLimit
              x-pagination: {pageParam: 'page[number]'}
              parameters: [{name: 'page[number]', in: query, schema: {type: integer}}]
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/PageList'}}}}}
          /not-a-list:
            get:
              operationId: NotAList
              x-pagination: {limitParam: 'page[size]', pageParam: 'page[number]', resultsPath: meta}
              parameters:
                - {name: 'page[size]', in: query, schema: {type: integer}}
                - {name: 'page[number]', in: query, schema: {type: integer}}
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/PageList'}}}}}
          /unknown-parameter:
            get:
              operationId: UnknownParameter
              x-pagination: {limitParam: 'page[size]', pageParam: 'page[missing]'}
              parameters: [{name: 'page[size]', in: query, schema: {type: integer}}]
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/PageList'}}}}}
          /plain:
            get:
              operationId: NotPaged
              parameters: [{name: 'page[size]', in: query, schema: {type: integer}}]
              responses: {'200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/PageList'}}}}}
        components:
          schemas:
            Entry:
              type: object
              properties:
                id: {type: string}
                name: {type: string}
            Thing:
              type: object
              properties:
                label: {type: string}
            PageList:
              type: object
              properties:
                data: {type: array, items: {$ref: '#/components/schemas/Entry'}}
                meta:
                  type: object
                  properties:
                    page:
                      type: object
                      properties:
                        total: {type: integer, format: int64, description: Total number of pages}
                        total_count: {type: integer, format: int64}
            OffsetList:
              type: object
              properties:
                result:
                  type: object
                  properties:
                    items: {type: array, items: {$ref: '#/components/schemas/Thing'}}
                meta:
                  type: object
                  properties:
                    pagination:
                      type: object
                      properties:
                        next_offset: {type: integer, format: int64}
            CursorList:
              type: object
              properties:
                data: {type: array, items: {$ref: '#/components/schemas/Entry'}}
                meta:
                  type: object
                  properties:
                    page:
                      type: object
                      properties:
                        after: {type: string}
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Paging"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Paging.Generated"));

    private static ApiModel Model => Generated.Value.Model;

    private static PagedListModel List(string operationId) => Model.PagedLists.Single(p => p.OperationId == operationId);

    [Test]
    public void Page_number_lists_take_start_bounds_and_signals_from_the_spec()
    {
        var list = List("ListByPage");

        Assert.That(list.Kind, Is.EqualTo(PagingKind.PageNumber));
        Assert.That((list.Limit.Parameter.WireName, list.Limit.Minimum, list.Limit.Maximum, list.Limit.Initial), Is.EqualTo(("page[size]", 5L, 50L, 50L)));
        Assert.That((list.Position.Parameter.WireName, list.Position.Minimum, list.Position.Maximum, list.Position.Initial), Is.EqualTo(("page[number]", 1L, (long)int.MaxValue, 1L)));
        Assert.That(list.ResultsPath.Select(p => p.WireName), Is.EqualTo(new[] { "data" }));
        Assert.That(list.ItemType, Is.EqualTo(new NamedRef("Entry", NamedKind.Model)));
        Assert.That(list.ItemId?.WireName, Is.EqualTo("id"));
        Assert.That(list.Signals.TotalPages!.Select(p => p.WireName), Is.EqualTo(new[] { "meta", "page", "total" }));
        Assert.That(list.Signals.TotalItems.Select(p => string.Join(".", p.Select(m => m.WireName))), Is.EqualTo(new[] { "meta.page.total_count" }));
        Assert.That(list.Signals.NextOffset, Is.Null);
    }

    [Test]
    public void Offset_lists_follow_a_nested_results_path_and_next_offset()
    {
        var list = List("ListByOffset");

        Assert.That(list.Kind, Is.EqualTo(PagingKind.Offset));
        Assert.That(list.Limit.Initial, Is.EqualTo(25), "no maximum: the documented default");
        Assert.That((list.Position.Minimum, list.Position.Maximum, list.Position.Initial), Is.EqualTo((0L, long.MaxValue, 0L)));
        Assert.That(list.ResultsPath.Select(p => p.WireName), Is.EqualTo(new[] { "result", "items" }));
        Assert.That(list.ItemId, Is.Null, "Thing has no id member");
        Assert.That(list.Signals.NextOffset!.Select(p => p.WireName), Is.EqualTo(new[] { "meta", "pagination", "next_offset" }));
        Assert.That(list.Signals.TotalPages, Is.Null);
    }

    [Test]
    public void Cursor_lists_read_the_cursor_path()
    {
        var list = List("ListByCursor");

        Assert.That(list.Kind, Is.EqualTo(PagingKind.Cursor));
        Assert.That(list.Limit.Initial, Is.EqualTo(PagingModelReader.FallbackPageSize), "neither maximum nor default");
        Assert.That(list.Limit.Maximum, Is.EqualTo(int.MaxValue));
        Assert.That(list.Signals.NextCursor!.Select(p => p.WireName), Is.EqualTo(new[] { "meta", "page", "after" }));
    }

    [Test]
    public void Shapes_the_helpers_cannot_serve_are_skipped_with_the_reason_and_the_rest_is_generated()
    {
        var skipped = Model.SkippedPagedLists.ToDictionary(s => s.OperationId, s => s.Reason);

        Assert.That(skipped.Keys, Is.EquivalentTo(new[] { "SearchInBody", "NoLimit", "NotAList", "UnknownParameter" }));
        Assert.That(skipped["SearchInBody"], Does.Contain("POST"));
        Assert.That(skipped["NoLimit"], Does.Contain("limitParam"));
        Assert.That(skipped["NotAList"], Does.Contain("resultsPath 'meta'"));
        Assert.That(skipped["UnknownParameter"], Does.Contain("page[missing]"));
        Assert.That(Model.SkippedPagedLists.Single(s => s.OperationId == "NoLimit").Pointer, Is.EqualTo("#/paths/~1no-limit/get/x-pagination"));
        Assert.That(Model.PagedLists.Select(p => p.OperationId), Is.EqualTo(new[] { "ListByPage", "ListByOffset", "ListByCursor" }));
        Assert.That(Model.Operations.Select(o => o.OperationId), Does.Contain("SearchInBody").And.Contain("NotPaged"));
    }

    [Test]
    public void Only_paged_operations_get_a_helper_and_the_code_compiles_cleanly()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var withHelper = Generated.Value.Files.Where(f => f.Content.Contains("ListAllAsync(", StringComparison.Ordinal)).Select(f => f.RelativePath);
        Assert.That(withHelper, Is.EquivalentTo(new[] { "Builders/PagesRequestBuilder.cs", "Builders/OffsetsRequestBuilder.cs", "Builders/CursorsRequestBuilder.cs" }));
    }

    [Test]
    public void The_repository_spec_pages_its_four_lists_as_the_api_does()
    {
        var model = CodeGenerator.Generate(File.ReadAllText(Repository.SpecFile), "spec/openapi.yaml").Model;
        var lists = model.PagedLists.ToDictionary(p => p.OperationId);

        Assert.That(lists.Keys, Is.EquivalentTo(new[] { "SearchCases", "ListRoles", "ListRoleUsers", "ListIncidentTeams" }));
        Assert.That(model.SkippedPagedLists, Is.Empty);
        Assert.That((lists["SearchCases"].Kind, lists["SearchCases"].Position.Initial), Is.EqualTo((PagingKind.PageNumber, 1L)));
        Assert.That(lists["SearchCases"].Signals.TotalPages, Is.Not.Null);
        foreach (var roles in new[] { lists["ListRoles"], lists["ListRoleUsers"] })
        {
            Assert.That((roles.Kind, roles.Position.Initial, roles.Position.Minimum), Is.EqualTo((PagingKind.PageNumber, 0L, 0L)));
            Assert.That(roles.Signals.TotalItems.Select(p => p[^1].WireName), Is.EqualTo(new[] { "total_filtered_count", "total_count" }));
        }

        Assert.That((lists["ListIncidentTeams"].Kind, lists["ListIncidentTeams"].Position.Parameter.WireName), Is.EqualTo((PagingKind.Offset, "page[offset]")));
        Assert.That(lists["ListIncidentTeams"].Signals.NextOffset!.Select(p => p.WireName), Is.EqualTo(new[] { "meta", "pagination", "next_offset" }));
        Assert.That(lists.Values.Select(l => l.ItemId?.WireName), Is.All.EqualTo("id"));
    }

    [Test]
    public async Task A_cursor_list_walks_until_the_cursor_is_absent()
    {
        string[] bodies =
        [
            """{"data":[{"id":"e1"},{"id":"e2"}],"meta":{"page":{"after":"c2"}}}""",
            """{"data":[{"id":"e3"},{"id":"e4"}],"meta":{"page":{"after":"c4"}}}""",
            """{"data":[{"id":"e5"},{"id":"e6"}],"meta":{"page":{}}}""",
        ];
        var (root, handler) = CreateRoot(bodies);

        var ids = await Walk(Navigate(root, "Cursors"), q => Set(q, "PageLimit", 2));

        Assert.That(ids, Is.EqualTo(new[] { "e1", "e2", "e3", "e4", "e5", "e6" }));
        Assert.That(handler.Requests.Select(u => u.Query), Is.EqualTo(new[] { "?page%5Blimit%5D=2", "?page%5Blimit%5D=2&page%5Bcursor%5D=c2", "?page%5Blimit%5D=2&page%5Bcursor%5D=c4" }));
    }

    [Test]
    public async Task A_cursor_that_repeats_ends_the_list_and_a_page_repeated_by_content_fails()
    {
        var (cursorRoot, cursorHandler) = CreateRoot(["""{"data":[{"id":"e1"},{"id":"e2"}],"meta":{"page":{"after":"c"}}}""", """{"data":[{"id":"e3"},{"id":"e4"}],"meta":{"page":{"after":"c"}}}"""]);
        Assert.That(await Walk(Navigate(cursorRoot, "Cursors"), q => Set(q, "PageLimit", 2)), Has.Count.EqualTo(4));
        Assert.That(cursorHandler.Requests, Has.Count.EqualTo(2));

        // Things have no id: the same content at the next offset is the same page.
        var same = """{"result":{"items":[{"label":"x"},{"label":"y"}]},"meta":{"pagination":{"next_offset":2}}}""";
        var (offsetRoot, offsetHandler) = CreateRoot([same, same.Replace("\"next_offset\":2", "\"next_offset\":4", StringComparison.Ordinal)]);
        var error = await Assert.ThrowsAsync(Is.AssignableTo<Exception>().And.Property("OperationId").EqualTo("ListByOffset"), () => Walk(Navigate(offsetRoot, "Offsets"), q => Set(q, "Limit", 2L), idMember: "Label"));
        Assert.That(error!.GetType().Name, Is.EqualTo("DatadogResponseFormatException"));
        Assert.That(error.Message, Does.Contain("offset=2").And.Contain("repeats the items of page 1"));
        Assert.That(offsetHandler.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Endless_cursor_pages_stop_at_max_pages_with_a_printable_cursor_in_the_message()
    {
        var bodies = Enumerable.Range(0, 5).Select(i => "{\"data\":[{\"id\":\"e" + (2 * i) + "\"},{\"id\":\"e" + (2 * i + 1) + "\"}],\"meta\":{\"page\":{\"after\":\"c\\r\\n" + i + "\"}}}").ToArray();
        var (root, handler) = CreateRoot(bodies, maxPages: 3);

        var error = await Assert.ThrowsAsync(Is.AssignableTo<Exception>(), () => Walk(Navigate(root, "Cursors"), q => Set(q, "PageLimit", 2)));

        Assert.That(error!.GetType().Name, Is.EqualTo("DatadogResponseFormatException"));
        Assert.That(error.Message, Does.Contain("ListByCursor").And.Contain("3 pages").And.Contain("page[cursor]=c??2"));
        Assert.That(handler.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task A_page_number_past_what_the_parameter_type_can_carry_fails_instead_of_overflowing()
    {
        var (root, handler) = CreateRoot([.. Enumerable.Repeat("""{"data":[{"id":"a"},{"id":"b"},{"id":"c"},{"id":"d"},{"id":"e"}]}""", 2)]);
        var seen = new List<string?>();

        var error = await Assert.ThrowsAsync(Is.AssignableTo<Exception>(), async () =>
        {
            await foreach (var item in StartWalk(Navigate(root, "Pages"), q => { Set(q, "PageSize", 5); Set(q, "PageNumber", int.MaxValue); }))
            {
                seen.Add((string?)item.GetType().GetProperty("Id")!.GetValue(item));
            }
        });

        Assert.That(error!.GetType().Name, Is.EqualTo("DatadogResponseFormatException"));
        Assert.That(error.Message, Does.Contain("ListByPage").And.Contain("page[number]=2147483647"));
        Assert.That(seen, Has.Count.EqualTo(5));
        Assert.That(handler.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void Values_outside_the_spec_bounds_fail_at_the_call()
    {
        var (root, handler) = CreateRoot([]);
        var pages = Navigate(root, "Pages");

        var small = Assert.Throws<ArgumentOutOfRangeException>(() => StartWalk(pages, q => Set(q, "PageSize", 4)));
        var large = Assert.Throws<ArgumentOutOfRangeException>(() => StartWalk(pages, q => Set(q, "PageSize", 51)));
        var start = Assert.Throws<ArgumentOutOfRangeException>(() => StartWalk(pages, q => Set(q, "PageNumber", 0)));

        Assert.That(small!.Message, Does.Contain("ListByPage: page[size] must be between 5 and 50"));
        Assert.That(large!.Message, Does.Contain("between 5 and 50"));
        Assert.That(start!.Message, Does.Contain("page[number] must be between 1 and 2147483647"));
        Assert.That(handler.Requests, Is.Empty);
    }

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("the paging sample did not compile");

    private static (object Root, PageHandler Handler) CreateRoot(string[] bodies, int? maxPages = null)
    {
        var handler = new PageHandler(bodies);
        var adapterType = Assembly.GetType("CaseSdk.Runtime.RequestAdapter", throwOnError: true)!;
        var adapter = Activator.CreateInstance(adapterType, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [new HttpMessageInvoker(handler), new Uri("https://api.example.test")], null)!;
        if (maxPages is not null)
        {
            adapterType.GetProperty("MaxPages")!.SetValue(adapter, maxPages.Value);
        }

        var rootType = Assembly.GetType("Paging.Builders.RootRequestBuilder", throwOnError: true)!;
        return (rootType.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, [adapterType])!.Invoke([adapter]), handler);
    }

    private static object Navigate(object builder, string property) => builder.GetType().GetProperty(property)!.GetValue(builder)!;

    private static IAsyncEnumerable<object> StartWalk(object builder, Action<object> setQuery)
    {
        var method = builder.GetType().GetMethod("ListAllAsync")!;
        var queryType = method.GetParameters()[0].ParameterType.GetGenericArguments()[0];
        var filter = typeof(PagingTests).GetMethod(nameof(Filter), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(queryType).Invoke(null, [setQuery]);
        return (IAsyncEnumerable<object>)method.Invoke(builder, BindingFlags.DoNotWrapExceptions, null, [filter, CancellationToken.None], null)!;
    }

    private static async Task<List<string?>> Walk(object builder, Action<object> setQuery, string idMember = "Id")
    {
        var ids = new List<string?>();
        await foreach (var item in StartWalk(builder, setQuery))
        {
            ids.Add((string?)item.GetType().GetProperty(idMember)!.GetValue(item));
        }

        return ids;
    }

    private static Action<T> Filter<T>(Action<object> setQuery) => q => setQuery(q!);

    private static void Set(object query, string property, object value) => query.GetType().GetProperty(property)!.SetValue(query, value);

    /// <summary>Answers the bodies in order, then fails (a walk that goes on fails the test instead of hanging it).</summary>
    private sealed class PageHandler(string[] bodies) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Requests.Count >= bodies.Length)
            {
                throw new InvalidOperationException($"No page left for {request.RequestUri}.");
            }

            Requests.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(bodies[Requests.Count - 1], Encoding.UTF8, "application/json") });
        }
    }
}
