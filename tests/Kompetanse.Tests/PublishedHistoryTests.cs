using System.Diagnostics;
using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// "Siden sist" tells what was published: the plan's history along the built branch's first parents, a change
/// made in a draft branch dated by the merge that published it, never by its draft commits.
/// </summary>
public class PublishedHistoryTests
{
    private static readonly DateOnly BuildDate = new(2024, 6, 15);

    private static string Plan(string activities) => $"""
        title: Testplan
        period:
          start: 2024-01
          end: 2024-12
        skip_months: [7]
        meetings: [2024-05-01]
        phases:
          - id: fase
            title: Fasen
            activities:
        {activities}
        """;

    private static string Activity(string id, string title, string months) =>
        $"      - id: {id}\n        title: {title}\n        months: [{months}]\n        responsible: []\n";

    private static string Activities(params string[] activities) => string.Concat(activities);

    [Fact]
    public void Parallel_drafts_merged_later_show_exactly_the_published_changes_dated_by_their_merges()
    {
        using var site = new TestSite();
        string a = Activity("kurs", "Kurs for lærerne", "2024-08"), b = Activity("samling", "Samling for lederne", "2024-09");
        site.File("plan/fremdriftsplan.yml", Plan(Activities(a, b)));
        var git = new Git(site.Input);
        git.Run("init", "-q", "-b", "main");
        git.Commit("2024-03-01", "Planen");

        // Draft 1 (its own branch): the course moves to October, then (second thought) to November.
        git.Run("checkout", "-q", "-b", "cms/kurs");
        site.File("plan/fremdriftsplan.yml", Plan(Activities(Activity("kurs", "Kurs for lærerne", "2024-10"), b)));
        git.Commit("2024-05-03", "Utkast: kurset flyttes");
        site.File("plan/fremdriftsplan.yml", Plan(Activities(Activity("kurs", "Kurs for lærerne", "2024-11"), b)));
        git.Commit("2024-05-04", "Utkast: kurset flyttes igjen");

        // Draft 2, started from main beside draft 1: a new activity.
        git.Run("checkout", "-q", "main");
        git.Run("checkout", "-q", "-b", "cms/ny");
        string c = Activity("nettverk", "Nettverk for spesialpedagoger", "2024-10");
        site.File("plan/fremdriftsplan.yml", Plan(Activities(a, b, c)));
        git.Commit("2024-05-05", "Utkast: ny aktivitet");

        // Published: draft 2 first, then draft 1.
        git.Run("checkout", "-q", "main");
        git.Merge("2024-05-20", "cms/ny");
        git.Merge("2024-06-02", "cms/kurs");
        Assert.Contains("2024-11", File.ReadAllText(Path.Combine(site.Input, "plan", "fremdriftsplan.yml")));
        Assert.Contains("nettverk", File.ReadAllText(Path.Combine(site.Input, "plan", "fremdriftsplan.yml")));

        var result = Build.Run(site.Options(write: true) with { Today = BuildDate });

        Assert.True(result.Succeeded, result.Describe());
        var since = new HtmlParser().ParseDocument(site.ReadOutput("plan/index.html")).QuerySelector("section.plan-since")!;
        var items = since.QuerySelectorAll("li.since__item").Select(li => (
            Date: li.QuerySelector("time")!.GetAttribute("datetime"), Kind: li.ClassName!.Split("--")[1], Text: li.TextContent)).ToList();
        Assert.True(items.Count == 2, string.Join("\n", items));
        Assert.Equal(("2024-06-02", "moved"), (items[0].Date, items[0].Kind));
        Assert.Contains("flyttet fra august 2024 til november 2024", items[0].Text);
        Assert.Equal(("2024-05-20", "added"), (items[1].Date, items[1].Kind));
        Assert.Contains("Nettverk for spesialpedagoger", items[1].Text);
    }

    [Fact]
    public void A_page_changed_in_a_draft_is_updated_on_the_day_the_draft_was_published()
    {
        using var site = new TestSite().File("om.md", "---\ntitle: Om\n---\nFørste tekst.\n");
        var git = new Git(site.Input);
        git.Run("init", "-q", "-b", "main");
        git.Commit("2024-03-01", "Første");
        git.Run("checkout", "-q", "-b", "cms/om");
        site.File("om.md", "---\ntitle: Om\n---\nNy tekst.\n");
        git.Commit("2024-05-03", "Utkast");
        git.Run("checkout", "-q", "main");
        git.Merge("2024-06-02", "cms/om");

        var result = Build.Run(site.Options(write: true) with { Today = BuildDate });

        Assert.True(result.Succeeded, result.Describe());
        var updated = new HtmlParser().ParseDocument(site.ReadOutput("om/index.html")).QuerySelector(".page-updated time")!;
        Assert.Equal("2024-06-02", updated.GetAttribute("datetime"));
    }
}
