using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// The activity picker of a form lists every activity of the plan and finds each by its title typed key by
/// key; what is saved is the activity's id. (Decap's relation over the plan's nested lists found only the
/// first phase's activities; the picker is a select the build writes from the plan.)
/// </summary>
public sealed class CmsPickingTests(CmsEditorFixture fixture) : IClassFixture<CmsEditorFixture>
{
    private CmsEditor Editor => fixture.Editor;
    private IPage Tab => fixture.Editor.Page;

    [Fact]
    public async Task EveryActivityCanBePickedByItsTitle()
    {
        string plan = File.ReadAllText(Path.Combine(Editor.Input, "plan", "fremdriftsplan.yml"));
        var activities = ((YamlSequenceNode)CmsTypingTests.Yaml(plan)["phases"]).Cast<YamlMappingNode>()
            .SelectMany(p => ((YamlSequenceNode)p["activities"]).Cast<YamlMappingNode>())
            .Select(a => (Id: a["id"].ToString(), Title: a["title"].ToString())).ToList();
        Assert.Contains(activities, a => a.Id == "tiltak-enhetene");
        Assert.True(activities.Count > 20, $"{activities.Count} activities");

        // The IOP template belongs to no activity, so each pick is a change from the entry as it was opened.
        string file = Path.Combine(Editor.Input, "forms", "iop.yml");
        Assert.False(CmsTypingTests.Yaml(File.ReadAllText(file)).Children.ContainsKey("activity"));
        await Editor.OpenEntryAsync("collections/skjema/entries/iop", fresh: false);
        var picker = Editor.Field("select", "Aktivitet i planen").Locator("input[role=combobox]");

        var wrong = new List<string>();
        foreach (var (id, title) in activities)
        {
            string before = File.ReadAllText(file);
            await Editor.TypeIntoAsync(picker, title);
            await Tab.GetByRole(AriaRole.Option, new() { Name = title, Exact = true }).ClickAsync();
            string saved = CmsTypingTests.Yaml(await Editor.PublishAndReadAsync(file, before))["activity"].ToString();
            if (saved != id) wrong.Add($"picked '{title}', saved '{saved}', not '{id}'");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
