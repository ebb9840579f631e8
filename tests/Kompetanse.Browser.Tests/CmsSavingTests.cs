using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// Saving in the editor never damages what is there: every existing entry of every collection, opened and
/// published without a change, keeps every value on disk, and the site built from the saved copy is
/// byte-identical to the one built before.
/// </summary>
public sealed class CmsSavingTests(CmsEditorFixture fixture) : IClassFixture<CmsEditorFixture>
{
    private CmsEditor Editor => fixture.Editor;
    private IPage Tab => fixture.Editor.Page;

    /// <summary>Every file the editor shows: its route, its path under input/ and its title field's label and key.</summary>
    public static IEnumerable<(string Route, string Path, string TitleLabel, string TitleKey)> Entries()
    {
        string input = Path.Combine(CmsEditor.RepoRoot, "input");
        IEnumerable<string> Files(string folder, string pattern) =>
            Directory.GetFiles(Path.Combine(input, folder), pattern).Order(StringComparer.Ordinal);
        foreach (string file in Files("forms", "*.yml"))
            yield return ($"collections/skjema/entries/{Path.GetFileNameWithoutExtension(file)}", $"forms/{Path.GetFileName(file)}", "Tittel", "title");
        foreach (string file in Files("veiledere", "*.yml"))
            yield return ($"collections/veiledere/entries/{Path.GetFileNameWithoutExtension(file)}", $"veiledere/{Path.GetFileName(file)}", "Tittel", "title");
        yield return ("collections/plan/entries/fremdriftsplan", "plan/fremdriftsplan.yml", "Tittel", "title");
        yield return ("collections/plan/entries/budsjett", "plan/budsjett.yml", "Tittel", "title");
        yield return ("collections/innstillinger/entries/site", "site.yml", "Navn", "name");
        yield return ("collections/faste-sider/entries/forside", "index.md", "Tittel", "title");
        yield return ("collections/faste-sider/entries/tilgjengelighet", "tilgjengelighet.md", "Tittel", "title");
        foreach (string file in Files("roles", "*.md"))
            yield return ($"collections/roller/entries/{Path.GetFileNameWithoutExtension(file)}", $"roles/{Path.GetFileName(file)}", "Navn", "title");
        foreach (string file in Files("concepts", "*.md"))
            yield return ($"collections/begreper/entries/{Path.GetFileNameWithoutExtension(file)}", $"concepts/{Path.GetFileName(file)}", "Begrep", "title");
        if (Directory.Exists(Path.Combine(input, Kompetanse.Cms.CmsSchema.PagesFolder)))
            foreach (string file in Files(Kompetanse.Cms.CmsSchema.PagesFolder, "*.md"))
                yield return ($"collections/sider/entries/{Path.GetFileNameWithoutExtension(file)}", $"{Kompetanse.Cms.CmsSchema.PagesFolder}/{Path.GetFileName(file)}", "Tittel", "title");
    }

