using System.Text;
using AngleSharp.Html.Parser;
using Kompetanse.Model;
using Kompetanse.Tests.Support;
using Kompetanse.Text;

namespace Kompetanse.Tests;

/// <summary>Units' local progress plans, handed back as answers, shown month by month on /plan/enheter/.</summary>
public class UnitPlanTests
{
    [Theory]
    [InlineData("2025-10", "2025-10")]
    [InlineData("15.10.2025", "2025-10")]
    [InlineData("oktober 2025", "2025-10")]
    [InlineData("Okt. 2025", "2025-10")]
    [InlineData("oktober–desember 2025", "2025-10 2025-11 2025-12")]
    [InlineData("november 2025 – januar 2026", "2025-11 2025-12 2026-01")]
    [InlineData("2025-12-01 til 2026-02-15", "2025-12 2026-01 2026-02")]
    [InlineData("hver måned gjennom skoleåret", "")]
    [InlineData("i mai", "")]
    public void Months_are_read_as_people_write_them(string written, string expected)
    {
        Assert.Equal(expected, string.Join(" ", WrittenMonths.Read(written)));
    }

    private const string Form = """
        title: Lokal fremdriftsplan
        version: "1.0"
        date: 2025-09-01
        purpose: Plan for tiltakene.
        who: Enhetsleder.
        when: Høsten 2025.
        local_plan: fremdrift
        header:
          - label: Enhet
        sections:
          - title: Fremdrift
            questions:
              - id: fremdrift
                text: Hva skal gjøres, av hvem og når?
                answer: table
                columns: [Tiltak nr, Hva skal gjøres, Ansvarlig, Måned/Dato]
        """;

    private static string Export(string unit, string rows) => $$"""
        {
          "format": "kompetanse-svar/1", "form": "lokal-fremdriftsplan", "version": "1.0", "unit": "{{unit}}",
          "answers": [ { "id": "fremdrift", "rows": [ {{rows}} ] } ]
        }
        """;

    [Fact]
    public void Each_units_plan_becomes_a_table_by_month_and_all_tasks_are_listed_month_by_month()
    {
        using var site = new TestSite()
            .File("forms/lokal-fremdriftsplan.yml", Form)
            .File("svar/lokal-fremdriftsplan/berg.json", Export("Berg skole", """["1", "Lesekurs for 2. trinn", "Rektor", "oktober–november 2025"], ["2", "Foreldremøte", "Kontaktlærer", "hver måned"]"""))
            .File("svar/lokal-fremdriftsplan/dal.json", Export("Dal barnehage", """["1", "Språkgrupper", "Styrer", "2025-12"]"""));

        var result = site.Build();

        result.AssertClean();
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == "plan/enheter/index.html").Content));
        Assert.Equal(["Berg skole", "Dal barnehage"], page.QuerySelectorAll("section h2").Take(2).Select(h => h.TextContent));
        var berg = page.QuerySelector("#enhet-berg-skole-tabell")!.ParentElement!;
        Assert.Equal(["2025-10", "2025-11", "2025-12"], berg.QuerySelectorAll("thead time").Select(t => t.GetAttribute("datetime")));
        var lesekurs = berg.QuerySelectorAll("tbody tr").Single();
        Assert.Equal([true, true, false], lesekurs.QuerySelectorAll("td.gantt__cell").Select(c => c.ClassList.Contains("gantt__cell--active")));
        Assert.Contains("Foreldremøte", page.QuerySelector("#enhet-berg-skole ~ ul")!.TextContent);
        Assert.Contains("«hver måned»", page.QuerySelector("#enhet-berg-skole ~ ul")!.TextContent);
        Assert.Equal(["oktober 2025", "november 2025", "desember 2025"], page.QuerySelectorAll("#maned-for-maned ~ h3").Select(h => h.TextContent));
        Assert.Contains("Dal barnehage: Språkgrupper", page.QuerySelector("#maned-for-maned")!.ParentElement!.TextContent);
    }

    [Fact]
    public void Local_plan_must_name_a_table_question()
    {
        using var site = new TestSite().File("forms/lokal-fremdriftsplan.yml", Form.Replace("local_plan: fremdrift", "local_plan: fremdriften"));

        site.Build().Single("KMP162", "forms/lokal-fremdriftsplan.yml").AssertAt(7, 13);
    }
}
