using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// Status as it is reported (issue 16): the activities' logs of status reports, the honest states on a fixed
/// build date, "Siden sist" with and without the plan file's git history, the feed, the exports and the
/// meeting report. Every report here is a test fixture: the real plan has none.
/// </summary>
public class PlanTrackingTests
{
    /// <summary>The build date of these tests: mid-June 2024, in the middle of the fixture plan.</summary>
    private static readonly DateOnly BuildDate = new(2024, 6, 15);

    private const string Role = "---\ntitle: Styringsgruppa\nlevel: kommunal\nsummary: Styrer arbeidet.\n---\nStyringsgruppa møtes jevnlig.\n";

    // Line numbers matter: the first activity's '- id' is on line 11.
    private static string Plan(string activities, string meetings = "[]") => $"""
        title: Testplan
        period:
          start: 2024-01
          end: 2024-12
        skip_months: [7]
        meetings: {meetings}
        phases:
          - id: fase
            title: Fasen
            activities:
        {activities}
        milestones:
          - id: behovsmelding
            title: Behovsmelding levert
            month: 2024-11
        """;

    private static TestSite Site(string activities, string meetings = "[]") =>
        new TestSite().File("roles/styringsgruppa.md", Role).File("plan/fremdriftsplan.yml", Plan(activities, meetings));

    private static BuildResult Run(TestSite site, bool write = true) =>
        Build.Run(site.Options(write) with { Today = BuildDate });

