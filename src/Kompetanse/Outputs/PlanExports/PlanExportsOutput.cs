using System.Text;
using Kompetanse.Model;
using Kompetanse.Outputs.Html;
using Kompetanse.Text;

namespace Kompetanse.Outputs;

/// <summary>
/// The plan as data beside its page: /plan/fremdriftsplan.csv for Excel and /plan/fremdriftsplan.ics,
/// a calendar to subscribe to with one all-day event per run of consecutive months and one per milestone.
/// </summary>
public sealed class PlanExportsOutput : IOutputModule
{
    public const string CsvUrl = "/plan/fremdriftsplan.csv";
    public const string IcsUrl = "/plan/fremdriftsplan.ics";

    public string Name => "plan-exports";

    public void Produce(BuildContext context, OutputSink sink)
    {
        if (context.Site.Plan is not { } plan) return;
        sink.Add(new OutputFile(CsvUrl.TrimStart('/'), Csv(plan), plan.Plan.Location));
        sink.Add(OutputFile.Text(IcsUrl.TrimStart('/'), Ics(plan, context.Site), plan.Plan.Location));
    }

    /// <summary>
    /// UTF-8 with a byte order mark and semicolons: what Excel with Norwegian settings opens straight away,
    /// with æ, ø and å intact. One row per activity, then one per milestone (phase "Milepæl"); Id is the
    /// activity's or milestone's id, so a sheet can be matched row by row after a re-plan. Months as YYYY-MM,
    /// separated by spaces. Status is the latest reported ("status mangler" when an activity has passed without
    /// a report), Statusdato its date (YYYY-MM-DD), Forfalt "ja" when reported not done after its last month,
    /// Merknad the latest note (see <see cref="LatestNote"/>).
    /// </summary>
    public static byte[] Csv(PlanModel plan)
    {
        var csv = new StringBuilder();
        csv.Append("Id;Fase;Aktivitet;Ansvarlig;Måneder;Status;Statusdato;Forfalt;Merknad\r\n");
        foreach (var a in plan.Activities)
        {
            csv.AppendJoin(';', new[]
            {
                a.Activity.Id,
                a.Phase.Title,
                a.Activity.Title,
                string.Join(", ", a.Responsible.Select(r => r.Title)),
                string.Join(" ", a.Activity.Months),
                a.State.State.Name(),
                a.State.Latest is { } latest ? NorwegianDates.IsoDate(latest.Report.Date) : "",
                a.State.Overdue ? "ja" : "",
                LatestNote(a) ?? "",
            }.Select(Field));
            csv.Append("\r\n");
        }
        foreach (var m in plan.Plan.Milestones)
        {
            csv.AppendJoin(';', new[] { m.Id, "Milepæl", m.Title, "", m.Month.ToString(), "", "", "", "" }.Select(Field));
            csv.Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static string Field(string value)
    {
        // A cell that starts like a formula (= + - @, or a tab or CR before one) would be run by Excel or
        // LibreOffice: OWASP's advice is to start it with ' so it is shown as text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>The latest report's note; with no report, or one without a note, the plan's own note on the activity.</summary>
    public static string? LatestNote(PlannedActivity a) => a.State.Latest?.Report.Note ?? a.Activity.Note;

    /// <summary>
    /// RFC 5545: CRLF lines folded at 75 octets, text escaped, all-day events (DTEND is exclusive). Every UID is
    /// made from an id, never from a place in a list or a month: an activity's first run of months is
    /// "&lt;id&gt;", its later runs "&lt;id&gt;-2", "&lt;id&gt;-3"; a milestone is "milepael-&lt;id&gt;"; a meeting
    /// "mote-&lt;date&gt;". A re-plan keeps the UIDs and raises SEQUENCE (<see cref="PlanModel.Revisions"/>), so a
    /// subscribed calendar moves the event instead of adding a second one.
    /// </summary>
    public static string Ics(PlanModel plan, SiteModel site)
    {
        string host = Uri.TryCreate(site.Settings.BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "kompetanse";
        string stamp = site.BuildDate.ToString("yyyyMMdd") + "T000000Z";
        string planUrl = site.Settings.BaseUrl.TrimEnd('/') + PlanPages.Url;
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Kompetanse//Fremdriftsplan//NO",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(plan.Plan.Title),
            "X-WR-TIMEZONE:Europe/Oslo",
        };
        void Event(string uid, int sequence, DateOnly start, DateOnly end, string summary, string description, string url, string? category = null)
        {
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{uid}@{host}");
            lines.Add("SEQUENCE:" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
            lines.Add("DTSTAMP:" + stamp);
            lines.Add("DTSTART;VALUE=DATE:" + start.ToString("yyyyMMdd"));
            lines.Add("DTEND;VALUE=DATE:" + end.ToString("yyyyMMdd"));
            lines.Add("SUMMARY:" + Escape(summary));
            lines.Add("DESCRIPTION:" + Escape(description));
            if (category is not null) lines.Add("CATEGORIES:" + Escape(category));
            lines.Add("URL:" + url);
            lines.Add("TRANSP:TRANSPARENT");
            lines.Add("END:VEVENT");
        }
        foreach (var a in plan.Activities)
        {
            string responsible = a.Responsible.Count > 0 ? string.Join(", ", a.Responsible.Select(r => r.Title)) : "ikke fastsatt";
            var description = new StringBuilder($"{a.Phase.Title}. Ansvarlig: {responsible}. Status: {StatusText(a.State)}.");
            if (LatestNote(a) is { } note) description.Append(" Merknad: ").Append(note.TrimEnd('.')).Append('.');
            if (a.State.Latest?.Report.Next is { } next) description.Append(" Neste steg: ").Append(next.TrimEnd('.')).Append('.');
            int sequence = plan.Revisions.GetValueOrDefault(Binding.PlanRevisions.ActivityKey(a.Activity.Id));
            int run = 0;
            foreach (var (from, to) in Gantt.Runs(a.Activity.Months))
            {
                run++;
                Event(run == 1 ? a.Activity.Id : $"{a.Activity.Id}-{run}", sequence, from.FirstDay, to.Next().FirstDay,
                    a.Activity.Title, description.ToString(), planUrl + "#" + Gantt.Anchor(a.Activity));
            }
        }
        // A milestone is due in its month: an all-day event over the whole month, like an activity's.
        foreach (var m in plan.Plan.Milestones)
            Event("milepael-" + m.Id, plan.Revisions.GetValueOrDefault(Binding.PlanRevisions.MilestoneKey(m.Id)), m.Month.FirstDay, m.Month.Next().FirstDay,
                "Milepæl: " + m.Title, $"Milepæl i {plan.Plan.Title}, {Gantt.MonthText(m.Month)}.", planUrl + "#milepaeler", "Milepæl");
        // Each meeting of the steering group, with the decisions it made.
        foreach (var meeting in plan.Plan.Meetings)
        {
            var made = plan.Decisions.Where(d => d.Decision.Date == meeting).Select(d => d.Decision.Text.TrimEnd('.')).ToList();
            string description = made.Count == 0 ? "Møte i styringsgruppa." : "Møte i styringsgruppa. Vedtak: " + string.Join("; ", made) + ".";
            Event("mote-" + NorwegianDates.IsoDate(meeting), 0, meeting, meeting.AddDays(1), "Møte i styringsgruppa", description, planUrl + "#vedtak", "Møte");
        }
        lines.Add("END:VCALENDAR");
        var ics = new StringBuilder();
        foreach (string line in lines) ics.Append(Fold(line));
        return ics.ToString();
    }

    /// <summary>"fullført (meldt 3. mars 2025)", "pågår (meldt …), forfalt", "status mangler", "planlagt".</summary>
    private static string StatusText(ActivityState state) =>
        state.Latest is { } latest
            ? $"{state.State.Name()} (meldt {NorwegianDates.LongDate(latest.Report.Date)}){(state.Overdue ? ", forfalt" : "")}"
            : state.State.Name();

    // RFC 5545 text: a line break of any kind (CRLF, LF or a lone CR) is written \n, so no value can start
    // a property line of its own; other control characters are left out.
    public static string Escape(string text) =>
        new string(text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\r", "\\n").Replace("\n", "\\n")
            .Where(c => !char.IsControl(c)).ToArray());

    // Lines longer than 75 octets continue on the next line after a space, never splitting a UTF-8 character.
    private static string Fold(string line)
    {
        var result = new StringBuilder();
        int octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            int size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                result.Append("\r\n ");
                octets = 1;
            }
            result.Append(rune.ToString());
            octets += size;
        }
        return result.Append("\r\n").ToString();
    }
}
