namespace DiplomacyTracker.Browser.Tests;

/// <summary>The server-drawn charts as a browser shows them: drawn, sized, and their marks links.</summary>
public sealed class ChartTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task IssueSparklinesAreDrawn()
    {
        await using var tab = await fixture.OpenAsync("/issues");
        var page = tab.Page;

        var line = page.Locator(".issue svg.sparkline polyline").First;
        Assert.True(await line.EvaluateAsync<bool>("p => { const b = p.getBBox(); return b.width > 100 && b.height > 0; }"), "the line spans the sparkline");
        Assert.Equal("none", await line.EvaluateAsync<string>("p => getComputedStyle(p).fill"));
        await BrowserFixture.ScreenshotAsync(page, "issues-trends");
    }

    [Fact]
    public async Task AMonthBarOpensThatMonthsVisits()
    {
        await using var tab = await fixture.OpenAsync("/issues/fentanyl");
        var page = tab.Page;
        await BrowserFixture.ScreenshotAsync(page, "issue-months");

        await page.Locator("svg.month-chart a.month-bar").Last.ClickAsync();
        await page.WaitForURLAsync("**/?issue=fentanyl&from=2024-04-01&to=2024-04-30");
        Assert.Equal(["Antony Blinken in China"], await page.Locator(".visit h3").AllInnerTextsAsync());
    }
}