    [Fact]
    public async Task EveryEntrySavedUnchangedKeepsItsData_AndTheSiteBuildsByteForByteTheSame()
    {
        var problems = new List<string>();
        int saved = 0;
        foreach (var (route, path, titleLabel, titleKey) in Entries())
        {
            string file = Path.Combine(Editor.Input, path);
            string before = File.ReadAllText(file);
            var (oldData, oldBody) = Split(before, path);
            await Editor.OpenEntryAsync(route, fresh: false);

            // Decap publishes only an entry that differs from what it loaded (a letter typed and taken away again
            // is no change): publish with a letter at the end of the title, then take it away and publish again.
            var title = Tab.GetByLabel(titleLabel, new() { Exact = true }).First;
            string oldTitle = oldData[titleKey].ToString();
            await Assertions.Expect(title).ToHaveValueAsync(oldTitle, new() { Timeout = (float)CmsEditor.Patience.TotalMilliseconds });
            string after;
            try
            {
                await title.ClickAsync();
                await Tab.Keyboard.PressAsync("End");
                await Tab.Keyboard.TypeAsync("x");
                string edited = await Editor.PublishAndReadAsync(file, before);
                Assert.Equal(oldTitle + "x", Split(edited, path).Data[titleKey].ToString());
                // Decap compares with the entry as it was opened: open it again to take the letter away.
                await Editor.OpenEntryAsync(route, fresh: false);
                await Assertions.Expect(title).ToHaveValueAsync(oldTitle + "x", new() { Timeout = (float)CmsEditor.Patience.TotalMilliseconds });
                await title.ClickAsync();
                await Tab.Keyboard.PressAsync("End");
                await Tab.Keyboard.PressAsync("Backspace");
                after = await Editor.PublishAndReadAsync(file, edited);
            }
            catch (TimeoutException)
            {
                await Editor.ScreenshotAsync("admin-not-saved.png");
                problems.Add($"{path} was not saved: {await ErrorsShownAsync()}\nconsole: {string.Join("\n", Editor.ConsoleErrors)}\ndecap-server: {Editor.DecapLog}");
                continue;
            }
            saved++;
            var (newData, newBody) = Split(after, path);
            if (Canonical(oldData) != Canonical(newData)) problems.Add($"{path}: the data changed\n  before: {Canonical(oldData)}\n  after:  {Canonical(newData)}");
            if (oldBody.TrimEnd() != newBody.TrimEnd()) problems.Add($"{path}: the body changed\n--- before\n{oldBody}\n--- after\n{newBody}");
        }
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        Assert.True(saved > 70, $"only {saved} entries");

        string rebuilt = Path.Combine(Editor.Scratch, "rebuilt");
        Editor.BuildSite(rebuilt).AssertClean();
        var differences = Differences(Editor.Output, rebuilt).ToList();
        Assert.True(differences.Count == 0, "the site built from the saved copy differs: " + string.Join(", ", differences));
    }

    // --- helpers ---

    /// <summary>Decap's messages under fields it refuses (a required field left empty, a pattern not matched).</summary>
    private async Task<string> ErrorsShownAsync() =>
        string.Join("; ", await Tab.Locator("ul[class*='ErrorMessage'] li, [class*='ControlErrorsList'] li").AllInnerTextsAsync());

    private static IEnumerable<string> Differences(string expected, string actual)
    {
        var left = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).ToHashSet();
        var right = Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).ToHashSet();
        foreach (string missing in left.Except(right).Order()) yield return "missing " + missing;
        foreach (string extra in right.Except(left).Order()) yield return "new " + extra;
        foreach (string file in left.Intersect(right).Order())
            if (!File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))))
                yield return "changed " + file;
    }

    private static (YamlMappingNode Data, string Body) Split(string text, string path)
    {
        if (!path.EndsWith(".md", StringComparison.Ordinal)) return (CmsTypingTests.Yaml(text), "");
        int end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return (CmsTypingTests.Yaml(text[3..end]), text[(end + 4)..].TrimStart('\n'));
    }

    /// <summary>The values a loader sees, in a stable text: keys sorted, empty values left out.</summary>
    private static string Canonical(YamlNode node) => node switch
    {
        YamlMappingNode map => "{" + string.Join(", ", map.Children
            .Where(p => !IsEmpty(p.Value))
            .OrderBy(p => p.Key.ToString(), StringComparer.Ordinal)
            .Select(p => $"{p.Key}: {Canonical(p.Value)}")) + "}",
        YamlSequenceNode list => "[" + string.Join(", ", list.Select(Canonical)) + "]",
        YamlScalarNode scalar => System.Text.Json.JsonSerializer.Serialize(scalar.Value ?? ""),
        _ => "",
    };

    private static bool IsEmpty(YamlNode node) => node switch
    {
        YamlSequenceNode list => list.Children.Count == 0,
        YamlMappingNode map => map.Children.All(p => IsEmpty(p.Value)),
        YamlScalarNode scalar => string.IsNullOrEmpty(scalar.Value) || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "null" or "~"),
        _ => true,
    };
}
