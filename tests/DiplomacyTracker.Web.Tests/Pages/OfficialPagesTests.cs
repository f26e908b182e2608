using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class OfficialPagesTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task IndexListsOfficialsByNameWithLatestTitleAndCounts()
    {
        var page = await fixture.GetPageAsync("/officials");
        var blinken = page.Document.QuerySelectorAll("tr.official").First(r => r.TextContent.Contains("Antony Blinken", StringComparison.Ordinal));

        Assert.Equal(["Antony Blinken", "He Lifeng", "Janet Yellen", "Wang Yi", "Xi Jinping"], page.Document.Texts("tr.official th"));
        Assert.Equal(["Secretary of State", "United States", "1", "2"], blinken.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
    }

    [Theory]
    [InlineData("/officials?q=wang", "Wang Yi")]
    [InlineData("/officials?q=%25", null)]
    [InlineData("/officials?q=_", null)]
    [InlineData("/officials?country=United%20States&q=yel", "Janet Yellen")]
    public async Task SearchByNameAndCountryFilter(string url, string? only)
    {
        var page = await fixture.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(only is null ? [] : [only], page.Document.Texts("tr.official th"));
        if (only is null)
        {
            Assert.NotNull(page.Document.QuerySelector("main .empty"));
        }
    }

    [Fact]
    public async Task CountryFilterKeepsOnlyThatCountry()
    {
        var page = await fixture.GetPageAsync("/officials?country=China");

        Assert.Equal(["He Lifeng", "Wang Yi", "Xi Jinping"], page.Document.Texts("tr.official th"));
        Assert.Equal("China", ((AngleSharp.Html.Dom.IHtmlSelectElement)page.Document.QuerySelector("#official-country")!).Value);
    }

    [Fact]
    public async Task OfficialPageShowsTitlesTripsMeetingsIssuesAndQuotes()
    {
        var page = await fixture.GetPageAsync($"/officials/{World.Blinken.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Deputy Secretary of State", "Secretary of State"], page.Document.Texts(".titles .title"));
        Assert.Equal([$"/visits/{World.BlinkenInChina.Id}"], page.Document.Hrefs(".trips a[href^='/visits/']"));
        Assert.Equal(
            new[] { $"/meetings/{World.BlinkenXi.Id}", $"/meetings/{World.BlinkenWang.Id}" }.Order(StringComparer.Ordinal),
            page.Document.Hrefs(".meetings a[href^='/meetings/']").Order(StringComparer.Ordinal));
        Assert.Equal(["/issues/fentanyl"], page.Document.Hrefs(".issue-lines a.issue-tag"));
        Assert.Single(page.Document.QuerySelectorAll(".quotes .quote a.source"));
        Assert.NotEmpty(page.Document.Hrefs($"main a[href='/?official={World.Blinken.Id}']"));
    }

    [Fact]
    public async Task OfficialWithNothingRecordedShowsEmptyStates()
    {
        var page = await fixture.GetPageAsync($"/officials/{World.Xi.Id}");

        Assert.Equal(3, page.Document.QuerySelectorAll("main .empty").Length); // no trips, no issues raised, no quotes
    }

    [Fact]
    public async Task UnknownOfficialIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetPageAsync("/officials/31337")).Status);
}
