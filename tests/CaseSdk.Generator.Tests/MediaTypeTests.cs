using System.Net;
using System.Reflection;
using System.Text;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Bodies that are not JSON: text in and out as <c>string</c>, bytes as <c>Stream</c>, forms as the caller's
/// <c>HttpContent</c>; JSON wins when offered beside them, and header parameters are left to the caller with a warning.
/// </summary>
public sealed class MediaTypeTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Media, version: '1'}
        paths:
          /report:
            get:
              operationId: DownloadReport
              responses:
                '200': {description: CSV, content: {text/csv: {schema: {type: string}}}}
            post:
              operationId: UploadNotes
              requestBody: {required: true, content: {text/plain: {schema: {type: string}}}}
              responses:
                '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Ack'}}}}
          /archive:
            get:
              operationId: DownloadArchive
              responses:
                '200': {description: Zip, content: {application/zip: {schema: {type: string, format: binary}}}}
            put:
              operationId: UploadArchive
              requestBody: {required: true, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
              responses:
                '204': {description: Stored}
          /files:
            post:
              operationId: UploadFile
              requestBody: {required: true, content: {multipart/form-data: {schema: {type: object, properties: {file: {type: string, format: binary}}}}}}
              responses:
                '204': {description: Stored}
            put:
              operationId: ReplaceFiles
              requestBody: {required: true, content: {application/x-www-form-urlencoded: {schema: {type: object, properties: {name: {type: string}}}}}}
              responses:
                '204': {description: Stored}
          /logs:
            post:
              operationId: SubmitLog
              parameters:
                - {name: Content-Encoding, in: header, description: How the body is compressed., schema: {type: string}}
                - {name: X-Trace, in: header, required: true, schema: {type: integer}}
                - {name: session, in: cookie, schema: {type: string}}
              requestBody:
                required: true
                content:
                  text/plain: {schema: {type: string}}
                  application/json: {schema: {$ref: '#/components/schemas/Ack'}}
              responses:
                '202': {description: Accepted}
        components:
          schemas:
            Ack: {type: object, properties: {ok: {type: boolean}}}
        """;

    private static readonly Lazy<GenerationResult> Generated = new(() => CodeGenerator.Generate(Spec, SampleSpecs.FileName, "Media"));

    private static readonly Lazy<(Assembly? Assembly, IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> Diagnostics)> Compiled = new(() =>
        InMemoryCompiler.Compile(Generated.Value.Files, "Media.Generated"));

    private static Assembly Assembly => Compiled.Value.Assembly ?? throw new AssertionException("did not compile: " + string.Join("\n", Compiled.Value.Diagnostics));

    private static MethodInfo Method(object builder, string name) => builder.GetType().GetMethod(name)!;

    [Test]
    public void Compiles_with_no_errors_and_no_warnings()
    {
        Assert.That(Compiled.Value.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(Compiled.Value.Assembly, Is.Not.Null);
    }

    [Test]
    public void Method_signatures_say_what_goes_in_and_comes_out()
    {
        var (root, _) = CompiledSampleTests.CreateRoot(Assembly, "Media");
        var report = CompiledSampleTests.Navigate(root, "Report");
        var archive = CompiledSampleTests.Navigate(root, "Archive");
        var files = CompiledSampleTests.Navigate(root, "Files");
        var logs = CompiledSampleTests.Navigate(root, "Logs");
        Assert.That(Method(report, "GetAsync").ReturnType, Is.EqualTo(typeof(Task<string>)));
        Assert.That(Method(report, "PostAsync").GetParameters()[0].ParameterType, Is.EqualTo(typeof(string)));
        Assert.That(Method(archive, "GetAsync").ReturnType, Is.EqualTo(typeof(Task<Stream>)));
        Assert.That(Method(archive, "PutAsync").GetParameters()[0].ParameterType, Is.EqualTo(typeof(Stream)));
        Assert.That(Method(files, "PostAsync").GetParameters()[0].ParameterType, Is.EqualTo(typeof(MultipartFormDataContent)));
        Assert.That(Method(files, "PutAsync").GetParameters()[0].ParameterType, Is.EqualTo(typeof(FormUrlEncodedContent)));
        Assert.That(Method(logs, "PostAsync").GetParameters().Select(p => p.Name + ":" + p.ParameterType.Name).Take(3), Is.EqualTo(new[] { "body:Ack", "xTrace:Int64", "contentEncoding:String" }));
    }

    [Test]
    public void Left_out_alternatives_and_cookie_parameters_are_located_warnings()
    {
        Assert.That(Generated.Value.Model.Warnings.Select(w => w.ToString()), Has.Member(
            "test.yaml #/paths/~1logs/post/parameters/2/in: the cookie parameter 'session' is not generated; set the Cookie header through RequestConfiguration.Headers"));
        Assert.That(Generated.Value.Model.Warnings.Select(w => w.ToString()), Has.Member(
            "test.yaml #/paths/~1logs/post/requestBody/content/text~1plain: the 'text/plain' alternative is not generated; the body is sent as JSON"));
    }

    [Test]
    public async Task Text_goes_out_with_its_media_type_and_comes_back_as_a_string()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Media");
        var report = CompiledSampleTests.Navigate(root, "Report");
        handler.Body = """{"ok":true}""";
        await (Task)Method(report, "PostAsync").Invoke(report, ["line 1\nline 2", null, CancellationToken.None])!;
        Assert.That(handler.RequestBodies[0], Is.EqualTo("line 1\nline 2"));
        Assert.That(handler.Requests[0].Content!.Headers.ContentType!.MediaType, Is.EqualTo("text/plain"));

        handler.Body = "a,b\n1,2\n";
        var task = (Task<string>)Method(report, "GetAsync").Invoke(report, [null, CancellationToken.None])!;
        Assert.That(await task, Is.EqualTo("a,b\n1,2\n"));
        Assert.That(handler.Requests[1].Headers.Accept.Single().MediaType, Is.EqualTo("text/csv"));
        Assert.That(handler.Requests[0].Headers.Accept.Single().MediaType, Is.EqualTo("application/json"));
    }

    [Test]
    public async Task Bytes_go_out_from_a_stream_and_come_back_as_one()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Media");
        var archive = CompiledSampleTests.Navigate(root, "Archive");
        handler.Status = HttpStatusCode.NoContent;
        handler.Body = string.Empty;
        await (Task)Method(archive, "PutAsync").Invoke(archive, [new MemoryStream(Encoding.ASCII.GetBytes("PK\u0003\u0004")), null, CancellationToken.None])!;
        Assert.That(handler.RequestBodies[0], Is.EqualTo("PK\u0003\u0004"));
        Assert.That(handler.Requests[0].Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/octet-stream"));

        handler.Status = HttpStatusCode.OK;
        handler.Body = "zipbytes";
        using var stream = await (Task<Stream>)Method(archive, "GetAsync").Invoke(archive, [null, CancellationToken.None])!;
        using var reader = new StreamReader(stream);
        Assert.That(await reader.ReadToEndAsync(), Is.EqualTo("zipbytes"));
    }

    [Test]
    public async Task A_form_the_caller_builds_is_sent_as_it_is()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Media");
        var files = CompiledSampleTests.Navigate(root, "Files");
        handler.Status = HttpStatusCode.NoContent;
        handler.Body = string.Empty;
        await (Task)Method(files, "PutAsync").Invoke(files, [new FormUrlEncodedContent([new("name", "a b")]), null, CancellationToken.None])!;
        Assert.That(handler.RequestBodies[0], Is.EqualTo("name=a+b"));
        Assert.That(handler.Requests[0].Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/x-www-form-urlencoded"));
    }

    [Test]
    public async Task Header_parameters_are_sent_and_a_content_header_goes_on_the_body()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Media");
        var logs = CompiledSampleTests.Navigate(root, "Logs");
        handler.Status = HttpStatusCode.Accepted;
        handler.Body = string.Empty;
        var ack = Activator.CreateInstance(Assembly.GetType("Media.Models.Ack", throwOnError: true)!)!;
        await (Task)Method(logs, "PostAsync").Invoke(logs, [ack, 7L, "gzip", null, CancellationToken.None])!;
        await (Task)Method(logs, "PostAsync").Invoke(logs, [ack, 8L, null, null, CancellationToken.None])!;
        Assert.That(handler.Requests[0].Headers.GetValues("X-Trace"), Is.EqualTo(new[] { "7" }));
        Assert.That(handler.Requests[0].Content!.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        Assert.That(handler.Requests[1].Content!.Headers.ContentEncoding, Is.Empty);
    }

    [Test]
    public void A_header_value_that_would_split_the_request_is_refused_before_sending()
    {
        var (root, handler) = CompiledSampleTests.CreateRoot(Assembly, "Media");
        var logs = CompiledSampleTests.Navigate(root, "Logs");
        var ack = Activator.CreateInstance(Assembly.GetType("Media.Models.Ack", throwOnError: true)!)!;
        var e = Assert.Throws<TargetInvocationException>(() => Method(logs, "PostAsync").Invoke(logs, [ack, 1L, "gzip\r\nX-Evil: 1", null, CancellationToken.None]))!;
        Assert.That(e.InnerException, Is.InstanceOf<ArgumentException>().With.Property("ParamName").EqualTo("contentEncoding").And.Message.Contains("Content-Encoding"));
        Assert.That(handler.Requests, Is.Empty);
    }
}
