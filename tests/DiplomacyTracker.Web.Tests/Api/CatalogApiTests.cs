using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

/// <summary>Officials, issues and articles.</summary>
public sealed class CatalogApiTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task OfficialsByNameWithTheOfficialsPageFilters()
    {
        var all = await fixture.App.GetAsync("/api/officials");
        var chinese = await fixture.App.GetAsync("/api/officials?country=China");
        var named = await fixture.App.GetAsync("/api/officials?q=yel");

        Assert.Equal(["Antony Blinken", "He Lifeng", "Janet Yellen", "Wang Yi", "Xi Jinping"],
            all.Json.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToArray());
        Assert.Equal(new[] { World.HeLifeng.Id, World.WangYi.Id, World.Xi.Id }.Order(), chinese.ItemIds.Order());
        Assert.Equal([World.Yellen.Id], named.ItemIds);
    }

    [Fact]
    public async Task OneOfficialWithDatedTitles()
    {
        var official = (await fixture.App.GetAsync($"/api/officials/{World.Blinken.Id}")).Json;

        Assert.Equal("United States", official.GetProperty("country").GetString());
        Assert.Equal(["2015-01-09", "2021-01-26"], official.GetProperty("titles").EnumerateArray().Select(t => t.GetProperty("asOf").GetString()!).ToArray());
    }

    [Fact]
    public async Task IssuesWithCountsAndOneBySlugOrIdWithItsMentions()
    {
        var list = (await fixture.App.GetAsync("/api/issues")).Json.GetProperty("items").EnumerateArray().ToList();
        var bySlug = await fixture.App.GetAsync("/api/issues/fentanyl");
        var byId = await fixture.App.GetAsync($"/api/issues/{World.Fentanyl.Id}");

        Assert.Equal(["Fentanyl", "Taiwan", "Trade"], list.Select(i => i.GetProperty("name").GetString()!).ToArray());
        Assert.Equal(2, list[0].GetProperty("visitCount").GetInt32());
        Assert.Equal(1, list[0].GetProperty("meetingCount").GetInt32());
        Assert.Equal(bySlug.Body, byId.Body);
        var mentions = bySlug.Json.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(["2023-07-06", "2024-04-26"], mentions.Select(m => m.GetProperty("date").GetString()!).ToArray());
        await ProvenanceAssert.PointsIntoItsArticleAsync(fixture.App, mentions.Select(m => m.GetProperty("source")));
    }

    [Fact]
    public async Task ArticlesNewestFirstFilteredByTextAndDate()
    {
        Assert.Equal([World.Reuters.Id, World.Voa.Id, World.Ap.Id], (await fixture.App.GetAsync("/api/articles")).ItemIds);
        Assert.Equal([World.Voa.Id], (await fixture.App.GetAsync("/api/articles?q=Diaoyutai")).ItemIds);
        Assert.Equal([World.Ap.Id], (await fixture.App.GetAsync("/api/articles?to=2023-12-31")).ItemIds);
        Assert.Equal([World.Reuters.Id], (await fixture.App.GetAsync("/api/articles?from=2024-04-27")).ItemIds);
    }

    [Fact]
    public async Task OneArticleWithItsTextAndExcerpts()
    {
        var article = (await fixture.App.GetAsync($"/api/articles/{World.Ap.Id}")).Json;

        Assert.Equal("2023-07-05", article.GetProperty("published").GetString());
        Assert.Equal(World.Ap.Text, article.GetProperty("text").GetString());
        Assert.Equal(4, article.GetProperty("excerpts").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/officials/999999")]
    [InlineData("/api/issues/999999")]
    [InlineData("/api/issues/no-such-issue")]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/no-such-resource")]
    public async Task UnknownIdsAreProblems(string url) =>
        (await fixture.App.GetAsync(url)).AssertProblem(HttpStatusCode.NotFound);
}
