using System.Text;
using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>Roles, the progress plan and the budget: loading, diagnostics with positions, and what the pages show.</summary>
public class PlanTests
{
    private const string Role = "---\ntitle: Styringsgruppa\nlevel: kommunal\nsummary: Styrer arbeidet.\n---\nStyringsgruppa møtes jevnlig.\n";

    // Line numbers matter in the tests below: the activity list starts on line 9.
    private static string Plan(string activities, string skip = "[7]") => $"""
        title: Testplan
        period:
          start: 2024-01
          end: 2024-12
        skip_months: {skip}
        phases:
          - id: fase
            title: Fasen
            activities:
        {activities}
        """;

    private static TestSite Site(string activities, string skip = "[7]") =>
        new TestSite().File("roles/styringsgruppa.md", Role).File("plan/fremdriftsplan.yml", Plan(activities, skip));

    [Fact]
    public void Ranges_skip_the_skipped_month_and_single_months_stay_single()
    {
        using var site = Site("""
                  - id: a
                    title: Aktivitet A
                    months: [2024-05..2024-09, 2024-11]
                    responsible: [styringsgruppa]
            """);
        var result = site.Build(write: true);
        Assert.True(result.Succeeded, result.Describe());

        var doc = new HtmlParser().ParseDocument(site.ReadOutput("plan/index.html"));
        var row = doc.QuerySelector("tr#aktivitet-a")!;
        var active = row.QuerySelectorAll("td[data-active]").Select(td => td.GetAttribute("data-month")).ToList();
        Assert.Equal(["2024-05", "2024-06", "2024-08", "2024-09", "2024-11"], active);
        Assert.Equal("Aktivitet A", row.QuerySelector("th[scope=row]")!.FirstChild!.TextContent);
        // No July column at all, and every month header holds a <time datetime>.
        var headers = doc.QuerySelectorAll("th[scope=col] time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.DoesNotContain("2024-07", headers);
        Assert.Equal(11, headers.Count);
        // Active cells carry text for screen readers, not only colour.
        Assert.All(row.QuerySelectorAll("td[data-active]"), td => Assert.Contains("aktiv", td.TextContent));
    }

    [Fact]
    public void Unknown_role_is_an_error_at_its_place_with_a_suggestion()
    {
        using var site = Site("""
                  - id: a
                    title: Aktivitet A
                    months: [2024-05]
                    responsible: [styringsgrupa]
            """);
        var result = site.Build();
        var d = result.Single("KMP012", "plan/fremdriftsplan.yml");
        d.AssertAt(13, 23);
        Assert.Contains("did you mean 'styringsgruppa'?", d.Message);
    }

    [Theory]
    [InlineData("[2024-13]", "KMP080", 12, 18)]
    [InlineData("[2023-12]", "KMP081", 12, 18)]
    [InlineData("[2024-07]", "KMP082", 12, 18)]
    [InlineData("[2024-09..2024-03]", "KMP083", 12, 18)]
    public void Bad_months_are_refused_with_a_position(string months, string id, int line, int column)
    {
        using var site = Site($"""
                  - id: a
                    title: Aktivitet A
                    months: {months}
            """);
        var result = site.Build();
        Assert.False(result.Succeeded);
        result.Single(id, "plan/fremdriftsplan.yml").AssertAt(line, column);
    }

    [Fact]
    public void Duplicate_activity_ids_are_refused_at_the_second()
    {
        using var site = Site("""
                  - id: a
                    title: Aktivitet A
                    months: [2024-05]
                  - id: a
                    title: Aktivitet B
                    months: [2024-06]
            """);
        var d = site.Build().Single("KMP084", "plan/fremdriftsplan.yml");
        d.AssertAt(13, 13);
        Assert.Contains("first at line 10", d.Message);
    }

    [Fact]
    public void Role_pages_show_their_activities_and_the_plan_links_to_them()
    {
        using var site = Site("""
                  - id: a
                    title: Aktivitet A
                    months: [2024-05, 2024-06]
                    responsible: [styringsgruppa]
                  - id: b
                    title: Aktivitet B
                    months: [2024-08]
            """);
        var result = site.Build(write: true);
        Assert.True(result.Succeeded, result.Describe());
        var role = new HtmlParser().ParseDocument(site.ReadOutput("roller/styringsgruppa/index.html"));
        var rows = role.QuerySelectorAll("table.gantt tbody tr").Select(r => r.Id).ToList();
        Assert.Equal(["aktivitet-a"], rows);
        var plan = new HtmlParser().ParseDocument(site.ReadOutput("plan/index.html"));
        Assert.Contains(plan.QuerySelectorAll("#aktivitet-a .gantt__who a"), a => a.GetAttribute("href") == "/roller/styringsgruppa/");
        var index = new HtmlParser().ParseDocument(site.ReadOutput("roller/index.html"));
        Assert.Equal("Kommunalt nivå", index.QuerySelector("section.role-level h2")!.TextContent);
    }

    [Fact]
    public void Csv_has_a_bom_semicolons_and_one_row_per_activity()
    {
        using var site = Site("""
                  - id: a
                    title: "Møte; planlegging"
                    months: [2024-05..2024-06]
                    responsible: [styringsgruppa]
            """);
        Assert.True(site.Build(write: true).Succeeded);
        byte[] bytes = File.ReadAllBytes(Path.Combine(site.Output, "plan", "fremdriftsplan.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        string[] lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id;Fase;Aktivitet;Ansvarlig;Måneder;Status;Statusdato;Forfalt;Merknad", lines[0]);
        // Its months have passed (the build date is in 2026) and nobody has reported: the status is missing.
        Assert.Equal("a;Fasen;\"Møte; planlegging\";Styringsgruppa;2024-05 2024-06;status mangler;;;", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Ics_has_one_all_day_event_per_run_of_consecutive_months()
    {
        using var site = Site("""
                  - id: a
                    title: Aktivitet A
                    months: [2024-05..2024-09]
            """);
        Assert.True(site.Build(write: true).Succeeded);
        string ics = site.ReadOutput("plan/fremdriftsplan.ics");
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        // May–June, then (no July) August–September: two events, end dates exclusive.
        Assert.Equal(2, ics.Split("BEGIN:VEVENT").Length - 1);
        Assert.Contains("DTSTART;VALUE=DATE:20240501\r\nDTEND;VALUE=DATE:20240701\r\n", ics);
        Assert.Contains("DTSTART;VALUE=DATE:20240801\r\nDTEND;VALUE=DATE:20241001\r\n", ics);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void Budget_sums_are_computed_and_a_wrong_total_is_an_error_at_its_line()
    {
        using var site = new TestSite().File("plan/budsjett.yml", """
            title: Budsjett
            rows:
              - ordning: Regional ordning
                eier: 0
                uh: 130000
                total: 130000
              - ordning: Eier
                eier: 150000
                uh: null
                total: 140000
            """);
        var result = site.Build();
        var d = result.Single("KMP086", "plan/budsjett.yml");
        d.AssertAt(10, 12);
        Assert.Contains("150\u00A0000\u00A0kr", d.Message);

        site.File("plan/budsjett.yml", File.ReadAllText(Path.Combine(site.Input, "plan", "budsjett.yml")).Replace("140000", "150000"));
        var ok = site.Build(write: true);
        Assert.True(ok.Succeeded, ok.Describe());
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("plan/budsjett/index.html"));
        var sums = doc.QuerySelectorAll("tfoot td").Select(td => td.TextContent).ToList();
        Assert.Equal(["150\u00A0000\u00A0kr", "130\u00A0000\u00A0kr", "280\u00A0000\u00A0kr"], sums);
    }

    [Fact]
    public void The_real_plan_has_every_activity_of_the_domain_brief_with_exactly_its_months()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["Kommunalsjef oppvekst søker midler til kompetanseutvikling"] = ["2023-11", "2023-12"],
            ["Utarbeide prosessplan"] = ["2023-11", "2023-12", "2024-01", "2024-02"],
            ["Arbeid i VI-teamet: felles begrepsforståelse, barnesyn, holdninger og verdier"] = ["2024-04", "2024-05", "2024-06", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"],
            ["Møter med UH våren 2024, planlegge analysearbeid"] = ["2024-03", "2024-05"],
            ["Jevnlige møter i styringsgruppa"] = ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12"],
            ["Møter med UH: planlegge tiltak, gjennomføring, kompetansebehov"] = ["2025-02", "2025-05", "2025-09", "2025-11"],
            ["Tiltakene gjennomføres"] = ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"],
            ["Levere behovsmelding for 2026"] = ["2025-11", "2025-12"],
        };
        using var out_ = new TempFolder("plan");
        var result = Build.Run(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, out_.Combine("site")) { Today = TestSite.Today });
        Assert.True(result.Succeeded, result.Describe());
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(out_.Combine("site", "plan", "index.html")));
        var rows = doc.QuerySelectorAll("table.gantt tbody tr");
        Assert.Equal(26, rows.Length);
        foreach (var (title, months) in expected)
        {
            var row = rows.Single(r => r.QuerySelector("th[scope=row]")!.FirstChild!.TextContent == title);
            Assert.Equal(months, row.QuerySelectorAll("td[data-active]").Select(td => td.GetAttribute("data-month")!).ToArray());
        }
        string csv = File.ReadAllText(out_.Combine("site", "plan", "fremdriftsplan.csv"));
        // A header, 26 activities and the plan's two milestones.
        Assert.Equal(29, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(Directory.GetDirectories(out_.Combine("site", "roller")).Length >= 18);
    }
}
