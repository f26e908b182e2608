namespace DiplomacyTracker.Browser.Tests;

/// <summary>The server-drawn map in a browser: the world and its arcs are visible, and an arc is a link.</summary>
public sealed class MapTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheMapShowsTheWorldAndAnArcThatOpensTheRelationship()
    {
        await using var tab = await fixture.OpenAsync("/map");
        var page = tab.Page;

        var map = page.Locator("svg.world-map");
        Assert.True(await map.IsVisibleAsync());
        Assert.True(await map.EvaluateAsync<bool>("m => m.getBoundingClientRect().width > 600"), "the map fills its column");
        var arc = page.Locator("svg.world-map a.route path.arc").First;
        Assert.True(await arc.EvaluateAsync<bool>("p => { const b = p.getBBox(); return b.width > 100; }"), "the arc spans from the United States to China");
        Assert.Equal("none", await arc.EvaluateAsync<string>("p => getComputedStyle(p).fill"));
        await BrowserFixture.ScreenshotAsync(page, "map");

        await page.Locator("svg.world-map a.route circle.arc-end").First.ClickAsync();
        await page.WaitForURLAsync("**/countries/united-states/china");
        Assert.Equal("United States and China", (await page.Locator("h1").TextContentAsync())?.Trim());
        await BrowserFixture.ScreenshotAsync(page, "relationship");
    }
}
