using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Browser.Tests;

/// <summary>One editor session (decap-server, the built copy, Chromium) for the typing tests of a class.</summary>
public sealed class CmsEditorFixture : IAsyncLifetime
{
    public CmsEditor Editor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Editor = await CmsEditor.StartAsync();
        await Editor.OpenAsync();
    }

    public async Task DisposeAsync() => await Editor.DisposeAsync();
}

/// <summary>
/// Typing into the editor as a person does (click, then key by key; never a whole value filled in) into every
/// kind of list, then saving: the YAML on disk holds exactly what was typed, one item per input, commas and
/// spaces and all. Each test edits its own file of the shared copy.
/// </summary>
public sealed class CmsTypingTests(CmsEditorFixture fixture) : IClassFixture<CmsEditorFixture>
{
    private CmsEditor Editor => fixture.Editor;
    private IPage Tab => fixture.Editor.Page;

    [Fact]
    public async Task ATaskWithCommasAndSpacesIsOneTask_AndTheButtonsAreNorwegian()
    {
        string file = Path.Combine(Editor.Input, "roles", "ppt.md");
        string before = File.ReadAllText(file);
        var tasksBefore = Strings(FrontMatter(before), "tasks");
        await Editor.OpenEntryAsync("collections/roller/entries/ppt");

        const string typed = "Deltar i nettverket for PPT i regionen, og i fylket, når det passer.";
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Legg til oppgave" }).ClickAsync();
        await Editor.TypeIntoAsync(Editor.Field("list", "Oppgaver").Locator("input[type=text]").Last, typed);
        await Editor.ScreenshotAsync("admin-role-list.png");
        string after = await Editor.PublishAndReadAsync(file, before);

        Assert.Equal([.. tasksBefore, typed], Strings(FrontMatter(after), "tasks"));
        Assert.Equal(0, await Tab.GetByRole(AriaRole.Button, new() { NameRegex = new("^Add ") }).CountAsync());
    }

