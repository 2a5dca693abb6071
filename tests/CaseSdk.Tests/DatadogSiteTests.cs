namespace CaseSdk.Tests;

public sealed class DatadogSiteTests
{
    [TestCase("datadoghq.eu")]
    [TestCase("api.datadoghq.eu")]
    [TestCase("https://api.datadoghq.eu/")]
    [TestCase("https://api.datadoghq.eu")]
    [TestCase("EU1")]
    [TestCase("eu1")]
    [TestCase("  DatadogHQ.EU  ")]
    public void Parse_accepts_what_users_type_for_EU1(string text)
    {
        Assert.That(DatadogSite.Parse(text), Is.SameAs(DatadogSite.EU1));
    }

    [TestCase("datadoghq.com", "https://api.datadoghq.com/")]
    [TestCase("us3.datadoghq.com", "https://api.us3.datadoghq.com/")]
    [TestCase("us5.datadoghq.com", "https://api.us5.datadoghq.com/")]
    [TestCase("datadoghq.eu", "https://api.datadoghq.eu/")]
    [TestCase("ap1.datadoghq.com", "https://api.ap1.datadoghq.com/")]
    [TestCase("ddog-gov.com", "https://api.ddog-gov.com/")]
    [TestCase("US1-FED", "https://api.ddog-gov.com/")]
    [TestCase("us1fed", "https://api.ddog-gov.com/")]
    public void Each_site_maps_to_its_api_host(string text, string expected)
    {
        Assert.That(DatadogSite.Parse(text).ApiBaseAddress, Is.EqualTo(new Uri(expected)));
    }

    [TestCase("datadoghq.org")]
    [TestCase("http://api.datadoghq.eu/")]
    [TestCase("https://api.datadoghq.eu/v2")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Parse_rejects_anything_else_listing_the_valid_sites(string? text)
    {
        var error = Assert.Throws<ArgumentException>(() => DatadogSite.Parse(text));

        Assert.That(error!.Message, Does.Contain("datadoghq.com (US1)").And.Contain("ddog-gov.com (US1-FED)").And.Contain("datadoghq.eu (EU1)"));
    }

    [Test]
    public void All_lists_the_six_sites_of_the_spec()
    {
        Assert.That(DatadogSite.All.Select(s => s.Domain), Is.EqualTo(new[]
        {
            "datadoghq.com", "us3.datadoghq.com", "us5.datadoghq.com", "datadoghq.eu", "ap1.datadoghq.com", "ddog-gov.com",
        }));
    }
}
