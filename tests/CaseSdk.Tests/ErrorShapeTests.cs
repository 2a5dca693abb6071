using System.Net;
using System.Text;
using CaseSdk.Runtime;
using CaseSdk.Testing;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>Both error shapes the API sends (JSON:API objects and plain strings) arrive as <see cref="DatadogApiError"/>s.</summary>
public sealed class ErrorShapeTests
{
    [Test]
    public async Task Case_management_error_objects_are_typed_with_every_member()
    {
        const string body = """
            {"errors":[{"status":"400","title":"Bad Request","detail":"title must not be empty","code":"invalid_title",
              "source":{"pointer":"/data/attributes/title","parameter":"filter","header":"X-Trace"},"meta":{"hint":["a",1]}}]}
            """;
        using var client = TestClients.Over(new StubHandler().Respond(HttpStatusCode.BadRequest, body));

        var exception = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["c1"].GetAsync());

        var error = exception!.Errors.Single();
        Assert.That(error.Status, Is.EqualTo("400"));
        Assert.That(error.Title, Is.EqualTo("Bad Request"));
        Assert.That(error.Detail, Is.EqualTo("title must not be empty"));
        Assert.That(error.Code, Is.EqualTo("invalid_title"));
        Assert.That(error.Source!.Pointer, Is.EqualTo("/data/attributes/title"));
        Assert.That(error.Source.Parameter, Is.EqualTo("filter"));
        Assert.That(error.Source.Header, Is.EqualTo("X-Trace"));
        Assert.That(error.Meta, Is.EqualTo("""{"hint":["a",1]}"""));
        Assert.That(error.IsObject, Is.True);
        Assert.That(error.RawJson, Does.StartWith("{\"status\":\"400\"").And.Contain("\"meta\""));
        Assert.That(error.Message, Is.EqualTo("title must not be empty"), "the detail is the message");
        Assert.That(exception.ErrorMessages, Is.EqualTo(new[] { "title must not be empty" }));
        Assert.That(exception.Message, Does.Contain("GetCase").And.Contain("400").And.Contain("title must not be empty"));
    }

    [Test]
    public async Task Roles_and_teams_plain_string_errors_use_the_same_shape()
    {
        using var client = TestClients.Over(new StubHandler().Respond(HttpStatusCode.BadRequest, """{"errors":["Bad Request","page[size] is invalid"]}"""));

        var exception = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Roles.GetAsync());

        Assert.That(exception!.Errors.Select(e => e.Message), Is.EqualTo(new[] { "Bad Request", "page[size] is invalid" }));
        Assert.That(exception.Errors.Select(e => e.IsObject), Is.All.False);
        Assert.That(exception.Errors.Select(e => e.Status ?? e.Title ?? e.Detail ?? e.Code), Is.All.Null);
        Assert.That(exception.Errors[0].RawJson, Is.EqualTo("\"Bad Request\""));
        Assert.That(exception.ErrorMessages, Is.EqualTo(new[] { "Bad Request", "page[size] is invalid" }));
        Assert.That(exception.Message, Does.Contain("Bad Request; page[size] is invalid"));
    }

    [Test]
    public void Message_falls_back_from_detail_to_title_to_raw_json()
    {
        var errors = ErrorBody.ReadErrors(Utf8("""{"errors":[{"title":"Forbidden","detail":"  "},{"status":404},{"meta":null}]}"""));

        Assert.That(errors.Select(e => e.Message), Is.EqualTo(new[] { "Forbidden", "{\"status\":404}", "{\"meta\":null}" }));
        Assert.That(errors[1].Status, Is.EqualTo("404"), "a numeric status is kept as its text");
        Assert.That(errors[2].Meta, Is.Null);
    }

    [Test]
    public void Mixed_arrays_keep_every_item_in_order()
    {
        var errors = ErrorBody.ReadErrors(Utf8("""{"errors":["plain",{"title":"Bad Request"},42,null,true,["nested"],{"source":"not an object","title":{"x":1}}]}"""));

        Assert.That(errors.Select(e => e.Message), Is.EqualTo(new[] { "plain", "Bad Request", "42", "null", "true", "[\"nested\"]", "{\"source\":\"not an object\",\"title\":{\"x\":1}}" }));
        Assert.That(errors[6].Source, Is.Null);
        Assert.That(errors[6].Title, Is.Null, "a structured title is not text");
        Assert.That(errors.Select(e => e.IsObject), Is.EqualTo(new[] { false, true, false, false, false, false, true }));
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("{\"errors\":\"not a list\"}")]
    [TestCase("{\"errors\":[\"unterminated")]
    [TestCase("[\"errors\"]")]
    [TestCase("{\"errors\":[\"\\ud800 lone surrogate\"]}")]
    public void Malformed_bodies_give_no_errors_or_readable_ones_and_never_throw(string body)
    {
        var errors = ErrorBody.ReadErrors(Utf8(body));

        Assert.That(errors.All(e => e.Message is not null && e.RawJson is not null), Is.True);
        Assert.That(errors, body.Contains("surrogate", StringComparison.Ordinal) ? Has.Count.EqualTo(1) : Is.Empty);
    }

    [Test]
    public void Deeply_nested_and_invalid_utf8_bodies_never_throw()
    {
        var deep = Utf8("{\"errors\":[" + new string('[', 5000) + new string(']', 5000) + "]}");
        byte[] invalidUtf8 = [.. Utf8("{\"errors\":[\""), 0xFF, 0xFE, .. Utf8("\"]}")];

        Assert.That(ErrorBody.ReadErrors(deep), Is.Empty);
        Assert.That(ErrorBody.ReadErrors(invalidUtf8), Is.Empty);
        Assert.That(ErrorBody.ReadErrors(null), Is.Empty);
    }

    [Test]
    public void Huge_lists_and_long_texts_are_bounded()
    {
        var longText = new string('d', 50_000);
        var items = Enumerable.Range(0, 5000).Select(i => $"{{\"detail\":\"{longText}\",\"meta\":{{\"m\":\"{longText}\"}}}}");
        var errors = ErrorBody.ReadErrors(Utf8("{\"errors\":[" + string.Join(",", items) + "]}"));

        Assert.That(errors, Has.Count.EqualTo(ErrorBody.MaxErrors));
        Assert.That(errors.Max(e => e.Message.Length), Is.LessThanOrEqualTo(ErrorBody.MaxTextLength + 1));
        Assert.That(errors.Max(e => e.Detail!.Length), Is.LessThanOrEqualTo(ErrorBody.MaxTextLength + 1));
        Assert.That(errors.Max(e => e.RawJson.Length), Is.LessThanOrEqualTo(ErrorBody.MaxRawJsonLength + 1));
        Assert.That(errors.Max(e => e.Meta!.Length), Is.LessThanOrEqualTo(ErrorBody.MaxRawJsonLength + 1));
        Assert.That(errors[0].Message, Does.EndWith("…"));
    }

    [Test]
    public void Cutting_a_long_text_never_splits_a_surrogate_pair()
    {
        var text = new string('a', ErrorBody.MaxTextLength - 1) + "😀" + "tail";
        var error = ErrorBody.ReadErrors(Utf8("{\"errors\":[\"" + text + "\"]}")).Single();

        Assert.That(error.Message, Is.EqualTo(new string('a', ErrorBody.MaxTextLength - 1) + "…"));
    }

    [Test]
    public void Exception_message_lists_the_first_ten_messages_and_counts_the_rest()
    {
        var messages = Enumerable.Range(1, 25).Select(i => $"problem {i}").ToArray();

        var exception = new DatadogApiException("ListRoles", HttpStatusCode.BadRequest, messages.Select(m => new DatadogApiError(m)).ToArray(), isDocumentedStatus: true, rawBodyExcerpt: null);

        Assert.That(exception.Message, Does.Contain("problem 10").And.Not.Contain("problem 11").And.Contain("(and 15 more)"));
        Assert.That(exception.Errors, Has.Count.EqualTo(25));
        Assert.That(exception.Errors[24].Message, Is.EqualTo("problem 25"));
        Assert.That(exception.ErrorMessages, Is.EqualTo(messages));
    }

    [Test]
    public void Plain_message_errors_write_themselves_as_json_strings()
    {
        var error = new DatadogApiError("say \"hi\"\n");

        Assert.That(error.RawJson, Is.EqualTo("\"say \\u0022hi\\u0022\\n\""));
        Assert.That(error.ToString(), Is.EqualTo("say \"hi\"\n"));
        Assert.Throws<ArgumentNullException>(() => _ = new DatadogApiError(null!));
    }

    [Test]
    public async Task Error_bodies_over_a_real_socket_are_typed()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = 404;
            c.Response.ContentType = "application/vnd.api+json";
            await c.Response.Body.WriteAsync(Utf8("""{"errors":[{"status":"404","title":"Not Found","detail":"case CASE-9 does not exist"},"also a string"]}"""));
        });
        using var client = new DatadogClient(new DatadogClientOptions
        {
            Credentials = DatadogCredentials.FromApiKeys(TestClients.ApiKey, TestClients.AppKey),
            BaseAddress = server.BaseAddress,
        });

        var exception = await Assert.ThrowsAsync<DatadogApiException>(() => client.Api.V2.Cases["CASE-9"].GetAsync());

        Assert.That(exception!.ErrorMessages, Is.EqualTo(new[] { "case CASE-9 does not exist", "also a string" }));
        Assert.That(exception.Errors[0].Title, Is.EqualTo("Not Found"));
        Assert.That(exception.RawBodyExcerpt, Does.Contain("CASE-9"));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
