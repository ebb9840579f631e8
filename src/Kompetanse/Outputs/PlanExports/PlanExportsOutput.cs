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
    /// with æ, ø and å intact. One row per activity, then one per milestone (phase "Milepæl"); months as
    /// YYYY-MM, separated by spaces. Status is the latest reported ("status mangler" when an activity has passed
    /// without a report), Statusdato its date (YYYY-MM-DD), Forfalt "ja" when reported not done after its last month.
    /// </summary>
    public static byte[] Csv(PlanModel plan)
    {
        var csv = new StringBuilder();
        csv.Append("Fase;Aktivitet;Ansvarlig;Måneder;Status;Statusdato;Forfalt\r\n");
        foreach (var a in plan.Activities)
        {
            csv.AppendJoin(';', new[]
            {
                a.Phase.Title,
                a.Activity.Title,
                string.Join(", ", a.Responsible.Select(r => r.Title)),
                string.Join(" ", a.Activity.Months),
                a.State.State.Name(),
                a.State.Latest is { } latest ? NorwegianDates.IsoDate(latest.Report.Date) : "",
                a.State.Overdue ? "ja" : "",
            }.Select(Field));
            csv.Append("\r\n");
        }
        foreach (var m in plan.Plan.Milestones)
        {
            csv.AppendJoin(';', new[] { "Milepæl", m.Title, "", m.Month.ToString(), "", "", "" }.Select(Field));
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

    /// <summary>RFC 5545: CRLF lines folded at 75 octets, text escaped, all-day events (DTEND is exclusive).</summary>
    public static string Ics(PlanModel plan, SiteModel site)
    {
        string host = Uri.TryCreate(site.Settings.BaseUrl, UriKind.Absolute, out var uri) ? uri.Host : "kompetanse";
        string stamp = site.BuildDate.ToString("yyyyMMdd") + "T000000Z";
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
        foreach (var a in plan.Activities)
        {
            foreach (var (from, to) in Gantt.Runs(a.Activity.Months))
            {
                string responsible = a.Responsible.Count > 0 ? string.Join(", ", a.Responsible.Select(r => r.Title)) : "ikke fastsatt";
                lines.Add("BEGIN:VEVENT");
                lines.Add($"UID:{a.Activity.Id}-{from}@{host}");
                lines.Add("DTSTAMP:" + stamp);
                lines.Add("DTSTART;VALUE=DATE:" + from.FirstDay.ToString("yyyyMMdd"));
                lines.Add("DTEND;VALUE=DATE:" + to.Next().FirstDay.ToString("yyyyMMdd"));
                lines.Add("SUMMARY:" + Escape(a.Activity.Title));
                lines.Add("DESCRIPTION:" + Escape($"{a.Phase.Title}. Ansvarlig: {responsible}. Status: {StatusText(a.State)}."));
                lines.Add("URL:" + site.Settings.BaseUrl.TrimEnd('/') + PlanPages.Url + "#" + Gantt.Anchor(a.Activity));
                lines.Add("TRANSP:TRANSPARENT");
                lines.Add("END:VEVENT");
            }
        }
        // A milestone is due in its month: an all-day event over the whole month, like an activity's.
        for (int i = 0; i < plan.Plan.Milestones.Count; i++)
        {
            var m = plan.Plan.Milestones[i];
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:milepael-{m.Month}-{i + 1}@{host}");
            lines.Add("DTSTAMP:" + stamp);
            lines.Add("DTSTART;VALUE=DATE:" + m.Month.FirstDay.ToString("yyyyMMdd"));
            lines.Add("DTEND;VALUE=DATE:" + m.Month.Next().FirstDay.ToString("yyyyMMdd"));
            lines.Add("SUMMARY:" + Escape("Milepæl: " + m.Title));
            lines.Add("DESCRIPTION:" + Escape($"Milepæl i {plan.Plan.Title}, {Gantt.MonthText(m.Month)}."));
            lines.Add("CATEGORIES:Milepæl");
            lines.Add("URL:" + site.Settings.BaseUrl.TrimEnd('/') + PlanPages.Url + "#milepaeler");
            lines.Add("TRANSP:TRANSPARENT");
            lines.Add("END:VEVENT");
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