    private static IDocument Html(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    // Four activities on 2024-06-15: one done, one reported going but past its last month, one past without any
    // report, one still to come.
    private const string Reported = """
              - id: ferdig
                title: Ferdig aktivitet
                months: [2024-02..2024-03]
                responsible: [styringsgruppa]
                updates:
                  - date: 2024-02-10
                    status: pågår
                    note: Godt i gang.
                  - date: 2024-04-02
                    status: fullført
                    note: Vedtatt i møtet.
                    role: styringsgruppa
              - id: treg
                title: Treg aktivitet
                months: [2024-04]
                updates:
                  - date: 2024-05-20
                    status: pågår
              - id: glemt
                title: Glemt aktivitet
                months: [2024-05]
              - id: senere
                title: Senere aktivitet
                months: [2024-09..2024-10]
        """;

    [Fact]
    public void Each_activity_shows_its_latest_status_its_date_and_its_history_newest_first()
    {
        using var site = Site(Reported);
        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var doc = Html(site, "plan/index.html");

        var done = doc.QuerySelector("#aktivitet-ferdig .gantt__status")!;
        Assert.Equal("fullført", done.QuerySelector(".status")!.TextContent);
        Assert.Equal("2024-04-02", done.QuerySelector(".gantt__status-date time")!.GetAttribute("datetime"));
        Assert.Contains("2. april 2024", done.QuerySelector(".gantt__status-date")!.TextContent);
        // The history opens from the row (a details element: no script needed), newest first, with note and role.
        var history = done.QuerySelector("details.gantt__history")!;
        Assert.Contains("Historikk", history.QuerySelector("summary")!.TextContent);
        Assert.Contains("(2)", history.QuerySelector("summary")!.TextContent);
        var items = history.QuerySelectorAll("li");
        Assert.Equal(["2024-04-02", "2024-02-10"], items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")!).ToArray());
        Assert.Contains("Vedtatt i møtet.", items[0].TextContent);
        Assert.Equal("/roller/styringsgruppa/", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Godt i gang.", items[1].TextContent);
        Assert.Null(items[1].QuerySelector("a"));

        // No report: no date and no history.
        Assert.Null(doc.QuerySelector("#aktivitet-senere .gantt__status-date"));
        Assert.Null(doc.QuerySelector("#aktivitet-senere details"));
    }

    [Fact]
    public void States_are_honest_on_the_build_date()
    {
        using var site = Site(Reported);
        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var doc = Html(site, "plan/index.html");
        string Status(string id) => doc.QuerySelector($"#aktivitet-{id} .gantt__status")!.TextContent;

        Assert.StartsWith("fullført", Status("ferdig").Trim());
        Assert.DoesNotContain("forfalt", Status("ferdig"));
        // Reported as going on after its last month: overdue.
        Assert.Contains("pågår", Status("treg"));
        Assert.Contains("forfalt", Status("treg"));
        Assert.Contains("gantt__row--overdue", doc.QuerySelector("#aktivitet-treg")!.ClassName);
        // Passed without any report: the status is missing, and it is not called overdue.
        Assert.Contains("status mangler", Status("glemt"));
        Assert.DoesNotContain("forfalt", Status("glemt"));
        Assert.DoesNotContain("overdue", doc.QuerySelector("#aktivitet-glemt")!.ClassName);
        Assert.Equal("planlagt", Status("senere").Trim());

        // The summary counts every state, zeros and "mangler" included, and overdue beside them.
        var counts = doc.QuerySelectorAll(".plan-summary__count")
            .ToDictionary(li => li.QuerySelector(".status")?.TextContent ?? "aktiviteter", li => li.QuerySelector(".plan-summary__number")!.TextContent);
        Assert.Equal("4", counts["aktiviteter"]);
        Assert.Equal("1", counts["planlagt"]);
        Assert.Equal("1", counts["pågår"]);
        Assert.Equal("1", counts["fullført"]);
        Assert.Equal("0", counts["forsinket"]);
        Assert.Equal("0", counts["avlyst"]);
        Assert.Equal("1", counts["status mangler"]);
        Assert.Equal("1", counts["forfalt"]);

        // The overdue list is shown, not folded away; the missing list names what to ask for.
        Assert.Empty(doc.QuerySelectorAll(".plan-overdue details"));
        Assert.Equal(["Treg aktivitet"], doc.QuerySelectorAll(".plan-overdue li a").Select(a => a.TextContent).ToArray());
        Assert.Equal(["Glemt aktivitet"], doc.QuerySelectorAll(".plan-missing li a").Select(a => a.TextContent).ToArray());

        // check warns once, at the activity, for the one that passed without a report.
        var warning = result.Single("KMP142", "plan/fremdriftsplan.yml");
        warning.AssertAt(29, 9);
        Assert.Contains("'Glemt aktivitet' ended in mai 2024", warning.Message);
    }

    [Fact]
    public void A_month_with_activities_is_listed_as_this_month_and_next()
    {
        using var site = Site("""
                  - id: juni
                    title: Juniaktivitet
                    months: [2024-06]
                  - id: august
                    title: Augustaktivitet
                    months: [2024-08]
            """);
        Assert.True(Run(site).Succeeded);
        var doc = Html(site, "plan/index.html");
        var now = doc.QuerySelectorAll(".plan-summary__now")[0];
        Assert.Contains("Juniaktivitet", now.Children[0].TextContent);
        // The plan has no July: next month is July, and nothing is in it.
        Assert.Contains("Ingen aktiviteter", now.Children[1].TextContent);
    }

    [Theory]
    // A report dated after the build date: at its date.
    [InlineData("      - date: 2024-06-16\n        status: pågår", "KMP140", 15, 21)]
    // Out of date order: at the later-written, earlier date.
    [InlineData("      - date: 2024-05-01\n        status: pågår\n      - date: 2024-04-01\n        status: fullført", "KMP141", 17, 21)]
    [InlineData("      - date: 2024-05-01\n        status: ferdig", "KMP085", 16, 23)]
    [InlineData("      - date: 2024-05-32\n        status: pågår", "KMP021", 15, 21)]
    [InlineData("      - status: pågår", "KMP010", 15, 15)]
    [InlineData("      - date: 2024-05-01\n        status: pågår\n        role: styringsgrupa", "KMP012", 17, 21)]
    public void A_bad_report_is_an_error_at_its_place(string updates, string id, int line, int column)
    {
        string indented = string.Join("\n", updates.Split('\n').Select(l => "      " + l));
        using var site = Site($"""
                  - id: a
                    title: Aktivitet A
                    months: [2024-04]
                    updates:
            {indented}
            """);
        var result = Run(site, write: false);
        Assert.False(result.Succeeded);
        result.Single(id, "plan/fremdriftsplan.yml").AssertAt(line, column);
    }

    [Fact]
    public void Out_of_order_names_the_report_it_follows_and_an_unknown_status_the_nearest()
    {
        using var site = Site("""
                  - id: a
                    title: Aktivitet A
                    months: [2024-04]
                    updates:
                      - date: 2024-05-01
                        status: pågår
                      - date: 2024-04-01
                        status: fullført
                      - date: 2024-05-02
                        status: fullfort
            """);
        var result = Run(site, write: false);
        Assert.Contains("comes after one dated 2024-05-01 (line 15)", result.Single("KMP141", "plan/fremdriftsplan.yml").Message);
        Assert.Contains("did you mean 'fullført'?", result.Single("KMP085", "plan/fremdriftsplan.yml").Message);
    }

    [Fact]
    public void A_status_written_on_the_activity_itself_is_sent_to_the_log()
    {
        using var site = Site("""
                  - id: a
                    title: Aktivitet A
                    months: [2024-04]
                    status: fullført
            """);
        var d = Run(site, write: false).Single("KMP143", "plan/fremdriftsplan.yml");
        d.AssertAt(14, 9);
        Assert.Contains("updates", d.Message);
    }

    [Fact]
    public void Without_meetings_the_page_says_what_since_last_needs()
    {
        using var site = Site(Reported);
        Assert.True(Run(site).Succeeded);
        var since = Html(site, "plan/index.html").QuerySelector("section.plan-since")!;
        Assert.Contains("trenger datoer for styringsgruppas møter", since.TextContent);
        Assert.Empty(since.QuerySelectorAll("li"));
    }

    [Fact]
    public void Since_last_without_git_is_the_reports_after_the_last_meeting()
    {
        // Meetings on 1 March and 1 May; the next on 1 September. Since the last before 15 June: 1 May.
        using var site = Site(Reported, "[2024-09-01, 2024-03-01, 2024-05-01]");
        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var since = Html(site, "plan/index.html").QuerySelector("section.plan-since")!;
        var times = since.QuerySelectorAll("p time").Select(t => t.GetAttribute("datetime")!).ToArray();
        Assert.Equal(["2024-05-01", "2024-06-15", "2024-09-01"], times);
        Assert.Contains("ingen historikk i git", since.TextContent);
        // The report of 20 May is since the last meeting; those of February and 2 April are not.
        var items = since.QuerySelectorAll("li.since__item");
        var item = Assert.Single(items);
        Assert.Equal("2024-05-20", item.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("Treg aktivitet", item.TextContent);
        Assert.Contains("pågår", item.TextContent);
        Assert.Equal("/plan/#aktivitet-treg", item.QuerySelector("a")!.GetAttribute("href"));

        // The same change goes into the feed and onto /nytt/.
        string feed = site.ReadOutput("nytt/feed.xml");
        Assert.Contains("<title>Status: Treg aktivitet</title>", feed);
        Assert.Contains("https://test.example.no/plan/#aktivitet-treg", feed);
        Assert.Contains("<updated>2024-05-20T00:00:00Z</updated>", feed);
        Assert.Contains(Html(site, "nytt/index.html").QuerySelectorAll(".changes__item a"), a => a.TextContent == "Status: Treg aktivitet");
    }

    [Fact]
    public void On_a_meeting_day_since_last_is_since_the_meeting_before()
    {
        using var site = Site(Reported, "[2024-03-01, 2024-06-15]");
        Assert.True(Run(site).Succeeded);
        var since = Html(site, "plan/index.html").QuerySelector("section.plan-since")!;
        Assert.Equal("2024-03-01", since.QuerySelector("p time")!.GetAttribute("datetime"));
        Assert.Equal(["2024-05-20", "2024-04-02"], since.QuerySelectorAll("li.since__item > time").Select(t => t.GetAttribute("datetime")!).ToArray());
    }

    [Fact]
    public void Since_last_with_git_adds_months_moved_and_activities_added_and_removed()
    {
        const string before = """
                  - id: flyttes
                    title: Flyttes
                    months: [2024-05]
                  - id: fjernes
                    title: Fjernes
                    months: [2024-06]
                  - id: gammel
                    title: Gammel endring
                    months: [2024-02]
            """;
        using var site = Site(before, "[2024-05-01]");
        var git = new Git(site.Input);
        git.Run("init", "-q");
        git.Commit("2024-03-10", "Plan");
        // Before the meeting: not since last.
        site.File("plan/fremdriftsplan.yml", Plan(before.Replace("[2024-02]", "[2024-03]"), "[2024-05-01]"));
        git.Commit("2024-04-10", "Gammel flyttet");
        string moved = before.Replace("[2024-03]", "[2024-03]").Replace("months: [2024-05]", "months: [2024-08..2024-09]").Replace("[2024-02]", "[2024-03]");
        site.File("plan/fremdriftsplan.yml", Plan(moved, "[2024-05-01]"));
        git.Commit("2024-05-10", "Flyttet");
        string added = moved.Replace("""
                  - id: fjernes
                    title: Fjernes
                    months: [2024-06]
            """ + "\n", "") + """

                  - id: ny
                    title: Ny aktivitet
                    months: [2024-10]
            """;
        site.File("plan/fremdriftsplan.yml", Plan(added, "[2024-05-01]"));
        git.Commit("2024-06-01", "Ny og fjernet");

        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var since = Html(site, "plan/index.html").QuerySelector("section.plan-since")!;
        Assert.Contains("historikk i git", since.TextContent);
        Assert.DoesNotContain("ingen historikk", since.TextContent);
        var items = since.QuerySelectorAll("li.since__item").Select(li => (
            Date: li.QuerySelector("time")!.GetAttribute("datetime"), Kind: li.ClassName!.Split("--")[1], Text: li.TextContent)).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(("2024-06-01", "added"), (items[0].Date, items[0].Kind));
        Assert.Contains("Ny aktivitet", items[0].Text);
        Assert.Contains("oktober 2024", items[0].Text);
        Assert.Equal(("2024-06-01", "removed"), (items[1].Date, items[1].Kind));
        Assert.Contains("Fjernes", items[1].Text);
        Assert.Equal(("2024-05-10", "moved"), (items[2].Date, items[2].Kind));
        Assert.Contains("flyttet fra mai 2024 til august 2024–september 2024", items[2].Text);
        Assert.DoesNotContain(items, i => i.Text.Contains("Gammel endring"));

        // A change not yet committed is dated the build date.
        site.File("plan/fremdriftsplan.yml", Plan(added.Replace("[2024-10]", "[2024-11]"), "[2024-05-01]"));
        Assert.True(Run(site).Succeeded);
        var first = Html(site, "plan/index.html").QuerySelector("li.since__item")!;
        Assert.Equal("2024-06-15", first.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("flyttet fra oktober 2024 til november 2024", first.TextContent);
    }

    [Fact]
    public void The_ics_read_by_a_real_parser_has_the_activities_with_their_status_and_the_milestones()
    {
        using var site = Site(Reported);
        Assert.True(Run(site).Succeeded);
        var calendar = Ical.Net.Calendar.Load(site.ReadOutput("plan/fremdriftsplan.ics"))!;
        var events = calendar.Events.ToList();
        Assert.Equal(5, events.Count);
        var done = events.Single(e => e.Summary == "Ferdig aktivitet");
        Assert.Contains("Status: fullført (meldt 2. april 2024)", done.Description);
        Assert.Contains("forfalt", events.Single(e => e.Summary == "Treg aktivitet").Description);
        Assert.Contains("Status: status mangler", events.Single(e => e.Summary == "Glemt aktivitet").Description);
        var milestone = events.Single(e => e.Summary == "Milepæl: Behovsmelding levert");
        Assert.Equal(new DateOnly(2024, 11, 1), milestone.DtStart!.Date);
        Assert.Equal(new DateOnly(2024, 12, 1), milestone.DtEnd!.Date);
        Assert.False(milestone.DtStart.HasTime);
        Assert.Contains("Milepæl", milestone.Categories);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void The_csv_has_the_latest_status_its_date_and_a_row_per_milestone()
    {
        using var site = Site(Reported);
        Assert.True(Run(site).Succeeded);
        string[] lines = File.ReadAllText(Path.Combine(site.Output, "plan", "fremdriftsplan.csv")).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id;Fase;Aktivitet;Ansvarlig;Måneder;Status;Statusdato;Forfalt;Merknad", lines[0]);
        Assert.Equal("ferdig;Fasen;Ferdig aktivitet;Styringsgruppa;2024-02 2024-03;fullført;2024-04-02;;Vedtatt i møtet.", lines[1]);
        Assert.Equal("treg;Fasen;Treg aktivitet;;2024-04;pågår;2024-05-20;ja;", lines[2]);
        Assert.Equal("glemt;Fasen;Glemt aktivitet;;2024-05;status mangler;;;", lines[3]);
        Assert.Equal("behovsmelding;Milepæl;Behovsmelding levert;;2024-11;;;;", lines[5]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void The_report_has_the_counts_what_is_overdue_and_missing_the_months_and_since_last()
    {
        using var site = Site(Reported, "[2024-05-01, 2024-09-01]");
        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var doc = Html(site, "plan/rapport/index.html");
        Assert.Equal("Statusrapport til styringsgruppa", doc.QuerySelector("h1")!.TextContent);
        var heads = doc.QuerySelectorAll(".plan-report__counts th").Select(th => th.TextContent).ToArray();
        var cells = doc.QuerySelectorAll(".plan-report__counts td").Select(td => td.TextContent).ToArray();
        Assert.Equal(["planlagt", "pågår", "fullført", "forsinket", "avlyst", "status mangler", "forfalt"], heads);
        Assert.Equal(["1", "1", "1", "0", "0", "1", "1"], cells);
        Assert.Contains("Treg aktivitet", doc.QuerySelector("section[aria-labelledby=rapport-forfalt]")!.TextContent);
        Assert.Contains("Glemt aktivitet", doc.QuerySelector("section[aria-labelledby=rapport-mangler]")!.TextContent);
        Assert.Contains("1. september 2024", doc.QuerySelector(".plan-report__meta")!.TextContent);
        Assert.Single(doc.QuerySelectorAll("section.plan-since li.since__item"));
        // No unit has handed a form back: one sentence says so.
        Assert.Contains("Ingen enheter har levert skjema ennå.", doc.QuerySelector("section[aria-labelledby=rapport-skjema]")!.TextContent);
    }

    [Fact]
    public void The_real_plan_shows_status_missing_and_nothing_overdue()
    {
        using var out_ = new TempFolder("plan");
        var result = Build.Run(new BuildOptions(RepoPaths.Input, RepoPaths.Theme, out_.Combine("site")) { Today = TestSite.Today });
        Assert.True(result.Succeeded, result.Describe());
        // Every activity has passed on the test date, and the seeds report no status for any.
        Assert.Equal(26, result.With("KMP142").Count);
        var doc = new HtmlParser().ParseDocument(File.ReadAllText(out_.Combine("site", "plan", "index.html")));
        Assert.Equal(26, doc.QuerySelectorAll(".gantt__status .status--mangler").Length);
        Assert.Empty(doc.QuerySelectorAll(".gantt__status .status--overdue"));
        Assert.Empty(doc.QuerySelectorAll(".gantt__row--overdue"));
        Assert.Contains("trenger datoer for styringsgruppas møter", doc.QuerySelector("section.plan-since")!.TextContent);
        Assert.True(File.Exists(out_.Combine("site", "plan", "rapport", "index.html")));
    }
}