    [Fact]
    public async Task MeetingDatesAndMonthNumbersAreOneValuePerInput()
    {
        string file = Path.Combine(Editor.Input, "plan", "fremdriftsplan.yml");
        string before = File.ReadAllText(file);
        await Editor.OpenEntryAsync("collections/plan/entries/fremdriftsplan");

        // Dates, typed key by key into the browser's date field in the order it shows: Debian's Chromium without
        // its translations (chromium-l10n) shows mm/dd/åååå whatever the page's locale; a Norwegian one dd.mm.åååå.
        foreach (var (typed, saved) in new[] { ("11/20/2026", "2026-11-20"), ("12/01/2026", "2026-12-01") })
        {
            await Tab.GetByRole(AriaRole.Button, new() { Name = "Legg til møtedato" }).ClickAsync();
            var input = Editor.Field("list", "Styringsgruppas møter").Locator("input[type=date]").Last;
            await input.ClickAsync(new() { Position = new() { X = 30, Y = 20 } }); // on the first part
            await Tab.Keyboard.TypeAsync(typed);
            await Assertions.Expect(input).ToHaveValueAsync(saved);
        }
        // Numbers.
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Legg til månedsnummer" }).ClickAsync();
        var number = Editor.Field("list", "Måneder uten kolonne").Locator("input").Last;
        await number.ClickAsync();
        await Tab.Keyboard.PressAsync("Control+A");
        await Tab.Keyboard.TypeAsync("8");
        // Months of an activity, inside the phases' and activities' lists: a range typed with its dots.
        await Editor.Field("list", "Faser").First.GetByTestId("expand-button").First.ClickAsync();
        await Editor.Field("list", "Aktiviteter").First.GetByTestId("expand-button").First.ClickAsync();
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Legg til måned eller tidsrom" }).First.ClickAsync();
        await Editor.TypeIntoAsync(Editor.Field("list", "Måneder").First.Locator("input[type=text]").Last, "2024-03..2024-05");
        await Editor.ScreenshotAsync("admin-plan-lists.png");
        string after = await Editor.PublishAndReadAsync(file, before);

        var plan = Yaml(after);
        Assert.Equal(["2026-11-20", "2026-12-01"], Strings(plan, "meetings"));
        Assert.Equal(["7", "8"], Strings(plan, "skip_months"));
        var first = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)plan["phases"])[0])["activities"])[0];
        Assert.Equal("soke-midler", first["id"].ToString());
        Assert.Equal(["2023-11", "2023-12", "2024-03..2024-05"], Strings(first, "months"));
    }

    [Fact]
    public async Task StepsColumnsAndWidthsOfAQuestionAreOneValuePerInput()
    {
        string file = Path.Combine(Editor.Input, "forms", "modell-for-forbedring.yml");
        string before = File.ReadAllText(file);
        await Editor.OpenEntryAsync("collections/skjema/entries/modell-for-forbedring");

        await Editor.Field("list", "Deler").First.GetByTestId("expand-button").First.ClickAsync();
        await Editor.Field("list", "Spørsmål").First.GetByTestId("expand-button").First.ClickAsync();
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Legg til trinn" }).First.ClickAsync();
        await Editor.TypeIntoAsync(Editor.Field("list", "Trinn på skalaen").First.Locator("input[type=text]").Last, "I noen grad, men ikke alltid");
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Legg til kolonne" }).First.ClickAsync();
        await Editor.TypeIntoAsync(Editor.Field("list", "Kolonner").First.Locator("input[type=text]").Last, "Tiltak, ansvarlig og frist");
        await Tab.GetByRole(AriaRole.Button, new() { Name = "Legg til bredde" }).First.ClickAsync();
        var width = Editor.Field("list", "Kolonnebredder").First.Locator("input").Last;
        await width.ClickAsync();
        await Tab.Keyboard.PressAsync("Control+A");
        await Tab.Keyboard.TypeAsync("3");
        string after = await Editor.PublishAndReadAsync(file, before);

        var question = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)Yaml(after)["sections"])[0])["questions"])[0];
        Assert.Equal("I noen grad, men ikke alltid", Strings(question, "steps").Last());
        Assert.Equal("Tiltak, ansvarlig og frist", Strings(question, "columns").Last());
        Assert.Equal("3", Strings(question, "widths").Last());
    }

    [Fact]
    public async Task ThePreviewPaneHidesTheBracesThatStopALink_AndTheSavedTextKeepsThem()
    {
        string file = Path.Combine(Editor.Input, "concepts", "tidlig-innsats.md");
        string before = File.ReadAllText(file);
        await Editor.OpenEntryAsync("collections/begreper/entries/tidlig-innsats");

        // Typed into the Markdown editor as a new paragraph at the end of the text.
        await Editor.TypeIntoAsync(Tab.Locator("[aria-label='Feltet markdown'] [contenteditable=true]"), "");
        await Tab.Keyboard.PressAsync("Control+End");
        await Tab.Keyboard.PressAsync("Enter");
        await Tab.Keyboard.TypeAsync("Svaret {styrer} mye.");

        var preview = Tab.FrameLocator("iframe").First;
        await preview.GetByText("Svaret styrer mye.").WaitForAsync();
        await Editor.ScreenshotAsync("admin-preview.png");
        var stylesheets = await preview.Locator("link[rel=stylesheet]").EvaluateAllAsync<string[]>("links => links.map(l => l.getAttribute('href'))");
        Assert.Contains("/assets/site.css", stylesheets);
        Assert.Equal("Tidlig innsats", (await preview.Locator("h1").First.TextContentAsync())?.Trim());
        Assert.DoesNotContain("{", await preview.Locator("body").InnerTextAsync());

        string after = await Editor.PublishAndReadAsync(file, before);
        Assert.Contains("Svaret {styrer} mye.", after);
    }

    [Fact]
    public async Task ThePlansPreviewListsWhoIsResponsibleWithCommas()
    {
        await Editor.OpenEntryAsync("collections/plan/entries/fremdriftsplan");

        var preview = Tab.FrameLocator("iframe").First;
        var activity = preview.Locator("li").Filter(new() { HasText = "Avklare oppstart av samarbeid med Nord universitet" });
        await activity.WaitForAsync();
        await Editor.ScreenshotAsync("admin-plan-preview.png");
        Assert.Equal("Avklare oppstart av samarbeid med Nord universitet (2023-12, 2024-01): kommunalsjef-oppvekst, styringsgruppa",
            (await activity.TextContentAsync())?.Trim());
    }

    // --- helpers ---

    internal static YamlMappingNode FrontMatter(string markdown)
    {
        int end = markdown.IndexOf("\n---", 3, StringComparison.Ordinal);
        return Yaml(markdown[3..end]);
    }

    internal static YamlMappingNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    internal static List<string> Strings(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlSequenceNode list ? list.Select(i => i.ToString()).ToList() : [];
}
