using CaseSdk.Generator.Model;
using CaseSdk.Generator.Tests.Support;

namespace CaseSdk.Generator.Tests;

/// <summary>Stage 2 on small specs: the names and shapes the emitter receives.</summary>
public sealed class ModelTests
{
    private static readonly Lazy<ApiModel> Sample = new(() => CodeGenerator.Generate(SampleSpecs.KitchenSink, SampleSpecs.FileName, "Sample").Model);

    private static ModelType Model(string name) => Sample.Value.Models.Single(m => m.Name == name);

    private static PropertyModel Property(string model, string wire) => Model(model).Properties.Single(p => p.WireName == wire);

    [Test]
    public void Keywords_and_names_that_collide_after_pascal_casing()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Property("Item", "type").Name, Is.EqualTo("Type"));
            Assert.That(Property("Item", "default").Name, Is.EqualTo("Default"));
            Assert.That(Property("Item", "params").Name, Is.EqualTo("Params"));
            Assert.That(Property("Item", "event").Name, Is.EqualTo("Event"));
            Assert.That(Property("Event", "event").Name, Is.EqualTo("EventValue"), "a member may not share its type's name");
            Assert.That(Property("Item", "page_size").Name, Is.EqualTo("PageSize"));
            Assert.That(Property("Item", "page[size]").Name, Is.EqualTo("PageSize2"));
        });
    }

    [Test]
    public void Inline_objects_and_enums_are_named_after_parent_and_property()
    {
        var owner = Property("Item", "owner");
        Assert.That(owner.Type, Is.EqualTo(new NamedRef("ItemOwner", NamedKind.Model)));
        Assert.That(Property("ItemOwner", "kind").Type, Is.EqualTo(new NamedRef("ItemOwnerKind", NamedKind.Enum)));
        Assert.That(Property("ItemOwner", "created_at").Type, Is.EqualTo(new PrimitiveRef(PrimitiveKind.DateTime)));
    }

    [Test]
    public void Arrays_refs_and_primitives()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Property("Item", "params").Type, Is.EqualTo(new ListRef(new PrimitiveRef(PrimitiveKind.String))));
            Assert.That(Property("Item", "matrix").Type, Is.EqualTo(new ListRef(new ListRef(new PrimitiveRef(PrimitiveKind.Int64)))));
            Assert.That(Property("ItemList", "data").Type, Is.EqualTo(new ListRef(new NamedRef("Item", NamedKind.Model))));
            Assert.That(Property("ItemList", "first").Type, Is.EqualTo(new NamedRef("Item", NamedKind.Model)), "a reused $ref is one type");
            Assert.That(Property("Item", "count").Type, Is.EqualTo(new PrimitiveRef(PrimitiveKind.Int32)));
            Assert.That(Property("Item", "ratio").Type, Is.EqualTo(new PrimitiveRef(PrimitiveKind.Double)));
            Assert.That(Sample.Value.Models.Count(m => m.Name == "Item"), Is.EqualTo(1));
        });
    }

    [Test]
    public void Nullable_required_deprecated_and_single_value_enums()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Property("Item", "note").Nullable, Is.True);
            Assert.That(Property("Item", "default").Nullable, Is.False);
            Assert.That(Property("Item", "type").Required, Is.True);
            Assert.That(Property("Item", "legacy").Deprecated, Is.True);
            Assert.That(Property("Item", "type").InitialEnumMember, Is.EqualTo("Items"));
            Assert.That(Property("Item", "status").InitialEnumMember, Is.Null);
        });
    }

    [Test]
    public void Enum_members()
    {
        var sort = Sample.Value.Enums.Single(e => e.Name == "ItemSort");
        var status = Sample.Value.Enums.Single(e => e.Name == "ItemStatus");
        Assert.That(sort.Members.Select(m => m.Name), Is.EqualTo(new[] { "Name", "NameDescending", "Value1d", "InProgress" }));
        Assert.That(status.Members.Select(m => (m.WireValue, m.Name)), Is.EqualTo(new[] { ("OPEN", "Open"), ("IN_PROGRESS", "InProgress"), ("P1", "P1") }));
    }

    [Test]
    public void OneOf_is_discriminated_by_the_single_value_type_enum()
    {
        var union = Sample.Value.Unions.Single();
        Assert.That(union.Name, Is.EqualTo("Included"));
        Assert.That(union.DiscriminatorWireName, Is.EqualTo("type"));
        Assert.That(union.Variants.Select(v => (v.ModelName, v.DiscriminatorValue)), Is.EqualTo(new[] { ("Item", "items"), ("Event", "events") }));
    }

    [Test]
    public void Path_tree_literals_indexers_and_names()
    {
        var root = Sample.Value.Root;
        var api = root.LiteralChildren.Single();
        var items = api.LiteralChildren.Single();
        var item = items.IndexerChild!;
        var events = item.LiteralChildren.Single();
        Assert.Multiple(() =>
        {
            Assert.That(root.ClassName, Is.EqualTo("RootRequestBuilder"));
            Assert.That((api.ClassName, api.PropertyName), Is.EqualTo(("ApiRequestBuilder", "Api")));
            Assert.That((items.ClassName, items.PropertyName), Is.EqualTo(("ItemsRequestBuilder", "Items")));
            Assert.That((item.ClassName, item.ParameterName, item.ParameterIdentifier), Is.EqualTo(("ItemsItemRequestBuilder", "params", "@params")));
            Assert.That(events.ClassName, Is.EqualTo("ItemsItemEventsRequestBuilder"));
            Assert.That(item.IsDeprecated, Is.False, "the events child is not deprecated");
            Assert.That(item.Operations.Single().Deprecated, Is.True);
        });
    }

    [Test]
    public void Operations_query_parameters_and_status_codes()
    {
        var list = Sample.Value.Operations.Single(o => o.OperationId == "ListItems");
        Assert.Multiple(() =>
        {
            Assert.That(list.QueryParametersClassName, Is.EqualTo("ListItemsQueryParameters"));
            Assert.That(list.QueryParameters.Select(q => (q.WireName, q.PropertyName)), Is.EqualTo(new[]
            {
                ("page[size]", "PageSize"), ("page_size", "PageSize2"), ("sort", "Sort"), ("filter[tags]", "FilterTags"), ("event", "Event"),
            }));
            Assert.That(list.QueryParameters[0].Type, Is.EqualTo(new PrimitiveRef(PrimitiveKind.Int64)));
            Assert.That(list.QueryParameters[1].Type, Is.EqualTo(new PrimitiveRef(PrimitiveKind.Int32)));
            Assert.That(list.QueryParameters[0].Constraints, Is.EqualTo(new ValueConstraints(Maximum: 100m)));
            Assert.That(list.QueryParameters[0].DefaultValue, Is.EqualTo("10"));
            Assert.That(list.ErrorStatusCodes, Is.EqualTo(new[] { 400, 429 }));
            Assert.That(list.ResponseType, Is.EqualTo(new NamedRef("ItemList", NamedKind.Model)));
        });

        var delete = Sample.Value.Operations.Single(o => o.OperationId == "DeleteItem");
        Assert.That((delete.ResponseType, delete.SuccessStatusCode, delete.MethodName), Is.EqualTo(((TypeRef?)null, 204, "DeleteAsync")));
        var events = Sample.Value.Operations.Single(o => o.OperationId == "ListItemEvents");
        Assert.That(events.ResponseType, Is.EqualTo(new ListRef(new NamedRef("Event", NamedKind.Model))));
    }

    [Test]
    public void Descriptions_with_markup_stay_safe_in_emitted_docs()
    {
        var files = CodeGenerator.Generate(SampleSpecs.KitchenSink, SampleSpecs.FileName, "Sample").Files;
        var item = files.Single(f => f.RelativePath == "Models/Item.cs").Content;
        var builder = files.Single(f => f.RelativePath == "Builders/ItemsRequestBuilder.cs").Content;
        Assert.That(item, Does.Contain("/// <summary>An item with &lt;b&gt;markup&lt;/b&gt; &amp; a comment end */ inside.</summary>"));
        Assert.That(builder, Does.Contain("List items &lt;fast&gt; &amp; cheap */ here"));
    }
}
