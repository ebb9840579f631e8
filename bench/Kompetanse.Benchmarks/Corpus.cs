using System.Globalization;
using System.Text;

namespace Kompetanse.Benchmarks;

/// <summary>
/// Writes N synthetic Norwegian pages: front matter, headings, paragraphs, a list, a table and links to
/// other pages, in nested folders, plus a few concepts so term linking has work to do. The same seed gives
/// the same corpus, so runs compare.
/// </summary>
public static class Corpus
{
    private static readonly string[] Words =
    [
        "barnehagen", "skolen", "elevene", "barna", "opplæringen", "tilpasset", "opplæring", "tidlig", "innsats",
        "vurdering", "læringsmiljø", "kompetanse", "utvikling", "samarbeid", "foreldrene", "lærerne", "rektor",
        "styrer", "tiltak", "analyse", "kvalitet", "inkludering", "fellesskap", "medvirkning", "planen", "målet",
        "arbeidet", "praksis", "undervisningen", "spesialundervisning", "kartlegging", "lesing", "skriving",
        "regning", "språk", "veiledning", "refleksjon", "ledelse", "struktur", "prosess", "resultat", "høsten",
        "våren", "månedlig", "sammen", "jevnlig", "tydelig", "viktig", "trygg", "god", "felles", "ny", "hver",
    ];

    private static readonly (string Slug, string Title, string? Abbreviation)[] Concepts =
    [
        ("tilpasset-opplaering", "Tilpasset opplæring", "TPO"),
        ("tidlig-innsats", "Tidlig innsats", null),
        ("vurdering", "Vurdering", null),
        ("spesialundervisning", "Spesialundervisning", null),
        ("inkluderende-fellesskap", "Inkluderende fellesskap", null),
        ("individuell-opplaeringsplan", "Individuell opplæringsplan", "IOP"),
    ];

    public static void Write(string folder, int pages, int seed = 2026)
    {
        var random = new Random(seed);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "site.yml"), """
            name: Ytelsestest
            municipality: Testkommune
            base_url: https://ytelse.example.no/
            language: nb
            accessibility_statement: https://www.uustatus.no/
            navigation:
              - title: Forside
                url: /
              - title: Begreper
                url: /begreper/
            """);
        File.WriteAllText(Path.Combine(folder, "index.md"), "---\ntitle: Ytelsestest\n---\nEn side med mange undersider.\n");
        File.WriteAllText(Path.Combine(folder, "tilgjengelighet.md"), "---\ntitle: Tilgjengelighet\n---\nOm tilgjengelighet.\n");
        Directory.CreateDirectory(Path.Combine(folder, "concepts"));
        foreach (var (slug, title, abbreviation) in Concepts)
            File.WriteAllText(Path.Combine(folder, "concepts", slug + ".md"),
                $"---\ntitle: {title}\ndefinition: {title} er et begrep i ytelsestesten.\n{(abbreviation is null ? "" : $"abbreviation: {abbreviation}\n")}---\n{Paragraph(random)}\n");

        var paths = Enumerable.Range(0, pages).Select(i => PagePath(i)).ToArray();
        for (int i = 0; i < pages; i++)
        {
            string path = Path.Combine(folder, paths[i]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Page(i, paths, random));
        }
    }

    // 100 pages a folder, folders two deep: seksjon-03/tema-07/side-0042.md
    public static string PagePath(int i) =>
        $"seksjon-{i / 1000:D2}/tema-{i / 100 % 10:D2}/side-{i:D5}.md";

    private static string Page(int i, string[] paths, Random random)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Side {i} om {Word(random)} og {Word(random)}\n");
        text.Append($"description: {Sentence(random, 12)}\n");
        text.Append($"tags: [{Word(random)}, {Word(random)}]\n---\n");
        text.Append(Paragraph(random)).Append("\n\n");
        text.Append("## ").Append(Capital(Sentence(random, 4).TrimEnd('.'))).Append("\n\n");
        text.Append(Paragraph(random)).Append(" Les også om tilpasset opplæring og TPO i praksis.\n\n");
        for (int k = 0; k < 4; k++) text.Append("- ").Append(Sentence(random, 6)).Append('\n');
        text.Append('\n');
        text.Append("| Tiltak | Ansvarlig | Frist |\n|---|---|---|\n");
        for (int k = 0; k < 3; k++) text.Append($"| {Capital(Word(random))} | {Capital(Word(random))} | {random.Next(1, 13):D2}.2026 |\n");
        text.Append('\n');
        text.Append("## Les mer\n\n");
        string from = Path.GetDirectoryName(paths[i])!;
        for (int k = 0; k < 3; k++)
        {
            string target = paths[random.Next(paths.Length)];
            text.Append($"- [{Capital(Word(random))}]({Path.GetRelativePath(from, target).Replace('\\', '/')})\n");
        }
        text.Append('\n').Append(Paragraph(random)).Append(" Spesialundervisning og tidlig innsats henger sammen.\n");
        return text.ToString();
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];
    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
    private static string Sentence(Random random, int words) =>
        Capital(string.Join(' ', Enumerable.Range(0, words).Select(_ => Word(random)))) + ".";
    private static string Paragraph(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(4, 8)).Select(_ => Sentence(random, random.Next(6, 14))));
}
