namespace PackageConsumer.Tests.Support;

/// <summary>What a test does when something it needs is missing from the machine.</summary>
internal static class Prerequisite
{
    /// <summary>
    /// Ignores the test with the reason on a developer's machine; fails it on CI (CI=true), where a check that
    /// silently does not run would look like a check that passed.
    /// </summary>
    public static void IgnoreOrFail(string reason)
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(reason);
        }

        Assert.Ignore(reason);
    }
}
