using Kompetanse.Diagnostics;
using Kompetanse.Model;

namespace Kompetanse.Tests.FormDocuments;

/// <summary>A question set with every answer kind, awkward characters and a table wide enough for landscape.</summary>
internal static class SampleForm
{
    public const string Municipality = "Bølle & Ås kommune";
    public const string Title = "Kartlegging <&> \"samarbeid\" i barnehage og skole – æøå ÆØÅ";

    private static readonly SourceSpan At = SourceSpan.File("input/forms/kartlegging.yml");

    private static Question Q(string id, string text, string? help, AnswerKind kind,
        IReadOnlyList<string>? steps = null, IReadOnlyList<string>? columns = null, int rows = 0) =>
        new(id, ++s_number, text, help, kind, steps ?? [], columns ?? [], (columns ?? []).Select(_ => 1).ToList(), rows, At);

    private static int s_number;

    public static QuestionSet Create() => new(
        Slug: "kartlegging",
        Title: Title,
        Version: "2.1",
        Date: new DateOnly(2026, 11, 23),
        Purpose: "Å finne ut hvor vi står før vi planlegger videre arbeid.\n\nSvarene brukes i «plan for kompetanseutvikling».",
        Who: "Styrer/rektor sammen med ansatte & tillitsvalgte",
        When: "Høsten, før ny plan lages",
        Activity: null,
        Concepts: [],
        Header:
        [
            new HeaderField("enhet", "Barnehage/skole", false),
            new HeaderField("dato", "Dato", true),
            new HeaderField("deltakere", "Deltakere", false),
        ],
        Sections:
        [
            new FormSection("organisering", "Organisering & ledelse", "Svar ut fra hvordan det er i dag,\nikke hvordan det burde være.", [
                Q("mal", "Hva er målet <med> samarbeidet?", "Skriv kort, gjerne i stikkord. Tenk på både barn & voksne.", AnswerKind.Text),
                Q("grad", "I hvilken grad er ansatte involvert i planleggingen?", "Velg ett alternativ.", AnswerKind.Scale,
                    steps: ["I liten grad", "I noen grad", "I stor grad", "I svært stor grad"]),
                Q("rutiner", "Har dere faste rutiner for overgangen barnehage–skole?", null, AnswerKind.YesPartlyNo),
            ]),
            new FormSection("tiltak", "Tiltak og ansvar", null, [
                Q("tiltak", "Hvilke tiltak planlegger dere?", "Én rad per tiltak.", AnswerKind.Table,
                    columns: ["Tiltak", "Ansvarlig", "Frist"], rows: 4),
                Q("fordeling", "Hvordan fordeles oppgavene gjennom året?", "Fyll inn måned for måned.", AnswerKind.Table,
                    columns: ["Oppgave", "Aug–sep", "Okt–nov", "Des–jan", "Feb–mar", "Apr–jun"], rows: 3),
                Q("annet", "Er det noe annet dere vil si om æ, ø og å?", "Fritt felt.", AnswerKind.Text),
            ]),
            new FormSection("vurdering", "Vurdering", "Brukes til slutt i året.", [
                Q("oversikt", "Oversikt over kurs og nettverk", "Ta med alle ansatte.", AnswerKind.Table,
                    columns: ["Navn", "Stilling", "Kurs", "Nettverk", "Timer"], rows: 2),
                Q("fornoyd", "Hvor fornøyd er dere med arbeidet?", "Sett ett kryss.", AnswerKind.Scale,
                    steps: ["Svært lite", "Lite", "Middels", "Godt", "Svært godt"]),
            ]),
        ],
        Location: At);
}
