using System.Globalization;

namespace DiplomacyTracker.Browser.Tests;

/// <summary>Every page at a phone's width (390 px): nothing scrolls sideways, and the timeline opens at its newest end.</summary>
public sealed class PhoneLayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public const int PhoneWidth = 390;

    public static TheoryData<string, string> Pages() => new()
    {
        { "home", "/" },
        { "home-filtered", "/?issue=fentanyl&from=2023-01-01" },
        { "home-problem", "/?from=2024-13-01" },
        { "countries", "/countries" },
        { "map", "/map" },
        { "country", "/countries/china" },
        { "relationship", "/countries/united-states/china" },
        { "visit", "/visits/{visit}" },
        { "meeting", "/meetings/{meeting}" },
        { "issues", "/issues" },
        { "issue", "/issues/fentanyl" },
        { "officials", "/officials" },
        { "official", "/officials/{official}" },
        { "articles", "/articles" },
        { "article", "/articles/{article}" },
        { "search", "/search?q=Beijing" },
        { "sentences", "/search?q=Beijing&in=sentences" },
        { "disagreements", "/disagreements" },
        { "ingestion", "/ingestion" },
        { "api", "/api" },
        { "signin", "/signin" },
        { "not-found", "/visits/987654" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task NoPageScrollsSidewaysOnAPhone(string name, string path)
    {
        await using var tab = await fixture.OpenAsync(Resolve(path), width: PhoneWidth, height: 844);
        var page = tab.Page;

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        await BrowserFixture.ScreenshotAsync(page, "phone-" + name);
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]} px wide at {widths[1]} px");
    }

    [Fact]
    public async Task TheHomeTimelineOpensAtItsNewestEnd()
    {
        await using var tab = await fixture.OpenAsync("/", width: PhoneWidth, height: 844);
        var page = tab.Page;

        var box = page.Locator(".timeline-scroll");
        Assert.True(await box.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the timeline is wider than the phone");
        var newest = page.Locator($"svg.timeline a[href='/visits/{fixture.World.BlinkenInChina.Id}'] rect");
        Assert.True(await newest.EvaluateAsync<bool>(
            "(r) => { const b = r.getBoundingClientRect(), c = r.closest('.timeline-scroll').getBoundingClientRect(); return b.left >= c.left && b.right <= c.right + 1; }"),
            "the newest visit is in view without scrolling");
        var oldest = page.Locator($"svg.timeline a[href='/visits/{fixture.World.YellenInChina.Id}'] rect");
        Assert.False(await oldest.EvaluateAsync<bool>(
            "(r) => { const b = r.getBoundingClientRect(), c = r.closest('.timeline-scroll').getBoundingClientRect(); return b.left >= c.left && b.right <= c.right; }"),
            "the oldest visit is scrolled out of view");
        await BrowserFixture.ScreenshotAsync(page, "phone-timeline", fullPage: false);
    }

    private string Resolve(string path)
    {
        var w = fixture.World;
        string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
        return path.Replace("{visit}", Id(w.BlinkenInChina.Id), StringComparison.Ordinal)
            .Replace("{meeting}", Id(w.BlinkenWang.Id), StringComparison.Ordinal)
            .Replace("{official}", Id(w.Blinken.Id), StringComparison.Ordinal)
            .Replace("{article}", Id(w.Voa.Id), StringComparison.Ordinal);
    }
}
