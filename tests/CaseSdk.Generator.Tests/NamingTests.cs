using CaseSdk.Generator.Model;

namespace CaseSdk.Generator.Tests;

public sealed class NamingTests
{
    [TestCase("page[size]", "PageSize")]
    [TestCase("sort[field]", "SortField")]
    [TestCase("sort[asc]", "SortAsc")]
    [TestCase("page[offset]", "PageOffset")]
    [TestCase("in-progress", "InProgress")]
    [TestCase("IN_PROGRESS", "InProgress")]
    [TestCase("P1", "P1")]
    [TestCase("user_count", "UserCount")]
    [TestCase("APIErrorResponse", "APIErrorResponse")]
    [TestCase("Case3rdPartyTicketStatus", "Case3rdPartyTicketStatus")]
    [TestCase("type", "Type")]
    public void Pascal_case_from_wire_names(string wire, string expected) =>
        Assert.That(Naming.Pascal(wire), Is.EqualTo(expected));

    [TestCase("-user_count", null, "UserCountDescending")]
    [TestCase("-name", null, "NameDescending")]
    [TestCase("name", null, "Name")]
    [TestCase("1d", null, "Value1d")]
    [TestCase("-", null, "Value")]
    [TestCase("-name", "NAME_DESCENDING", "NameDescending")]
    [TestCase("NOT_DEFINED", "NOT_DEFINED", "NotDefined")]
    public void Enum_member_names_are_readable_identifiers(string wire, string? declared, string expected) =>
        Assert.That(Naming.EnumMember(wire, declared), Is.EqualTo(expected));

    [TestCase("case_id", "caseId")]
    [TestCase("params", "@params")]
    [TestCase("event", "@event")]
    [TestCase("default", "@default")]
    [TestCase("2fa", "_2fa")]
    public void Parameters_are_camel_case_and_escape_keywords(string wire, string expected) =>
        Assert.That(Naming.Camel(wire), Is.EqualTo(expected));

    [Test]
    public void Unique_appends_a_deterministic_suffix()
    {
        var taken = new HashSet<string>();
        Assert.That(new[] { Naming.Unique("PageSize", taken), Naming.Unique("PageSize", taken), Naming.Unique("PageSize", taken) },
            Is.EqualTo(new[] { "PageSize", "PageSize2", "PageSize3" }));
    }

    [Test]
    public void Xml_escaping_and_string_literals()
    {
        Assert.That(Naming.XmlEscape("a < b & c > d */"), Is.EqualTo("a &lt; b &amp; c &gt; d */"));
        Assert.That(Naming.Literal("say \"hi\"\\\n"), Is.EqualTo("\"say \\\"hi\\\"\\\\\\n\""));
    }
}
