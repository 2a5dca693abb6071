using System.Text.Json;
using System.Text.Json.Nodes;
using CaseSdk.Generator.Read;

namespace CaseSdk.Generator.Tests;

public sealed class YamlToJsonTests
{
    [Test]
    public void Plain_scalars_follow_the_yaml_core_schema()
    {
        var json = YamlToJson.Convert("""
            int: 42
            negative: -7
            decimal: 1.5
            quoted: '42'
            yes: true
            nothing: null
            tilde: ~
            version: 3.0.3
            text: hello
            """, "t.yaml")!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(json["int"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
            Assert.That(json["int"]!.GetValue<long>(), Is.EqualTo(42));
            Assert.That(json["negative"]!.GetValue<long>(), Is.EqualTo(-7));
            Assert.That(json["decimal"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
            Assert.That(json["quoted"]!.GetValueKind(), Is.EqualTo(JsonValueKind.String));
            Assert.That(json["yes"]!.GetValueKind(), Is.EqualTo(JsonValueKind.True));
            Assert.That(json["nothing"], Is.Null);
            Assert.That(json.ContainsKey("tilde") && json["tilde"] is null, Is.True);
            Assert.That(json["version"]!.GetValue<string>(), Is.EqualTo("3.0.3"));
            Assert.That(json["text"]!.GetValue<string>(), Is.EqualTo("hello"));
        });
    }

    [Test]
    public void Duplicate_keys_fail_with_their_location()
    {
        var error = Assert.Throws<SpecException>(() => YamlToJson.Convert("""
            paths:
              /x:
                get: {}
                get: {}
            """, "dup.yaml"));

        // YamlDotNet rejects the key while parsing, so the location is the line and column of the repeated key.
        Assert.That(error!.Diagnostics.Single().ToString(), Does.StartWith("dup.yaml line 4, column 5: ").And.Contains("Duplicate key get"));
    }

    [Test]
    public void Sequences_become_arrays()
    {
        var json = YamlToJson.Convert("list: [a, 1, {b: c}]", "t.yaml");
        Assert.That(json!["list"]!.ToJsonString(), Is.EqualTo("""["a",1,{"b":"c"}]"""));
        Assert.That(json["list"], Is.InstanceOf<JsonArray>());
    }

    [Test]
    public void Yaml_1_1_lookalikes_and_numeric_keys_read_as_the_core_schema_says()
    {
        // Pinned because the generator relies on them: status codes stay names, version strings stay strings,
        // and YAML 1.1's yes/on booleans and 0777 octals are not applied (the same as Microsoft.OpenApi.YamlReader 3.11 reads them).
        var json = YamlToJson.Convert("""
            a_yes: yes
            a_on: on
            a_no: no
            octal: 0777
            exponent: 1e3
            tilde: ~
            empty:
            date: 2024-01-02
            hex: 0x1F
            200: {description: OK}
            4XX: x
            true: key
            shared: &anchor {type: string}
            alias: *anchor
            """, "t.yaml")!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(json["a_yes"]!.GetValue<string>(), Is.EqualTo("yes"));
            Assert.That(json["a_on"]!.GetValue<string>(), Is.EqualTo("on"));
            Assert.That(json["a_no"]!.GetValue<string>(), Is.EqualTo("no"));
            Assert.That(json["octal"]!.GetValue<long>(), Is.EqualTo(777));
            Assert.That(json["exponent"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
            Assert.That(json["exponent"]!.GetValue<decimal>(), Is.EqualTo(1000m));
            Assert.That(json.ContainsKey("tilde") && json["tilde"] is null, Is.True);
            Assert.That(json.ContainsKey("empty") && json["empty"] is null, Is.True);
            Assert.That(json["date"]!.GetValue<string>(), Is.EqualTo("2024-01-02"));
            Assert.That(json["hex"]!.GetValue<string>(), Is.EqualTo("0x1F"));
            Assert.That(json["200"]!["description"]!.GetValue<string>(), Is.EqualTo("OK"));
            Assert.That(json["4XX"]!.GetValue<string>(), Is.EqualTo("x"));
            Assert.That(json["true"]!.GetValue<string>(), Is.EqualTo("key"));
            Assert.That(json["alias"]!.ToJsonString(), Is.EqualTo("""{"type":"string"}"""));
        });
    }

    [Test]
    public void Integers_read_as_longs_so_x_pagination_page_start_is_an_integer()
    {
        var json = YamlToJson.Convert("x-pagination: {pageStart: 1}", "t.yaml")!;

        Assert.That(json["x-pagination"]!["pageStart"]!.AsValue().TryGetValue<long>(out var start) && start == 1, Is.True);
    }
}
