using System.Net;
using System.Reflection;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// 2xx responses without a body (200, 202 as well as 204) return a plain task; several 2xx statuses sharing one body
/// return that body; a JSON body on some statuses only returns it as nullable (null on the bodiless ones); different
/// bodies on different statuses are refused with their location.
/// </summary>
public sealed class SuccessResponseTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Responses, version: '1'}
        paths:
          /jobs:
            post:
              operationId: CreateJob
              responses:
                '200': {description: Done now, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}
                '202': {description: Queued, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}
            delete:
              operationId: DeleteJobs
              responses:
                '200': {description: Deleted}
          /jobs/{job_id}:
            get:
              operationId: GetJob
              parameters: [{name: job_id, in: path, required: true, schema: {type: string}}]
              responses:
                '200': {description: The job, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}
                '204': {description: Not started yet}
          /jobs/count:
            get:
              operationId: count-jobs
              responses:
                '200': {description: How many, content: {application/json: {schema: {type: integer, format: int64}}}}
                '204': {description: Counting disabled}
          /jobs/{job_id}/run:
            post:
              operationId: RunJob
              parameters: [{name: job_id, in: path, required: true, schema: {type: string}}]
              responses:
                '202': {description: Accepted}
                '204': {description: Nothing to run}
        components:
          schemas:
            Job: {type: object, properties: {id: {type: string}}}
        """;

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Responses").Files, "Responses.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void Bodiless_2xx_statuses_return_a_plain_task_and_a_shared_body_is_the_return_type()
    {
        var jobs = Assembly.GetType("Responses.Builders.JobsRequestBuilder", throwOnError: true)!;
        Assert.That(jobs.GetMethod("PostAsync")!.ReturnType, Is.EqualTo(typeof(Task<>).MakeGenericType(Assembly.GetType("Responses.Models.Job", throwOnError: true)!)));
        Assert.That(jobs.GetMethod("DeleteAsync")!.ReturnType, Is.EqualTo(typeof(Task)));
        var run = Assembly.GetType("Responses.Builders.JobsItemRunRequestBuilder", throwOnError: true)!;
        Assert.That(run.GetMethod("PostAsync")!.ReturnType, Is.EqualTo(typeof(Task)));
    }

    [TestCase(HttpStatusCode.OK)]
    [TestCase(HttpStatusCode.Accepted)]
    public async Task Either_documented_status_reads_the_shared_body(HttpStatusCode status)
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Responses");
        handler.Status = status;
        handler.Body = """{"id":"j-1"}""";
        var jobs = CompiledSampleTests.Navigate(root, "Jobs");
        var task = (Task)jobs.GetType().GetMethod("PostAsync")!.Invoke(jobs, [null, CancellationToken.None])!;
        await task;
        var job = task.GetType().GetProperty("Result")!.GetValue(task)!;
        Assert.That(job.GetType().GetProperty("Id")!.GetValue(job), Is.EqualTo("j-1"));
    }

    [Test]
    public async Task A_202_without_a_body_completes()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Responses");
        handler.Status = HttpStatusCode.Accepted;
        handler.Body = string.Empty;
        var jobs = CompiledSampleTests.Navigate(root, "Jobs");
        var item = jobs.GetType().GetProperty("Item")!.GetValue(jobs, ["j-1"])!;
        var run = CompiledSampleTests.Navigate(item, "Run");
        await (Task)run.GetType().GetMethod("PostAsync")!.Invoke(run, [null, CancellationToken.None])!;
        Assert.That(handler.Requests.Single().RequestUri!.AbsolutePath, Is.EqualTo("/jobs/j-1/run"));
    }

    [Test]
    public void Different_bodies_on_different_statuses_are_refused_with_their_location()
    {
        var spec = Spec.Replace("'202': {description: Queued, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}", "'202': {description: Queued, content: {application/json: {schema: {type: string}}}}", StringComparison.Ordinal);
        var e = Assert.Throws<CaseSdk.Generator.Read.SpecException>(() => CodeGenerator.Generate(spec, SampleSpecs.FileName, "Responses"))!;
        Assert.That(e.Diagnostics.Select(d => d.ToString()), Has.Some.Contains("#/paths/~1jobs/post/responses").And.Contains("200 (Job), 202 (String)"));
    }

    [Test]
    public void A_body_on_some_2xx_only_is_returned_as_nullable_and_the_docs_say_when_it_is_null()
    {
        var item = Assembly.GetType("Responses.Builders.JobsItemRequestBuilder", throwOnError: true)!.GetMethod("GetAsync")!;
        Assert.That(item.ReturnType, Is.EqualTo(typeof(Task<>).MakeGenericType(Assembly.GetType("Responses.Models.Job", throwOnError: true)!)));
        Assert.That(new NullabilityInfoContext().Create(item.ReturnParameter).GenericTypeArguments[0].ReadState, Is.EqualTo(NullabilityState.Nullable));
        var count = Assembly.GetType("Responses.Builders.JobsCountRequestBuilder", throwOnError: true)!.GetMethod("GetAsync")!;
        Assert.That(count.ReturnType, Is.EqualTo(typeof(Task<long?>)));
        var source = CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Responses").Files.Single(f => f.RelativePath == "Builders/JobsItemRequestBuilder.cs").Content;
        Assert.That(source, Does.Contain("/// <returns>The 200 response body; <see langword=\"null\"/> when the API answers 204, which has no body.</returns>"));
    }

    [TestCase(HttpStatusCode.OK, """{"id":"j-1"}""", "j-1")]
    [TestCase(HttpStatusCode.NoContent, "", null)]
    public async Task The_bodiless_status_gives_null_and_the_other_the_body(HttpStatusCode status, string body, string? expectedId)
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Responses");
        handler.Status = status;
        handler.Body = body;
        var jobs = CompiledSampleTests.Navigate(root, "Jobs");
        var item = jobs.GetType().GetProperty("Item")!.GetValue(jobs, ["j-1"])!;
        var task = (Task)item.GetType().GetMethod("GetAsync")!.Invoke(item, [null, CancellationToken.None])!;
        await task;
        var job = task.GetType().GetProperty("Result")!.GetValue(task);
        Assert.That(job?.GetType().GetProperty("Id")!.GetValue(job), Is.EqualTo(expectedId));
    }

    [Test]
    public async Task A_value_type_body_on_some_2xx_only_is_a_nullable_value()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Responses");
        var count = CompiledSampleTests.Navigate(root, "Jobs", "Count");
        handler.Body = "12";
        Assert.That(await (Task<long?>)count.GetType().GetMethod("GetAsync")!.Invoke(count, [null, CancellationToken.None])!, Is.EqualTo(12));
        handler.Status = HttpStatusCode.NoContent;
        handler.Body = string.Empty;
        Assert.That(await (Task<long?>)count.GetType().GetMethod("GetAsync")!.Invoke(count, [null, CancellationToken.None])!, Is.Null);
    }

    [Test]
    public async Task A_status_documented_with_the_body_that_comes_without_one_is_a_format_error_naming_the_operation()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Responses");
        handler.Body = string.Empty;
        var jobs = CompiledSampleTests.Navigate(root, "Jobs");
        var item = jobs.GetType().GetProperty("Item")!.GetValue(jobs, ["j-1"])!;
        Exception? e = null;
        try
        {
            await (Task)item.GetType().GetMethod("GetAsync")!.Invoke(item, [null, CancellationToken.None])!;
        }
        catch (Exception caught)
        {
            e = caught;
        }

        Assert.That(e?.GetType().Name, Is.EqualTo("DatadogResponseFormatException"));
        Assert.That(e!.Message, Does.Contain("GetJob"));
    }
}
