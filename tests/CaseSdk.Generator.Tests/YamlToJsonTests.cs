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
}
