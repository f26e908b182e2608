using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DiplomacyTracker.Browser.Tests;

/// <summary>A reader's path through the site in a real browser: browse, filter, search, check a claim at its source.</summary>
public sealed class BrowsingTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HomePageShowsTheVisitsAndAClickableTimeline()
    {
        await using var tab = await fixture.OpenAsync("/");
        var page = tab.Page;

        Assert.Equal(2, await page.Locator(".visit").CountAsync());
        Assert.True(await page.Locator("svg.timeline").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "home");

        await page.Locator($"svg.timeline a[href='/visits/{fixture.World.YellenInChina.Id}']").ClickAsync();
        await page.WaitForURLAsync($"**/visits/{fixture.World.YellenInChina.Id}");
        Assert.Equal("Janet Yellen in China", (await page.Locator("h1").TextContentAsync())?.Trim());
    }

    [Fact]
    public async Task FilteringByIssueIsAShareableUrlAndTheBackButtonUndoesIt()
    {
        await using var tab = await fixture.OpenAsync("/");
        var page = tab.Page;

        await page.GetByLabel("Issue", new() { Exact = true }).SelectOptionAsync("trade");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"[?&]issue=trade"));

        Assert.Equal(["Janet Yellen in China"], await page.Locator(".visit h3").AllInnerTextsAsync());
        await BrowserFixture.ScreenshotAsync(page, "filter-issue");

        await page.GoBackAsync();
        Assert.Equal(2, await page.Locator(".visit").CountAsync());
    }

    [Fact]
    public async Task FilteringByAnOfficialKeepsTheirVisitsOnly()
    {
        await using var tab = await fixture.OpenAsync("/");
        var page = tab.Page;

        await page.GetByLabel("Official", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Xi Jinping (China)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($@"[?&]official={fixture.World.Xi.Id}(&|$)"));

        Assert.Equal(["Antony Blinken in China"], await page.Locator(".visit h3").AllInnerTextsAsync());
        Assert.Equal(1, await page.Locator("svg.timeline a.timeline-visit").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "filter-official");
    }

    [Fact]
    public async Task SearchFromTheHeaderMarksTheMatches()
    {
        await using var tab = await fixture.OpenAsync("/");
        var page = tab.Page;

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search articles" }).FillAsync("fentanyl");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=fentanyl");

        Assert.Equal(2, await page.Locator(".search-results .hit").CountAsync());
        Assert.True(await page.Locator(".snippet mark.match").First.IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "search");
    }

    [Fact]
    public async Task ASourceLinkLandsOnItsHighlightedSentence()
    {
        var world = fixture.World;
        await using var tab = await fixture.OpenAsync($"/visits/{world.BlinkenInChina.Id}");
        var page = tab.Page;
        await BrowserFixture.ScreenshotAsync(page, "visit");

        await page.Locator($"#meeting-{world.BlinkenWang.Id} .evidence a.source").First.ClickAsync();
        await page.WaitForURLAsync($"**/articles/{world.Voa.Id}#excerpt-{world.WangMeetingVoa.Id}");

        var target = page.Locator("mark:target");
        Assert.Equal($"excerpt-{world.WangMeetingVoa.Id}", await target.GetAttributeAsync("id"));
        Assert.Equal(world.WangMeetingVoa.Text, await target.TextContentAsync());
        Assert.True(await target.EvaluateAsync<bool>(
            "m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"),
            "the excerpt is scrolled into view");
        Assert.True(await page.EvaluateAsync<bool>("() => window.scrollY > 0"), "the page scrolled to the excerpt");
        await BrowserFixture.ScreenshotAsync(page, "article-excerpt", fullPage: false);
    }

    [Fact]
    public async Task KeyboardReachesTheSkipLinkFirstAndItShowsFocus()
    {
        await using var tab = await fixture.OpenAsync("/");
        var page = tab.Page;

        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal("Skip to content", await focused.TextContentAsync());
        Assert.True(await focused.IsVisibleAsync());
        Assert.NotEqual("none", await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
    }

    [Theory]
    [InlineData("meeting", "/meetings/{meeting}")]
    [InlineData("issue", "/issues/fentanyl")]
    [InlineData("official", "/officials/{official}")]
    [InlineData("officials", "/officials")]
    [InlineData("issues", "/issues")]
    [InlineData("articles", "/articles")]
    [InlineData("sentences", "/search?q=Beijing&in=sentences")]
    [InlineData("not-found", "/visits/987654")]
    public async Task EveryPageRendersWithItsStyles(string name, string path)
    {
        path = path.Replace("{meeting}", fixture.World.BlinkenWang.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{official}", fixture.World.Blinken.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await using var tab = await fixture.OpenAsync(path);
        var page = tab.Page;

        Assert.Equal("rgb(244, 246, 248)", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, name);
    }

    [Fact]
    public async Task NarrowScreenAndPrintLayouts()
    {
        await using (var tab = await fixture.OpenAsync("/", width: 390, height: 844))
        {
            Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling on a phone");
            await BrowserFixture.ScreenshotAsync(tab.Page, "home-phone");
        }

        await using (var tab = await fixture.OpenAsync($"/visits/{fixture.World.BlinkenInChina.Id}"))
        {
            await tab.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            Assert.False(await tab.Page.Locator(".site-header").IsVisibleAsync());
            Assert.True(await tab.Page.Locator(".itinerary").IsVisibleAsync());
            await BrowserFixture.ScreenshotAsync(tab.Page, "visit-print");
        }
    }
}
