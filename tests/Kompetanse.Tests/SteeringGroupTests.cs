using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Kompetanse.Tests.Support;

namespace Kompetanse.Tests;

/// <summary>
/// The steering group's paper (issue 23): the decisions log followed up on /plan/ and in the report, money used
/// against the need, the late list with reason and next step, calendars whose UIDs come from ids and stay put
/// through insertions and re-plans, the CSV's Id and Merknad, and the diagnostics for bad decisions and reports.
/// Every decision, report, meeting and amount here is a test fixture: the real plan has none of them.
/// </summary>
public class SteeringGroupTests
{
    private static readonly DateOnly BuildDate = new(2024, 6, 15);

    private const string Role = "---\ntitle: Styringsgruppa\nlevel: kommunal\nsummary: Styrer arbeidet.\n---\nStyringsgruppa møtes jevnlig.\n";

    private const string Activities = """
              - id: treg
                title: Treg aktivitet
                months: [2024-03..2024-04]
                responsible: [styringsgruppa]
                updates:
                  - date: 2024-03-05
                    status: pågår
                  - date: 2024-05-20
                    status: forsinket
                    note: Enhetene har ikke levert analysene.
                    next: Styringsgruppa purrer før neste møte.
              - id: ferdig
                title: Ferdig aktivitet
                months: [2024-02, 2024-05]
                note: Fra planen.
                updates:
                  - date: 2024-05-30
                    status: fullført
        """;

    private const string Milestones = """
          - id: forste
            title: Første milepæl
            month: 2024-05
          - id: andre
            title: Andre milepæl
            month: 2024-11
        """;

    private const string Decisions = """
          - date: 2024-02-01
            text: Lage en mal for gapanalysen.
            owner: styringsgruppa
            due: 2024-03-01
            done: 2024-02-28
          - date: 2024-04-10
            text: Enhetene leverer analysene.
            owner: styringsgruppa
            due: 2024-05-31
          - date: 2024-04-10
            text: Orientere rektorene om planen.
            owner: Rådgiver i oppvekst
            due: 2024-09-30
        """;

    private static string Plan(string activities = Activities, string milestones = Milestones, string decisions = Decisions) => $"""
        title: Testplan
        period:
          start: 2024-01
          end: 2024-12
        skip_months: [7]
        meetings: [2024-02-01, 2024-04-10, 2024-09-05]
        phases:
          - id: fase
            title: Fasen
            activities:
        {activities}
        milestones:
        {milestones}
        decisions:
        {decisions}
        """;

    private const string Budget = """
        title: Budsjett
        rows:
          - ordning: Regional ordning
            eier: 0
            uh: 130000
            total: 130000
            used: 40000
          - ordning: Eier
            eier: 150000
            uh: null
            total: 150000
            used:
              Våren 2024: 20000
              Høsten 2024: 5000
          - ordning: Desentralisert ordning
            eier: 0
            uh: 100000
            total: 100000
        periods:
          - name: Våren 2024
            description: Planlegging.
            need: 200000
          - name: Høsten 2024
            description: Gjennomføring.
        """;

    private static TestSite Site(string plan, string budget = Budget) =>
        new TestSite().File("roles/styringsgruppa.md", Role).File("plan/fremdriftsplan.yml", plan).File("plan/budsjett.yml", budget);

    private static BuildResult Run(TestSite site, bool write = true) => Build.Run(site.Options(write) with { Today = BuildDate });

