using CaseSdk.Generator.Read;

namespace CaseSdk.Generator.Tests;

/// <summary>
/// Every broken spec fails with the file and where in it (a line and column for YAML syntax, a JSON pointer for
/// OpenAPI), never with a bare exception. These are the cases measured against Microsoft.OpenApi.YamlReader 3.11.
/// </summary>
public sealed class BrokenSpecTests
{
    private const string Head = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /x:
            get:
              operationId: GetX
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/X'
        components:
          schemas:
            X:

        """;

    private static IEnumerable<TestCaseData> BrokenSpecs()
    {
        yield return Case("syntax error", "      type: object\n      properties:\n        a: {type: string\n", "line 20, column 1: invalid YAML: ", "did not find expected ',' or '}'");
        yield return Case("tab indentation", "\ttype: object\n", "line 17, column 1: invalid YAML: ", "tab");
        yield return Case("duplicate key", "      type: object\n    X:\n      type: string\n", "line 18, column 5: invalid YAML: ", "Duplicate key X");
        yield return Case("unclosed quote", "      type: object\n      description: \"never closed\n", "line 18, column 20: invalid YAML: ", "quoted scalar");
        yield return Case("unknown alias", "      type: object\n      properties:\n        a: *undefined\n", "line 19, column 12: invalid YAML: ", "undefined");
        yield return Case("integer keyword as text", "      type: string\n      maxLength: many\n", "#/components/schemas/X/maxLength: ", "'maxLength' must be a non-negative integer, found string \"many\"");
        yield return Case("integer keyword as a fraction", "      type: array\n      maxItems: 1.5\n      items: {type: string}\n", "#/components/schemas/X/maxItems: ", "non-negative integer");
        yield return Case("number keyword as text", "      type: integer\n      minimum: low\n", "#/components/schemas/X/minimum: ", "'minimum' must be a number");
        yield return Case("boolean keyword as text", "      type: object\n      deprecated: often\n", "#/components/schemas/X/deprecated: ", "'deprecated' must be true or false");
        yield return Case("nullable as text", "      type: object\n      properties:\n        n: {type: string, nullable: maybe}\n", "#/components/schemas/X/properties/n/nullable: ", "true or false");
        yield return Case("property schema as text", "      type: object\n      properties:\n        n: just-a-string\n", "#/components/schemas/X/properties/n: ", "a schema must be an object");
        yield return Case("required as text", "      type: object\n      required: name\n", "#/components/schemas/X/required: ", "Expected list");
        yield return Case("enum as text", "      type: string\n      enum: notalist\n", "#/components/schemas/X/enum: ", "list");
        yield return Case("type as a number", "      type: 5\n", "#/components/schemas/X/type: ", "Invalid schema type identifier: 5");
    }

    private static TestCaseData Case(string name, string schema, string location, string problem) =>
        new TestCaseData(Head + schema, location, problem).SetArgDisplayNames(name);

    [TestCaseSource(nameof(BrokenSpecs))]
    public void A_broken_spec_fails_with_its_location_and_the_problem(string spec, string location, string problem)
    {
        var error = Assert.Throws<SpecException>(() => CodeGenerator.Generate(spec, "spec/broken.yaml"));

        var first = error!.Diagnostics[0].ToString();
        Assert.That(first, Does.StartWith("spec/broken.yaml " + location).And.Contains(problem));
    }

    [Test]
    public void A_reference_to_a_missing_schema_names_the_ref()
    {
        var error = Assert.Throws<SpecException>(() => CodeGenerator.Generate(Head.Replace("schemas/X'", "schemas/Missing'", StringComparison.Ordinal) + "      type: object\n", "spec/broken.yaml"));

        Assert.That(error!.Diagnostics[0].ToString(), Is.EqualTo(
            "spec/broken.yaml #/paths/~1x/get/responses/200/content/application~1json/schema/$ref: The schema reference '#/components/schemas/Missing' does not point to an existing schema."));
    }

    [Test]
    public void Nesting_deeper_than_the_limit_fails_with_its_location()
    {
        var deep = Head + string.Concat(Enumerable.Range(0, YamlToJson.MaxDepth).Select(i => new string(' ', 6 + (4 * i)) + "type: object\n" + new string(' ', 6 + (4 * i)) + "properties:\n" + new string(' ', 8 + (4 * i)) + "p:\n"));

        var error = Assert.Throws<SpecException>(() => CodeGenerator.Generate(deep, "spec/deep.yaml"));

        Assert.That(error!.Diagnostics.Single().ToString(), Does.StartWith("spec/deep.yaml #/components/schemas/X/properties/p/").And.Contains($"nested deeper than {YamlToJson.MaxDepth} levels"));
    }

    [Test]
    public void Several_yaml_documents_are_refused_rather_than_reading_the_first()
    {
        var error = Assert.Throws<SpecException>(() => CodeGenerator.Generate(Head + "      type: object\n---\nopenapi: 3.0.3\n", "spec/two.yaml"));

        Assert.That(error!.Diagnostics.Single().ToString(), Is.EqualTo("spec/two.yaml #: expected one YAML document, found 2"));
    }

    [Test]
    public void Keyword_names_used_as_property_names_are_not_checked_as_keywords()
    {
        var spec = Head + "      type: object\n      properties:\n        maxLength: {type: string, example: many}\n        deprecated: {type: boolean, default: false}\n      example: {maxLength: many, nullable: maybe}\n";

        var result = CodeGenerator.Generate(spec, "spec/names.yaml");

        Assert.That(result.Files.Select(f => f.RelativePath), Has.Some.Contains("X"));
    }
}
