using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Contacts on roles and in site.yml: shown when given, never made up; otherwise the page says whom to ask.</summary>
public class ContactTests
{
    private const string RoleHead = "---\ntitle: Pedagogisk-psykologisk tjeneste\nlevel: kommunal\nsummary: Hjelper barnehager og skoler.\n";

    private static string Contact(TestSite site, string slug) =>
        new HtmlParser().ParseDocument(site.ReadOutput($"roller/{slug}/index.html")).QuerySelector("section[aria-labelledby='kontakt']")!.TextContent;

    [Fact]
    public void ARolesOwnContactIsShownWithOnlyWhatIsGiven()
    {
        using var site = new TestSite().File("roles/ppt.md", RoleHead + "contact:\n  name: PPT Meløy\n  email: ppt@example.no\n---\nTekst.\n");
        site.Build(write: true).AssertClean();
        var page = new HtmlParser().ParseDocument(site.ReadOutput("roller/ppt/index.html"));
        Assert.Equal("mailto:ppt@example.no", page.QuerySelector("address a")!.GetAttribute("href"));
        string text = Contact(site, "ppt");
        Assert.Contains("PPT Meløy", text);
        Assert.DoesNotContain("Telefon", text);
        Assert.DoesNotContain("Adresse", text);
    }

    [Fact]
    public void WithoutAnyContactThePageSaysWhomToAsk()
    {
        using var site = new TestSite().File("roles/ppt.md", RoleHead + "---\nTekst.\n");
        site.Build(write: true).AssertClean();
        string text = Contact(site, "ppt");
        Assert.Contains("Spør lederen på din barnehage eller skole", text);
        Assert.DoesNotContain("@", text);
    }

    [Fact]
    public void ARoleWithoutAContactPointsToTheSitesContact()
    {
        using var site = new TestSite()
            .File("site.yml", TestSite.SiteYml + "\ncontact:\n  name: Oppvekst\n  phone: 75 10 10 00\n")
            .File("roles/ppt.md", RoleHead + "---\nTekst.\n");
        site.Build(write: true).AssertClean();
        string text = Contact(site, "ppt");
        Assert.Contains("ingen egne kontaktopplysninger", text);
        Assert.Contains("Oppvekst", text);
        var phone = new HtmlParser().ParseDocument(site.ReadOutput("roller/ppt/index.html")).QuerySelector("address a")!;
        Assert.Equal("tel:75101000", phone.GetAttribute("href"));
    }

    [Fact]
    public void AContactWithABadEmailOrNoWayToReachItIsAnError()
    {
        using var site = new TestSite()
            .File("roles/ppt.md", RoleHead + "contact:\n  name: PPT\n  email: ppt-at-example\n---\nTekst.\n");
        var result = site.Build();
        result.Single("KMP244", "roles/ppt.md").AssertAt(7, 10);
        result.Single("KMP243", "roles/ppt.md");
    }
}
