using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CaseSdk.Models;
using CaseSdk.Tests.Support;

namespace CaseSdk.Tests;

/// <summary>
/// Request bodies are written by generated writers, not by the serializer's metadata path, and the bytes are the
/// same: for every request body type of the spec, filled in every way, the writer's output under
/// <see cref="CaseSdkJsonOptions.Default"/> equals the metadata path's under the same options without the writers.
/// </summary>
public sealed class RequestBodyWriterTests
{
    private static readonly JsonSerializerOptions MetadataOnly = CaseSdkJsonOptions.CreateMetadataOnly();

    /// <summary>Every model an operation takes as its JSON body, found on the builders' public methods.</summary>
    private static IEnumerable<Type> RequestBodyTypes() =>
        typeof(CaseSdkJsonOptions).Assembly.GetTypes()
            .Where(t => t.Namespace == "CaseSdk.Builders" && t.IsPublic)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters())
            .Where(p => p.Name == "body" && p.ParameterType.Namespace == "CaseSdk.Models" && p.ParameterType.IsClass)
            .Select(p => p.ParameterType)
            .Distinct()
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static IEnumerable<TestCaseData> BodiesFilledEveryWay() =>
        RequestBodyTypes().SelectMany(type => Enum.GetValues<NullableFill>().Select(fill => new TestCaseData(type, fill).SetArgDisplayNames(type.Name, fill.ToString())));

    [Test]
    public void The_spec_has_request_bodies_to_compare()
    {
        var names = RequestBodyTypes().Select(t => t.Name).ToList();

        Assert.That(names, Does.Contain(nameof(CaseCreateRequest)).And.Contain(nameof(RoleCreateRequest)).And.Contain(nameof(RelationshipToUser)));
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(12));
        var create = new FullInstances(NullableFill.Values);
        create.Create(typeof(CaseCreateRequest));
        Assert.That(create.NullableMembers, Is.GreaterThan(5), "the create has nullable members to set to null one at a time");
    }

    [TestCaseSource(nameof(BodiesFilledEveryWay))]
    public void A_request_body_is_written_byte_for_byte_as_the_metadata_path_writes_it(Type type, NullableFill fill)
    {
        var value = new FullInstances(fill).Create(type);

        var written = JsonSerializer.SerializeToUtf8Bytes(value, type, CaseSdkJsonOptions.Default);
        var expected = JsonSerializer.SerializeToUtf8Bytes(value, type, MetadataOnly);

        Assert.That(Encoding.UTF8.GetString(written), Is.EqualTo(Encoding.UTF8.GetString(expected)));
        Assert.That(written, Is.EqualTo(expected));
        Assert.That(Encoding.UTF8.GetString(written), Does.Contain("x_unknown_text"), "the unknown members are written");
    }

    [TestCaseSource(nameof(RequestBodyTypes))]
    public void A_request_body_with_any_one_nullable_member_set_to_null_is_written_as_the_metadata_path_writes_it(Type type)
    {
        var count = new FullInstances(NullableFill.Values);
        count.Create(type);

        for (var index = 0; index < count.NullableMembers; index++)
        {
            var value = new FullInstances(NullableFill.Values, nullAt: index).Create(type);

            Assert.That(
                Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(value, type, CaseSdkJsonOptions.Default)),
                Is.EqualTo(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(value, type, MetadataOnly))),
                $"nullable member {index} set to null");
        }
    }

    [Test]
    public void A_fully_filled_create_writes_escapes_extremes_and_unknown_values()
    {
        var values = JsonSerializer.Serialize(new FullInstances(NullableFill.Values).Create(typeof(CaseCreateRequest)), CaseSdkJsonOptions.Default);

        Assert.That(values, Does.Contain("\\u00DCn\\u00EFc\\u00F8d\\u00E9").And.Contain("\\u0022quoted\\u0022").And.Contain("P9 \\u00FCnknown"));
        Assert.That(values, Does.Contain("\"custom_attributes\":{").And.Contain("\"relationships\":{").And.Contain("1.7976931348623157E+308"));
    }

    [Test]
    public void The_writer_sends_a_null_the_caller_set_and_leaves_out_one_never_set()
    {
        var project = new ProjectRelationship { Data = new ProjectRelationshipData { Id = "p" } };
        var cleared = Create(new CaseCreateRelationships { Project = project, Assignee = null });
        var unset = Create(new CaseCreateRelationships { Project = project });

        Assert.That(JsonSerializer.Serialize(cleared, CaseSdkJsonOptions.Default), Is.EqualTo("""{"data":{"attributes":{"title":"t","type_id":"u"},"relationships":{"assignee":null,"project":{"data":{"id":"p","type":"project"}}},"type":"case"}}"""));
        Assert.That(JsonSerializer.Serialize(unset, CaseSdkJsonOptions.Default), Is.EqualTo("""{"data":{"attributes":{"title":"t","type_id":"u"},"relationships":{"project":{"data":{"id":"p","type":"project"}}},"type":"case"}}"""));
    }

    [Test]
    public void Root_request_bodies_resolve_to_the_writer_and_response_types_keep_their_metadata()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CaseCreateRequest)).Kind, Is.EqualTo(JsonTypeInfoKind.None), "a converter writes the create");
            Assert.That(MetadataOnly.GetTypeInfo(typeof(CaseCreateRequest)).Kind, Is.EqualTo(JsonTypeInfoKind.Object));
            Assert.That(CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CaseCreate)).Kind, Is.EqualTo(JsonTypeInfoKind.Object), "nested types keep their metadata");
            Assert.That(CaseSdkJsonOptions.Default.GetTypeInfo(typeof(CaseResponse)).Kind, Is.EqualTo(JsonTypeInfoKind.Object));
            // A body type a response also reaches is read often: it keeps its metadata.
            Assert.That(CaseSdkJsonOptions.Default.GetTypeInfo(typeof(RelationshipToUser)).Kind, Is.EqualTo(JsonTypeInfoKind.Object));
        });
    }

    // Filled with values only: a preset JSON:API type set to null is filled in again when read back.
    [TestCaseSource(nameof(RequestBodyTypes))]
    public void A_request_body_read_back_under_the_options_writes_the_same(Type type)
    {
        var written = JsonSerializer.SerializeToUtf8Bytes(new FullInstances(NullableFill.Values).Create(type), type, CaseSdkJsonOptions.Default);

        var read = JsonSerializer.Deserialize(written, type, CaseSdkJsonOptions.Default);

        Assert.That(Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(read, type, CaseSdkJsonOptions.Default)), Is.EqualTo(Encoding.UTF8.GetString(written)));
    }

    private static CaseCreateRequest Create(CaseCreateRelationships relationships) => new()
    {
        Data = new CaseCreate { Attributes = new CaseCreateAttributes { Title = "t", TypeId = "u" }, Relationships = relationships },
    };

    [Test]
    public void A_null_root_body_is_written_and_read_as_null()
    {
        Assert.That(JsonSerializer.Serialize<CaseCreateRequest?>(null, CaseSdkJsonOptions.Default), Is.EqualTo("null"));
        Assert.That(JsonSerializer.Deserialize<CaseCreateRequest>("null", CaseSdkJsonOptions.Default), Is.Null);
    }
}
