using CaseSdk.Generator.Read;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

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

    [Test]
    public void Per_operation_tests_of_a_spec_that_does_not_load_fail_with_its_location()
    {
        const string broken = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      deprecated: often\n";

        var cases = SpecFile.OperationCasesFrom(() => SpecReader.ReadText(broken, "spec/openapi.yaml").RequireValid().Paths.Select(p => (p.Key, HttpMethod.Get, new Microsoft.OpenApi.OpenApiOperation()))).ToList();

        Assert.That(cases, Has.Count.EqualTo(1));
        Assert.That(cases[0].RunState, Is.EqualTo(RunState.NotRunnable), "reported as a failure, not skipped");
        Assert.That(cases[0].Properties.Get(PropertyNames.SkipReason), Is.EqualTo(
            "spec/openapi.yaml does not load: spec/openapi.yaml #/paths/~1x/get/deprecated: 'deprecated' must be true or false, found string \"often\""));
    }
}
