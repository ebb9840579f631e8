using Kompetanse.Browser.Tests.Infrastructure;

namespace Kompetanse.Browser.Tests;

/// <summary>What the browser really fetched for every built page: nothing from another host, nothing missing.</summary>
[Collection(SiteCollection.Name)]
public sealed class NetworkTests(SiteFixture site)
{
    public static IEnumerable<object[]> Pages => BuiltSite.PageData;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_fetches_only_from_the_site_and_finds_everything(string path)
    {
        await using var sitePage = await site.OpenAsync(path);
        // Stylesheets' own url()s and fonts load by now: the load event waits for them.
        Assert.True(sitePage.ForeignRequests.Count == 0,
            $"{path} made requests to another host:" + string.Concat(sitePage.ForeignRequests.Select(r => Environment.NewLine + "  " + r)));
        Assert.True(sitePage.FailedRequests.Count == 0,
            $"{path} has requests that failed:" + string.Concat(sitePage.FailedRequests.Select(r => Environment.NewLine + "  " + r)));
    }
}
