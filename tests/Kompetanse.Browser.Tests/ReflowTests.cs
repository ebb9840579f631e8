using Kompetanse.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Kompetanse.Browser.Tests;

/// <summary>
/// WCAG 1.4.10 Reflow and 1.4.4 Resize text on every built page: nothing scrolls sideways at 320 CSS px,
/// nor at 1280 px with the text at 200 %. Only a wide table may scroll, inside its own labelled, focusable
/// region: <c>.table-scroll[role=region][tabindex=0]</c> named by aria-label or aria-labelledby.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ReflowTests(SiteFixture site)
{
    public static IEnumerable<object[]> Pages => BuiltSite.PageData;

    /// <summary>
    /// The document's scroll width, every element that scrolls sideways (and whether it is an allowed table
    /// region), and the elements that stick out past the right edge of the viewport (for the message).
    /// </summary>
    private const string Measure = "() => {" +
        "const describe = " + Scripts.Describe + ";" +
        """
          const doc = document.documentElement;
          const all = [...document.body.querySelectorAll('*')];
          const scrollers = all.filter(el => {
            const s = getComputedStyle(el);
            return (s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
          });
          // A named region: aria-label, or aria-labelledby pointing at text (e.g. the table's caption).
          const named = el => {
            if ((el.getAttribute('aria-label') || '').trim()) return true;
            const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
            return ids.some(id => { const t = document.getElementById(id); return t && t.textContent.trim(); });
          };
          const allowed = el => el.matches('.table-scroll[role=region][tabindex="0"]') && named(el) && !!el.querySelector('table');
          // Inside a scroller, in-flow content is clipped by it; an absolutely positioned element only when
          // its containing block (offsetParent) is the scroller or inside it, otherwise it escapes the clip.
          const clipped = el => scrollers.some(s => s !== el && s.contains(el) && (
            ['static', 'relative', 'sticky'].includes(getComputedStyle(el).position) ||
            (el.offsetParent && (el.offsetParent === s || s.contains(el.offsetParent)))));
          const width = window.innerWidth;
          const sticking = all.filter(el => {
            const r = el.getBoundingClientRect();
            return (r.width > 0 || r.height > 0) && r.right > width + 1 && !clipped(el);
          });
          // Only the outermost ones: the first element that does not fit is the one to fix.
          const culprits = sticking.filter(el => !sticking.some(o => o !== el && o.contains(el)));
          const position = el => { const p = getComputedStyle(el).position; return p === 'static' ? '' : ', position ' + p + (el.offsetParent ? ' in ' + describe(el.offsetParent) : ''); };
          return {
            scrollWidth: doc.scrollWidth,
            viewportWidth: width,
            badScrollers: scrollers.filter(el => !allowed(el)).map(el => describe(el) + ' (scrollWidth ' + el.scrollWidth + ' > ' + el.clientWidth + '; role=' + el.getAttribute('role') + ', tabindex=' + el.getAttribute('tabindex') + ', named=' + named(el) + ')'),
            culpritCount: culprits.length,
            culprits: culprits.slice(0, 8).map(el => describe(el) + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + position(el) + ')'),
          };
        }
        """;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_reflows_at_320_css_pixels(string path)
    {
        await using var sitePage = await site.OpenAsync(path, width: 320, height: 640);
        var m = await sitePage.Page.EvaluateAsync<Measurement>(Measure);

        Assert.True(m.ScrollWidth <= 320 + 1,
            $"{path} at 320 px scrolls sideways: document scrollWidth {m.ScrollWidth}. {m.CulpritCount} element(s) stick out past the right edge, first:{Lines(m.Culprits)}");
        Assert.True(m.BadScrollers.Length == 0,
            $"{path} at 320 px: content scrolls sideways outside a named .table-scroll[role=region][tabindex=0] around a table:{Lines(m.BadScrollers)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_takes_200_percent_text_without_sideways_scrolling(string path)
    {
        await using var sitePage = await site.OpenAsync(path, width: 1280, height: 900);
        var page = sitePage.Page;
        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");
        double rootFontSize = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)");
        Assert.True(rootFontSize >= 31.5, $"{path}: the root font size did not double ({rootFontSize}px)");

        var m = await page.EvaluateAsync<Measurement>(Measure);
        Assert.True(m.ScrollWidth <= 1280 + 1,
            $"{path} with 200 % text at 1280 px scrolls sideways: document scrollWidth {m.ScrollWidth}. {m.CulpritCount} element(s) stick out past the right edge, first:{Lines(m.Culprits)}");
        Assert.True(m.BadScrollers.Length == 0,
            $"{path} with 200 % text: content scrolls sideways outside an allowed table region:{Lines(m.BadScrollers)}");

        var h1 = page.Locator("h1");
        await Expect(h1).ToHaveCountAsync(1);
        await Expect(h1).ToBeVisibleAsync();
        var fits = await h1.EvaluateAsync<bool>("h => { const r = h.getBoundingClientRect(); return r.left >= -1 && r.right <= window.innerWidth + 1 && h.scrollWidth <= h.clientWidth + 1; }");
        Assert.True(fits, $"{path} with 200 % text: the h1 is cut off or sticks out of the viewport");
    }

    private static string Lines(IEnumerable<string> items) =>
        string.Concat(items.Select(i => Environment.NewLine + "  " + i)) is { Length: > 0 } s ? s : " (no single element found)";

    private sealed class Measurement
    {
        public double ScrollWidth { get; set; }
        public double ViewportWidth { get; set; }
        public string[] BadScrollers { get; set; } = [];
        public string[] Culprits { get; set; } = [];
        public int CulpritCount { get; set; }
    }
}