    private static IDocument Html(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    [Fact]
    public void The_plan_page_shows_the_decisions_log_newest_first_with_owner_due_and_done()
    {
        using var site = Site(Plan());
        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var log = Html(site, "plan/index.html").QuerySelector("section.plan-decisions")!;
        Assert.Contains("3 vedtak, 2 ikke utført", log.TextContent);
        var rows = log.QuerySelectorAll("tbody tr");
        Assert.Equal(3, rows.Length);
        Assert.Equal(["2024-04-10", "2024-04-10", "2024-02-01"], rows.Select(r => r.QuerySelector("time")!.GetAttribute("datetime")!).ToArray());

        var done = rows.Single(r => r.TextContent.Contains("Lage en mal"));
        Assert.Equal("2024-02-28", done.QuerySelectorAll("time").Last().GetAttribute("datetime"));
        Assert.DoesNotContain("frist passert", done.TextContent);
        // Open after its due date: "frist passert". The role is a link; a name is shown as written.
        var late = rows.Single(r => r.TextContent.Contains("Enhetene leverer"));
        Assert.Contains("frist passert", late.TextContent);
        Assert.Contains("ikke utført", late.TextContent);
        Assert.Contains("decision--past-due", late.ClassName);
        Assert.Equal("/roller/styringsgruppa/", late.QuerySelector("a")!.GetAttribute("href"));
        var named = rows.Single(r => r.TextContent.Contains("Orientere rektorene"));
        Assert.Contains("Rådgiver i oppvekst", named.TextContent);
        Assert.Null(named.QuerySelector("a"));
        Assert.DoesNotContain("frist passert", named.TextContent);
    }

    [Fact]
    public void The_report_lists_open_decisions_the_late_with_reason_and_next_step_and_one_budget_line()
    {
        using var site = Site(Plan());
        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var doc = Html(site, "plan/rapport/index.html");

        var open = doc.QuerySelector("section[aria-labelledby=rapport-vedtak]")!;
        Assert.Contains("(2)", open.QuerySelector("h2")!.TextContent);
        var items = open.QuerySelectorAll("li");
        Assert.Equal(2, items.Length);
        Assert.Contains("Enhetene leverer analysene.", items[0].TextContent);
        Assert.Contains("Ansvarlig: Styringsgruppa", items[0].TextContent);
        Assert.Contains("frist passert", items[0].TextContent);
        Assert.Equal("2024-05-31", items[0].QuerySelectorAll("time")[1].GetAttribute("datetime"));
        Assert.Contains("Ansvarlig: Rådgiver i oppvekst", items[1].TextContent);
        Assert.DoesNotContain("frist passert", items[1].TextContent);
        Assert.DoesNotContain("Lage en mal", open.TextContent);

        // Reported late after its last month: the reason is the latest report's note, with its next step.
        var late = doc.QuerySelector("section[aria-labelledby=rapport-forfalt] li")!;
        Assert.Contains("Treg aktivitet", late.TextContent);
        Assert.Contains("Årsak: Enhetene har ikke levert analysene.", late.TextContent);
        Assert.Contains("Neste steg: Styringsgruppa purrer før neste møte.", late.TextContent);

        // One line on money, and it still says these are needs, not grants.
        var budget = doc.QuerySelector(".plan-report__budget")!.TextContent;
        Assert.Contains("Behov 380\u00A0000\u00A0kr, brukt 65\u00A0000\u00A0kr, gjenstår 315\u00A0000\u00A0kr", budget);
        Assert.Contains("ikke innvilgede midler", budget);

        // The plan page's late list gives the same reason and next step; the history shows the next step.
        var plan = Html(site, "plan/index.html");
        Assert.Contains("Årsak: Enhetene har ikke levert analysene.", plan.QuerySelector(".plan-overdue li")!.TextContent);
        Assert.Contains("Neste steg: Styringsgruppa purrer", plan.QuerySelector("#aktivitet-treg .gantt__history")!.TextContent);
    }

    [Fact]
    public void The_budget_page_shows_need_used_and_remaining_per_row_and_period_with_sums()
    {
        using var site = Site(Plan());
        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var doc = Html(site, "plan/budsjett/index.html");
        Assert.Contains("ikke penger som er innvilget", doc.QuerySelector(".lead")!.TextContent);
        var tables = doc.QuerySelectorAll("table.budget");
        Assert.Equal(["Ordning", "Eier", "UH", "Behov", "Brukt", "Gjenstår"], tables[0].QuerySelectorAll("thead th").Select(th => th.TextContent).ToArray());
        string[] Cells(IElement row) => row.QuerySelectorAll("td").Select(td => td.TextContent.Replace("\u00A0", " ")).ToArray();
        var rows = tables[0].QuerySelectorAll("tbody tr");
        Assert.Equal(["0 kr", "130 000 kr", "130 000 kr", "40 000 kr", "90 000 kr"], Cells(rows[0]));
        // Used by period adds up to the row's use.
        Assert.Equal(["150 000 kr", "–", "150 000 kr", "25 000 kr", "125 000 kr"], Cells(rows[1]));
        // Nothing recorded as used: the whole need remains.
        Assert.Equal(["–", "100 000 kr"], Cells(rows[2])[3..]);
        Assert.Equal(["150 000 kr", "230 000 kr", "380 000 kr", "65 000 kr", "315 000 kr"], Cells(tables[0].QuerySelector("tfoot tr")!));

        var periods = tables[1].QuerySelectorAll("tbody tr");
        Assert.Equal(["200 000 kr", "20 000 kr", "180 000 kr"], Cells(periods[0]));
        Assert.Equal(["–", "5 000 kr", "–"], Cells(periods[1]));
        Assert.Equal(["200 000 kr", "25 000 kr", "180 000 kr"], Cells(tables[1].QuerySelector("tfoot tr")!));
    }

    [Fact]
    public void Without_used_amounts_nothing_is_said_to_be_used()
    {
        using var site = Site(Plan(), Budget.Replace("    used: 40000\n", "").Replace("    used:\n      Våren 2024: 20000\n      Høsten 2024: 5000\n", ""));
        var result = Run(site);
        Assert.True(result.Succeeded, result.Describe());
        var doc = Html(site, "plan/budsjett/index.html");
        Assert.DoesNotContain(doc.QuerySelector("table.budget")!.QuerySelectorAll("thead th"), th => th.TextContent == "Brukt");
        Assert.Contains("Hva som er brukt, er ikke ført inn", doc.Body!.TextContent);
        Assert.Contains("hva som er brukt, er ikke ført inn", Html(site, "plan/rapport/index.html").QuerySelector(".plan-report__budget")!.TextContent);
    }

    [Fact]
    public void The_csv_has_id_and_latest_note_with_bom_semicolons_and_crlf()
    {
        using var site = Site(Plan());
        Assert.True(Run(site).Succeeded);
        byte[] bytes = File.ReadAllBytes(Path.Combine(site.Output, "plan", "fremdriftsplan.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        string text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        string[] lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id;Fase;Aktivitet;Ansvarlig;Måneder;Status;Statusdato;Forfalt;Merknad", lines[0]);
        Assert.Equal("treg;Fasen;Treg aktivitet;Styringsgruppa;2024-03 2024-04;forsinket;2024-05-20;ja;Enhetene har ikke levert analysene.", lines[1]);
        // The latest report has no note: the plan's own note stands.
        Assert.Equal("ferdig;Fasen;Ferdig aktivitet;;2024-02 2024-05;fullført;2024-05-30;;Fra planen.", lines[2]);
        Assert.Equal("forste;Milepæl;Første milepæl;;2024-05;;;;", lines[3]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Every_meeting_is_an_event_and_descriptions_carry_the_latest_note()
    {
        using var site = Site(Plan());
        Assert.True(Run(site).Succeeded);
        var events = Ical.Net.Calendar.Load(site.ReadOutput("plan/fremdriftsplan.ics"))!.Events.ToList();
        var meetings = events.Where(e => e.Summary == "Møte i styringsgruppa").OrderBy(e => e.DtStart!.Date).ToList();
        Assert.Equal([new DateOnly(2024, 2, 1), new DateOnly(2024, 4, 10), new DateOnly(2024, 9, 5)], meetings.Select(m => m.DtStart!.Date).ToArray());
        Assert.All(meetings, m => Assert.Equal(m.DtStart!.Date.AddDays(1), m.DtEnd!.Date));
        Assert.Contains("Vedtak: Enhetene leverer analysene; Orientere rektorene om planen.", meetings[1].Description);
        Assert.Equal("Møte i styringsgruppa.", meetings[2].Description);

        var late = events.Single(e => e.Summary == "Treg aktivitet");
        Assert.Contains("Merknad: Enhetene har ikke levert analysene.", late.Description);
        Assert.Contains("Neste steg: Styringsgruppa purrer før neste møte.", late.Description);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void Uids_come_from_ids_equal_between_builds_and_after_an_insertion_and_a_replan_raises_sequence()
    {
        using var site = Site(Plan());
        var git = new Git(site.Input);
        git.Run("init", "-q");
        git.Commit("2024-03-01", "Plan");
        Assert.True(Run(site).Succeeded);
        var first = Uids(site);
        Assert.True(Run(site).Succeeded);
        Assert.Equal(first, Uids(site));
        Assert.Contains("milepael-forste@test.example.no", first.Keys);
        Assert.Contains("treg@test.example.no", first.Keys);
        // 'ferdig' runs in two stretches (February, May): the second is its own event.
        Assert.Contains("ferdig-2@test.example.no", first.Keys);
        Assert.Contains("mote-2024-04-10@test.example.no", first.Keys);
        Assert.All(first.Values, e => Assert.Equal(0, e.Sequence));

        // A milestone inserted first, an activity inserted first, and 'treg' re-planned one month later.
        string inserted = Plan(
            activities: """
                  - id: ny
                    title: Ny aktivitet
                    months: [2024-09]
            """ + "\n" + Activities.Replace("[2024-03..2024-04]", "[2024-04..2024-05]"),
            milestones: """
              - id: ny-milepael
                title: Ny milepæl
                month: 2024-03
            """ + "\n" + Milestones);
        site.File("plan/fremdriftsplan.yml", inserted);
        git.Commit("2024-05-02", "Ny milepæl og aktivitet; treg flyttet");
        Assert.True(Run(site).Succeeded);
        var after = Uids(site);
        Assert.Equal(first.Count + 2, after.Count);
        Assert.All(first.Keys, uid => Assert.Contains(uid, after.Keys));
        Assert.Contains("milepael-ny-milepael@test.example.no", after.Keys);
        // The re-planned activity keeps its UID with new dates and a higher SEQUENCE; the rest are unchanged.
        var moved = after["treg@test.example.no"];
        Assert.Equal(new DateOnly(2024, 4, 1), moved.DtStart!.Date);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal(0, after["milepael-forste@test.example.no"].Sequence);
        Assert.Equal(0, after["ferdig@test.example.no"].Sequence);

        // A change not yet committed counts too, and the same input builds the same calendar twice.
        site.File("plan/fremdriftsplan.yml", inserted.Replace("[2024-04..2024-05]", "[2024-05..2024-06]"));
        Assert.True(Run(site).Succeeded);
        string once = site.ReadOutput("plan/fremdriftsplan.ics");
        Assert.Equal(2, Uids(site)["treg@test.example.no"].Sequence);
        Assert.True(Run(site).Succeeded);
        Assert.Equal(once, site.ReadOutput("plan/fremdriftsplan.ics"));
    }

    private static Dictionary<string, Ical.Net.CalendarComponents.CalendarEvent> Uids(TestSite site) =>
        Ical.Net.Calendar.Load(site.ReadOutput("plan/fremdriftsplan.ics"))!.Events.ToDictionary(e => e.Uid!);

    // Each bad value with the text it is written as (the position is found in the file) and the diagnostic it gives.
    [Theory]
    [InlineData("done: 2024-02-28", "done: 2024-02-30", "KMP021", true)]
    [InlineData("due: 2024-05-31", "due: 31.05.2024", "KMP021", true)]
    [InlineData("owner: Rådgiver i oppvekst", "owner: styringsgrupa", "KMP012", true)]
    [InlineData("done: 2024-02-28", "done: 2024-01-28", "KMP260", true)]
    [InlineData("- date: 2024-02-01\n  text: Lage", "- date: 2024-02-02\n  text: Lage", "KMP261", false)]
    [InlineData("done: 2024-02-28", "done: 2024-06-16", "KMP262", true)]
    [InlineData("- date: 2024-03-05", "- date: 2023-12-05", "KMP263", false)]
    [InlineData("- date: 2024-03-05", "- date: 2024-02-05", "KMP264", false)]
    [InlineData("- id: andre", "- id: forste", "KMP265", true)]
    public void Bad_decisions_reports_and_milestones_are_reported_at_their_place(string good, string bad, string id, bool error)
    {
        string plan = Plan();
        string indented = IndentLike(plan, good);
        Assert.Contains(indented, plan);
        string broken = plan.Replace(indented, IndentLike(plan, good, bad));
        using var site = Site(broken);
        var result = Run(site, write: false);
        Assert.Equal(!error, result.Succeeded);
        var d = result.Single(id, "plan/fremdriftsplan.yml");
        string marker = bad.Split('\n')[0];
        var (line, column) = ValueAt(broken, marker);
        d.AssertAt(line, column);
        if (id == "KMP012") Assert.Contains("in 'owner' (did you mean 'styringsgruppa'?)", d.Message);
        if (id == "KMP261") Assert.Contains("the nearest is 2024-02-01", d.Message);
        if (id == "KMP260") Assert.Contains("'done' is 2024-01-28, before the decision's date 2024-02-01", d.Message);
        if (id == "KMP265") Assert.Contains("first at line", d.Message);
    }

    [Fact]
    public void A_milestone_without_an_id_is_an_error()
    {
        using var site = Site(Plan(milestones: "  - title: Uten id\n    month: 2024-05"));
        var result = Run(site, write: false);
        Assert.Contains(result.With("KMP010", "plan/fremdriftsplan.yml"), d => d.Message.Contains("'id'"));
    }

    [Theory]
    [InlineData("      Høsten 2024: 5000", "      Hosten 2024: 5000", "KMP267")]
    [InlineData("    used: 40000", "    used: 140000", "KMP266")]
    public void Bad_used_amounts_are_reported_at_their_place(string good, string bad, string id)
    {
        string budget = Budget.Replace(good, bad);
        using var site = Site(Plan(), budget);
        var result = Run(site, write: false);
        var d = result.Single(id, "plan/budsjett.yml");
        var (line, _) = ValueAt(budget, bad.Trim());
        Assert.Equal(line, d.Location.Line);
        if (id == "KMP267") Assert.Contains("did you mean 'Høsten 2024'?", d.Message);
    }

    // The fixture's text as it stands in the file: raw string literals drop the indentation they share.
    private static string IndentLike(string plan, string good, string? replacement = null)
    {
        string first = good.Split('\n')[0];
        int at = plan.IndexOf(first, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{first}' is not in the fixture");
        int lineStart = plan.LastIndexOf('\n', at) + 1;
        string pad = new(' ', at - lineStart);
        string Indent(string text) => string.Join("\n", text.Split('\n').Select((l, i) => i == 0 ? l : pad + l));
        return Indent(replacement ?? good);
    }

    // Line and column (from 1) of the value after "key: " on the last line holding the marker (a duplicate is
    // reported at the second).
    private static (int Line, int Column) ValueAt(string text, string marker)
    {
        string[] lines = text.Split('\n');
        for (int i = lines.Length - 1; i >= 0; i--)
        {
            int at = lines[i].IndexOf(marker, StringComparison.Ordinal);
            if (at < 0) continue;
            int colon = marker.IndexOf(": ", StringComparison.Ordinal);
            return (i + 1, at + colon + 3);
        }
        throw new InvalidOperationException($"'{marker}' is not in the text");
    }
}
