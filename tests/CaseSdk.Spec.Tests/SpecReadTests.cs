using CaseSdk.Generator.Read;

namespace CaseSdk.Spec.Tests;

public sealed class SpecReadTests
{
    [Test]
    public void Spec_loads_with_no_errors_or_warnings()
    {
        var result = SpecFile.Result;

        Assert.That(result.Errors.Select(e => e.ToString()), Is.Empty);
        Assert.That(result.Warnings.Select(e => e.ToString()), Is.Empty);
        Assert.That(result.Document, Is.Not.Null);
    }

    [Test]
    public void Spec_declares_openapi_3_0_3()
    {
        Assert.That(SpecFile.Result.Json["openapi"]?.GetValue<string>(), Is.EqualTo("3.0.3"));
    }

    [Test]
    public void Reader_reports_a_broken_reference_with_its_location()
    {
        const string broken = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /x:
                get:
                  operationId: X
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Missing'
            """;

        var result = SpecReader.ReadText(broken, "broken.yaml");

        Assert.That(() => result.RequireValid(), Throws.TypeOf<SpecException>()
            .With.Message.StartsWith("broken.yaml #/").And.Message.Contains("Missing"));
    }
}
