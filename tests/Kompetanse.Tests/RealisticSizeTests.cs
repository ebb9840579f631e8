using System.Text;
using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// Every layout rendered with ten times the largest input a municipality has: nothing stops at a template
/// engine's limit, and no page is cut off. Each site is generated here; each test asserts the page is whole
/// and the counts on it are right.
/// </summary>
public class RealisticSizeTests
{
    private static AngleSharp.Dom.IDocument Page(BuildResult result, string path)
    {
        var file = result.Outputs.Single(f => f.Path == path);
        string html = Encoding.UTF8.GetString(file.Content);
        Assert.EndsWith("</html>", html.TrimEnd());
        return new HtmlParser().ParseDocument(html);
    }

    [Fact]
    public void A_plan_of_200_activities_over_six_years_builds_whole()
    {
        var yaml = new StringBuilder("""
            title: Fremdriftsplan 2024–2029
            period:
              start: 2024-01
              end: 2029-12
            skip_months: [7]
            phases:

            """);
        int activity = 0;
        for (int year = 2024; year <= 2029; year++)
        {
            yaml.Append($"  - id: fase-{year}\n    title: Arbeidet i {year}\n    start: {year}-01\n    end: {year}-12\n    activities:\n");
            int inYear = year == 2024 ? 35 : 33; // 35 + 5 × 33 = 200
            for (int i = 0; i < inYear; i++, activity++)
            {
                int month = 1 + i % 11;
                if (month >= 7) month++;
                yaml.Append($"      - id: aktivitet-{activity}\n        title: Aktivitet nummer {activity}\n        months: [{year}-{month:00}..{year}-12]\n        responsible: []\n");
                // Reports only for days that have come (the test site's today is 2026-11-23).
                if (year <= 2025) yaml.Append($"        updates:\n          - date: {year}-{month:00}-15\n            status: pågår\n            note: Arbeidet er i gang.\n");
            }
        }
        yaml.Append("milestones:\n");
        for (int year = 2024; year <= 2029; year++) yaml.Append($"  - id: evaluering-{year}\n    title: Evaluering {year}\n    month: {year}-12\n");
        using var site = new TestSite().File("plan/fremdriftsplan.yml", yaml.ToString());

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        Assert.Equal(200, activity);
        var plan = Page(result, "plan/index.html");
        // Each activity is a row of the plan's table (and a bar of the Gantt chart); all 200 are there.
        var rows = plan.QuerySelectorAll("table.gantt tbody tr.gantt__row");
        Assert.Equal(200, rows.Length);
        Assert.StartsWith("Aktivitet nummer 199", rows[^1].QuerySelector("th")!.TextContent);
        Assert.NotNull(plan.QuerySelector("footer"));
        Page(result, "plan/rapport/index.html");
        string csv = Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "plan/fremdriftsplan.csv").Content);
        Assert.Equal(200, csv.Split("Aktivitet nummer ").Length - 1);
    }

    [Fact]
    public void Ten_thousand_concepts_build_and_the_index_lists_them_all()
    {
        using var site = new TestSite();
        for (int i = 0; i < 10_000; i++)
            site.File($"concepts/begrep-{i:00000}.md", $"---\ntitle: Begrep {i:00000}\ndefinition: Begrep {i:00000} er et av mange begreper.\n---\nMer om dette.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var index = Page(result, "begreper/index.html");
        var links = index.QuerySelectorAll("main a[href^='/begreper/begrep-']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(10_000, links.Count);
        Page(result, "begreper/begrep-09999/index.html");
    }

    [Fact]
    public void A_three_megabyte_page_is_written_whole()
    {
        var body = new StringBuilder();
        for (int i = 0; i < 12_000; i++)
            body.Append($"## Avsnitt {i}\n\nDette er avsnitt nummer {i} i en lang side om arbeidet i kommunen, med nok tekst til å fylle sida. Vi skriver om tilpasset opplæring, tidlig innsats og inkluderende fellesskap, og om hvordan enhetene arbeider med dette over tid. Teksten gjentar seg.\n\n");
        Assert.True(body.Length > 3_000_000);
        using var site = new TestSite().File("stor.md", "---\ntitle: Stor side\n---\n" + body + "Siste linje på sida.\n");

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var page = Page(result, "stor/index.html");
        Assert.True(result.Outputs.Single(f => f.Path == "stor/index.html").Content.Length > 3_000_000);
        Assert.Equal(12_000, page.QuerySelectorAll("main h2").Length);
        Assert.Contains("Siste linje på sida.", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("footer"));
    }

    [Fact]
    public void Forty_units_with_published_text_answers_are_all_shown_and_counted()
    {
        using var site = new TestSite().File("forms/kartlegging.yml", """
            title: Kartlegging
            version: "1.0"
            date: 2026-09-01
            purpose: Å se hvor vi står.
            who: Enhetsleder.
            when: Høsten 2026.
            publish_text_answers: true
            header:
              - label: Enhet
            sections:
              - title: Del én
                questions:
                  - id: hvor-star-vi
                    text: Hvor står vi?
                    answer: scale
                    steps: [Lite, Noe, Mye]
                  - id: kommentar
                    text: Noe mer?
                    answer: text
                  - id: tiltak
                    text: Hvilke tiltak?
                    answer: table
                    columns: [Tiltak, Ansvarlig]
            """);
        var units = Enumerable.Range(1, 40).Select(i => $"Enhet {i:00}").ToList();
        site.File("enheter.yml", "units:\n" + string.Concat(units.Select(u => $"  - {u}\n")));
        string longText = string.Concat(Enumerable.Repeat("Vi har arbeidet godt med dette i hele år, og ser fram til neste steg. ", 60));
        for (int i = 0; i < units.Count; i++)
        {
            string rows = string.Join(", ", Enumerable.Range(1, 30).Select(r => $"[\"Tiltak {r}\", \"Rektor\"]"));
            site.File($"svar/kartlegging/enhet-{i + 1:00}.json", $$"""
                {
                  "format": "kompetanse-svar/1", "form": "kartlegging", "version": "1.0", "unit": "{{units[i]}}",
                  "exported": "2026-11-20T10:00:00.000Z",
                  "answers": [
                    { "id": "hvor-star-vi", "answer": "{{(i % 3 == 0 ? "Lite" : "Mye")}}" },
                    { "id": "kommentar", "answer": "{{units[i]}} skriver: {{longText}}" },
                    { "id": "tiltak", "columns": ["Tiltak", "Ansvarlig"], "rows": [{{rows}}] }
                  ]
                }
                """);
        }

        var result = site.Build();

        Assert.True(result.Succeeded, result.Describe());
        var page = Page(result, "skjema/kartlegging/svar/index.html");
        string text = page.Body!.TextContent;
        Assert.Contains("40 av 40", text);
        foreach (var unit in units) Assert.Contains($"{unit} skriver:", text);
        int Count(string step) => int.Parse(page.QuerySelectorAll("caption#svar-hvor-star-vi ~ tbody tr").Single(r => r.QuerySelector("th")!.TextContent == step).QuerySelector("td")!.TextContent);
        Assert.Equal(14, Count("Lite"));
        Assert.Equal(26, Count("Mye"));
    }
}
