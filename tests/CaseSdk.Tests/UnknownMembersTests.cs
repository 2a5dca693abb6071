using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CaseSdk.Models;

namespace CaseSdk.Tests;

/// <summary>
/// Members the spec does not define, read into the raw-text store behind <c>AdditionalData</c> and written back:
/// the exact bytes come back, a member becomes a <see cref="JsonElement"/> only when looked at, and what a caller
/// sets or changes in <c>AdditionalData</c> is written.
/// </summary>
public sealed class UnknownMembersTests
{
    // Escapes, numbers no double holds exactly, nesting, empty containers, null and booleans: all must come back as read.
    private const string Extras =
        "\"label\":\"caf\\u00e9 \\\"quoted\\\" \\/ \\n\","
        + "\"huge\":1e400,\"negative_zero\":-0.0,\"precise\":0.10000000000000000000000001,"
        + "\"nested\":{\"a\":[1,{\"b\":[]},{},\"x\\u0041\"],\"c\":null,\"t\":true,\"f\":false},"
        + "\"nothing\":null,\"empty\":[]";

    private static readonly JsonTypeInfo<CaseResponse> SdkTypeInfo = (JsonTypeInfo<CaseResponse>)CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CaseResponse));

    private static string Json(string attributeExtras) =>
        "{\"data\":{\"id\":\"c1\",\"type\":\"case\",\"attributes\":{\"title\":\"t\"" + (attributeExtras.Length == 0 ? string.Empty : "," + attributeExtras) + "}}}";

    private static IEnumerable<JsonTypeInfo<CaseResponse>> TypeInfos()
    {
        yield return SdkTypeInfo;
        yield return CaseSdkJsonSerializerContext.Default.CaseResponse;
    }

    [Test]
    public void A_model_serialized_as_object_with_the_sdk_options_is_written_as_its_own_type()
    {
        // The options' converter for object keeps unknown members' text; any other object is written as its runtime type.
        var model = JsonSerializer.Deserialize(Json(Extras), SdkTypeInfo)!;
        object boxed = model;

        Assert.Multiple(() =>
        {
            Assert.That(JsonSerializer.Serialize(boxed, CaseSdkJsonOptions.Default), Is.EqualTo(JsonSerializer.Serialize(model, SdkTypeInfo)));
            Assert.That(JsonSerializer.Serialize(new object(), CaseSdkJsonOptions.Default), Is.EqualTo("{}"));
        });
    }

    [Test]
    public void An_object_read_at_the_root_with_the_sdk_options_is_a_JsonElement()
    {
        var read = JsonSerializer.Deserialize<object>("{\"a\":[1,\"x\"]}", CaseSdkJsonOptions.Default);

        Assert.That(read, Is.InstanceOf<JsonElement>());
        Assert.That(((JsonElement)read!).GetProperty("a")[1].GetString(), Is.EqualTo("x"));
    }

    [TestCaseSource(nameof(TypeInfos))]
    public void Unknown_members_are_written_back_byte_for_byte(JsonTypeInfo<CaseResponse> typeInfo)
    {
        var model = JsonSerializer.Deserialize(Json(Extras), typeInfo)!;

        var written = JsonSerializer.Serialize(model, typeInfo);

        Assert.That(written, Does.Contain(Extras));
    }

    [Test]
    public void Members_looked_at_are_still_written_as_read()
    {
        var model = JsonSerializer.Deserialize(Json(Extras), SdkTypeInfo)!;
        var extra = model.Data!.Attributes!.AdditionalData!;

        // Parsing re-escapes nothing: the element is only for reading.
        Assert.That(extra["label"].GetString(), Is.EqualTo("café \"quoted\" / \n"));
        Assert.That(extra["nested"].GetProperty("a")[3].GetString(), Is.EqualTo("xA"));
        Assert.That(extra["huge"].GetRawText(), Is.EqualTo("1e400"));

        Assert.That(JsonSerializer.Serialize(model, SdkTypeInfo), Does.Contain(Extras));
    }

    [Test]
    public void Reflection_based_options_write_the_text_too()
    {
        var model = JsonSerializer.Deserialize(Json(Extras), SdkTypeInfo)!;
        var reflection = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        Assert.That(JsonSerializer.Serialize(model, reflection), Does.Contain(Extras));
    }

    [Test]
    public void Enumeration_follows_the_JSON_order_past_the_indexed_size()
    {
        var names = Enumerable.Range(0, 12).Select(i => $"m{(i * 7) % 12}").ToList();
        var model = JsonSerializer.Deserialize(Json(string.Join(",", names.Select((n, i) => $"\"{n}\":{i}"))), SdkTypeInfo)!;
        var extra = model.Data!.Attributes!.AdditionalData!;

        Assert.That(extra.Keys, Is.EqualTo(names));
        Assert.That(extra.Select(m => m.Value.GetInt32()), Is.EqualTo(Enumerable.Range(0, 12)));
        Assert.That(extra["m7"].GetInt32(), Is.EqualTo(1));
        Assert.That(extra.ContainsKey("m12"), Is.False);
        Assert.That(extra.Remove("m0"), Is.True);
        Assert.That(extra["m11"].GetInt32(), Is.EqualTo(names.IndexOf("m11")), "the index follows a removal");
        Assert.That(extra.Count, Is.EqualTo(11));
    }

    [Test]
    public void A_null_member_is_an_element_of_kind_Null_and_is_written_as_null()
    {
        var model = JsonSerializer.Deserialize(Json("\"gone\":null"), SdkTypeInfo)!;

        Assert.That(model.Data!.Attributes!.AdditionalData!["gone"].ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(JsonSerializer.Serialize(model, SdkTypeInfo), Does.Contain("\"gone\":null"));
    }

    [Test]
    public void A_repeated_member_keeps_its_first_place_and_its_last_value()
    {
        var model = JsonSerializer.Deserialize(Json("\"a\":1,\"b\":2,\"a\":3"), SdkTypeInfo)!;
        var extra = model.Data!.Attributes!.AdditionalData!;

        Assert.That(extra.Keys, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(extra["a"].GetInt32(), Is.EqualTo(3));
        Assert.That(JsonSerializer.Serialize(model, SdkTypeInfo), Does.Contain("\"a\":3,\"b\":2}"));
    }

    [Test]
    public void An_object_without_unknown_members_has_no_AdditionalData()
    {
        var model = JsonSerializer.Deserialize(Json(string.Empty), SdkTypeInfo)!;

        Assert.That(model.Data!.Attributes!.AdditionalData, Is.Null);
        Assert.That(model.Data.AdditionalData, Is.Null);
    }

    [Test]
    public void Members_added_or_removed_through_AdditionalData_are_written_that_way()
    {
        var model = JsonSerializer.Deserialize(Json("\"keep\":\"caf\\u00e9\",\"drop\":1"), SdkTypeInfo)!;
        var extra = model.Data!.Attributes!.AdditionalData!;

        extra.Remove("drop");
        extra["added"] = JsonElement(/*lang=json*/ "[true]");

        Assert.That(JsonSerializer.Serialize(model, SdkTypeInfo), Does.Contain("\"keep\":\"caf\\u00e9\",\"added\":[true]}").And.Not.Contain("drop"));
    }

    [Test]
    public void A_dictionary_set_by_the_caller_is_written_with_changes_made_after_setting_it()
    {
        var members = new Dictionary<string, JsonElement> { ["first"] = JsonElement("1") };
        var attributes = new CaseAttributes { Title = "t", AdditionalData = members };
        members["later"] = JsonElement("\"x\"");

        Assert.That(attributes.AdditionalData, Is.SameAs(members));
        var written = JsonSerializer.Serialize(attributes, CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CaseAttributes)));
        Assert.That(written, Does.Contain("\"first\":1,\"later\":\"x\""));

        attributes.AdditionalData = null;
        Assert.That(JsonSerializer.Serialize(attributes, CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CaseAttributes))), Does.Not.Contain("first"));
    }

    [Test]
    public void Input_in_many_segments_is_kept_exactly()
    {
        var bytes = Encoding.UTF8.GetBytes(Json(Extras));
        var reader = new Utf8JsonReader(OneBytePerSegment(bytes));

        var model = JsonSerializer.Deserialize(ref reader, SdkTypeInfo)!;

        Assert.That(JsonSerializer.Serialize(model, SdkTypeInfo), Does.Contain(Extras));
    }

    [Test]
    public void Raw_text_keeps_tokens_exactly_and_drops_whitespace_between_them()
    {
        var reader = new Utf8JsonReader(" { \"a\" : [ 1.50 , \"\\u00e9\" ] ,\n \"b\" : { } } "u8);
        reader.Read();

        var text = Runtime.RawJsonText.Read(ref reader);

        Assert.That(Encoding.UTF8.GetString(text), Is.EqualTo("{\"a\":[1.50,\"\\u00e9\"],\"b\":{}}"));
        Assert.That(reader.TokenType, Is.EqualTo(JsonTokenType.EndObject));
        Assert.That(reader.Read(), Is.False, "the reader is left on the value's last token");
    }

    [Test]
    public void The_store_refuses_values_it_cannot_write()
    {
        var store = new Runtime.UnknownMembers();

        Assert.Throws<ArgumentException>(() => store["x"] = 42);
        Assert.Throws<ArgumentException>(() => store.Add("x", "text"));
        Assert.Throws<ArgumentException>(() => store.Add("x", new byte[] { (byte)'1' }));
        store.Add("x", null);
        Assert.Throws<ArgumentException>(() => store.Add("x", null), "a key is added once");
    }

    private static JsonElement JsonElement(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static ReadOnlySequence<byte> OneBytePerSegment(byte[] bytes)
    {
        var first = new Segment(bytes.AsMemory(0, 1), 0);
        var last = first;
        for (var i = 1; i < bytes.Length; i++)
        {
            last = last.Append(bytes.AsMemory(i, 1));
        }

        return new ReadOnlySequence<byte>(first, 0, last, 1);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
