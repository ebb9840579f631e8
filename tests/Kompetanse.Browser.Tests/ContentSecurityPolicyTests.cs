using Kompetanse.Browser.Tests.Infrastructure;

namespace Kompetanse.Browser.Tests;

/// <summary>Every page works under the Content-Security-Policy the build's _headers gives it: no violation reported.</summary>
[Collection(SiteCollection.Name)]
public sealed class ContentSecurityPolicyTests(SiteFixture site)
{
    public static IEnumerable<object[]> Pages => BuiltSite.PageData;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_breaks_no_rule_of_its_content_security_policy(string path)
    {
        await using var sitePage = await site.OpenAsync(path);

        var violations = await sitePage.CspViolationsAsync();

        Assert.True(violations.Count == 0, $"{path} broke its Content-Security-Policy:" + string.Concat(violations.Select(v => Environment.NewLine + "  " + v)));
    }

    [Fact]
    public async Task Pages_are_served_with_the_policy_from_the_generated_headers()
    {
        await using var sitePage = await site.OpenAsync("/");

        var response = await sitePage.Page.ReloadAsync();

        var csp = await response!.HeaderValueAsync("content-security-policy");
        Assert.NotNull(csp);
        Assert.Contains("script-src 'self'", csp);
    }

    [Fact]
    public async Task A_planted_inline_script_and_inline_style_are_reported()
    {
        await using var sitePage = await site.OpenAsync("/");

        await sitePage.Page.EvaluateAsync("""
            () => {
              const script = document.createElement("script");
              script.textContent = "window.planted = true";
              document.body.append(script);
              const style = document.createElement("style");
              style.textContent = "body { color: red }";
              document.head.append(style);
            }
            """);
        var violations = await sitePage.CspViolationsAsync();

        Assert.False(await sitePage.Page.EvaluateAsync<bool>("() => window.planted === true"));
        Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("style-src", StringComparison.Ordinal));
    }
}
