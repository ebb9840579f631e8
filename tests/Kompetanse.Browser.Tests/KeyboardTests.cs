using Kompetanse.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kompetanse.Browser.Tests;

/// <summary>Keyboard use on every built page: the skip link, visible focus, and every control reachable by Tab.</summary>
[Collection(SiteCollection.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    public static IEnumerable<object[]> Pages => BuiltSite.PageData;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_main(string path)
    {
        await using var sitePage = await site.OpenAsync(path);
        var page = sitePage.Page;
        await Expect(page.Locator("main#hovedinnhold")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<FocusState>(Scripts.ActiveElement);
        var skipLink = page.Locator("a.ds-skip-link[href='#hovedinnhold']");
        Assert.True(await skipLink.EvaluateAsync<bool>("el => el === document.activeElement"),
            $"{path}: the first Tab stop is {first.Description}, not the skip link a.ds-skip-link[href='#hovedinnhold']");
        // Shown when focused: a real box, inside the viewport (the page is not scrolled yet).
        var box = await skipLink.BoundingBoxAsync();
        var viewport = page.ViewportSize!;
        Assert.True(box is { Width: > 10, Height: > 10 } && box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width + 1 && box.Y + box.Height <= viewport.Height,
            $"{path}: the focused skip link is not shown in the viewport (box {box?.X},{box?.Y} {box?.Width}×{box?.Height})");
        Assert.True(first.FocusVisible, $"{path}: the focused skip link has no visible focus (outline {first.Outline}, box-shadow {first.BoxShadow})");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#hovedinnhold")).ToBeFocusedAsync();

        // The next Tab goes on from the main content, not from the top of the page.
        await page.Keyboard.PressAsync("Tab");
        var next = await page.EvaluateAsync<FocusState>(Scripts.ActiveElement);
        bool afterMainStart = await page.EvaluateAsync<bool>("""
            () => {
              const main = document.getElementById('hovedinnhold'), el = document.activeElement;
              return el === document.body || main.contains(el) || !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
            }
            """);
        Assert.True(afterMainStart, $"{path}: after the skip link, Tab went to {next.Description}, which is before the main content");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_link_button_and_field_is_reachable_by_tab(string path)
    {
        var walk = await TabWalk.RunAsync(site, path);
        var missed = walk.Targets.Where((_, i) => !walk.Reached.Contains(i)).ToList();
        Assert.True(missed.Count == 0,
            $"{path}: {missed.Count} of {walk.Targets.Count} focusable elements were not reached in {walk.Presses} Tab presses:" +
            string.Concat(missed.Select(m => Environment.NewLine + "  " + m)) +
            Environment.NewLine + "Tab order was:" + string.Concat(walk.Stops.Select(s => Environment.NewLine + "  " + s.Description)));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Focus_is_visible_on_every_tab_stop(string path)
    {
        var walk = await TabWalk.RunAsync(site, path);
        Assert.NotEmpty(walk.Stops);
        var invisible = walk.Stops.Where(s => !s.FocusVisible).ToList();
        Assert.True(invisible.Count == 0,
            $"{path}: {invisible.Count} Tab stop(s) show no focus (outline none and no box-shadow):" +
            string.Concat(invisible.Select(s => Environment.NewLine + "  " + s.Explain())));
    }

    /// <summary>
    /// Tabs through a freshly loaded page from the top until focus leaves the page or comes round again. Done
    /// once per page and shared by the reachability and the focus-visibility test.
    /// </summary>
    private sealed record TabWalk(IReadOnlyList<string> Targets, IReadOnlyList<FocusState> Stops, IReadOnlySet<int> Reached, int Presses)
    {
        public static Task<TabWalk> RunAsync(SiteFixture site, string path) =>
            site.Once("tab-walk " + path, () => WalkAsync(site, path));

        private static async Task<TabWalk> WalkAsync(SiteFixture site, string path)
        {
            await using var sitePage = await site.OpenAsync(path);
            var page = sitePage.Page;
            var targets = await page.EvaluateAsync<string[]>(Scripts.CollectTabTargets);
            await page.EvaluateAsync(Scripts.InstallTabRecorder);
            var stops = new List<FocusState>();
            var reached = new HashSet<int>();
            int limit = targets.Length * 2 + 10, presses = 0;
            bool done = false;
            while (!done && presses < limit)
            {
                // Press in batches (the page logs every stop), then read the log: one round trip a press.
                int batch = Math.Clamp(targets.Length - reached.Count + 2, 1, limit - presses);
                for (int i = 0; i < batch; i++) await page.Keyboard.PressAsync("Tab");
                presses += batch;
                foreach (var focus in await page.EvaluateAsync<FocusState[]>(Scripts.TakeTabLog))
                {
                    if (focus.IsBody)
                    {
                        if (stops.Count > 0) { done = true; break; } // focus left the document after the last stop
                        continue;
                    }
                    if (stops.Count > 0 && focus.Index >= 0 && focus.Index == stops[0].Index) { done = true; break; } // came round again
                    stops.Add(focus);
                    if (focus.Index >= 0) reached.Add(focus.Index);
                }
            }
            return new TabWalk(targets, stops, reached, presses);
        }
    }
}

/// <summary>What <see cref="Scripts.ActiveElement"/> returns.</summary>
public sealed class FocusState
{
    public int Index { get; set; }
    public bool IsBody { get; set; }
    public string Description { get; set; } = "";
    public bool FocusVisible { get; set; }
    public string Outline { get; set; } = "";
    public string BoxShadow { get; set; } = "";
    public string Tag { get; set; } = "";
    public bool InnerFocus { get; set; }

    public string Explain() => $"{Description} (outline {Outline}; box-shadow {BoxShadow})" + (InnerFocus
        ? " — focus is on the browser's own part of this control (e.g. a date input's calendar button), where the control's :focus-visible style no longer applies; give the control's :focus-within the same outline/box-shadow"
        : "");
}
