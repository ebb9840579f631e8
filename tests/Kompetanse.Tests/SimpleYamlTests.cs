using System.Text;
using Kompetanse.Loading;
using Kompetanse.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Tests;

/// <summary>The fast path for simple front matter builds exactly the document YamlDotNet's parser builds.</summary>
public class SimpleYamlTests
{
    private static string Dump(IParser parser)
    {
        var stream = new YamlStream();
        stream.Load(parser);
        var text = new StringBuilder();
        foreach (var document in stream.Documents) Dump(document.RootNode, text);
        return text.ToString();
    }

    private static void Dump(YamlNode node, StringBuilder text)
    {
        text.Append($"{node.GetType().Name}@{node.Start.Line}:{node.Start.Column}");
        switch (node)
        {
            case YamlScalarNode s: text.Append($"[{s.Style}]'{s.Value}' "); break;
            case YamlSequenceNode q: text.Append($"[{q.Style}]( "); foreach (var c in q.Children) Dump(c, text); text.Append(") "); break;
            case YamlMappingNode m: text.Append("{ "); foreach (var (k, v) in m.Children) { Dump(k, text); text.Append("= "); Dump(v, text); } text.Append("} "); break;
        }
    }

    private static string Full(string yaml) => Dump(new Parser(new StringReader(yaml)));

    [Theory]
    [InlineData("title: Side om tilpasset opplæring\ndescription: Kort om det.\ntags: [tydelig, veiledning]\n")]
    [InlineData("title: \"Sitert: tittel\"\nslug: 'enkel'\n")]
    [InlineData("title: Tom liste\ntags: []\nupdated: 2026-03-01\ndraft: true\n")]
    [InlineData("# en kommentar\ntitle:   Mange mellomrom   \n\nlanguage: nn\n")]
    [InlineData("title: Æ, ø og å – med tankestrek\nrole_id: ppt\nkey-with-dash: 12\n")]
    [InlineData("tags: [ a ,b,  c ]\n")]
    [InlineData("title: x\ntitle: y\n")]
    public void SimpleFrontMatterTakesTheFastPathAndMatchesTheFullParser(string yaml)
    {
        var events = SimpleYaml.TryEvents(yaml);
        Assert.NotNull(events);
        string full;
        try { full = Full(yaml); } catch (Exception e) { full = e.GetType().Name; }
        string fast;
        try { fast = Dump(new SimpleYaml.EventParser(events)); } catch (Exception e) { fast = e.GetType().Name; }
        Assert.Equal(full, fast);
    }

    [Theory]
    [InlineData("title:\n  nested: x\n")]
    [InlineData("tags:\n  - a\n  - b\n")]
    [InlineData("title: a: b\n")]
    [InlineData("title: x # kommentar\n")]
    [InlineData("title: \"med \\\"escape\\\"\"\n")]
    [InlineData("title: 'it''s'\n")]
    [InlineData("title: &a x\n")]
    [InlineData("title: !tag x\n")]
    [InlineData("title: |\n  blokk\n")]
    [InlineData("title: lang\n  fortsettelse\n")]
    [InlineData("tags: [a, [b]]\n")]
    [InlineData("tags: [a, b\n")]
    [InlineData("title: \"uavsluttet\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("title:\tx\n")]
    [InlineData("")]
    public void AnythingElseIsLeftToTheFullParser(string yaml) => Assert.Null(SimpleYaml.TryEvents(yaml));

    [Fact]
    public void EveryFrontMatterOfTheSiteReadsTheSameEitherWay()
    {
        int fast = 0;
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input"), "*.md", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file).ReplaceLineEndings("\n");
            if (!text.StartsWith("---\n", StringComparison.Ordinal)) continue;
            int close = text.IndexOf("\n---", 4, StringComparison.Ordinal);
            string yaml = text[4..(close + 1)];
            if (SimpleYaml.TryEvents(yaml) is not { } events) continue;
            fast++;
            Assert.True(Full(yaml) == Dump(new SimpleYaml.EventParser(events)), file);
        }
        Assert.True(fast > 0);
    }
}
