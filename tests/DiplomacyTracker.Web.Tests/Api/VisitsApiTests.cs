using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

public sealed class VisitsApiTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task ListsEveryVisitNewestFirstWithTotals()
    {
        var response = await fixture.App.GetAsync("/api/visits");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Equal([World.BlinkenInChina.Id, World.YellenInChina.Id], response.ItemIds);
        Assert.Equal(2, response.Json.GetProperty("total").GetInt32());
        Assert.Equal(1, response.Json.GetProperty("page").GetInt32());
        Assert.Equal(20, response.Json.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("issue=fentanyl", "Blinken", "Yellen")]
    [InlineData("issue=taiwan", "Blinken")]
    [InlineData("issue=trade", "Yellen")]
    [InlineData("official=Xi", "Blinken")]
    [InlineData("official=Yellen", "Yellen")]
    [InlineData("country=China", "Blinken", "Yellen")]
    [InlineData("country=Japan")]
    [InlineData("from=2024-01-01", "Blinken")]
    [InlineData("to=2023-12-31", "Yellen")]
    [InlineData("from=2023-07-09&to=2024-04-24", "Blinken", "Yellen")]
    [InlineData("status=planned", "Yellen")]
    [InlineData("status=HELD", "Blinken")]
    [InlineData("q=Diaoyutai", "Blinken")]
    [InlineData("q=Great%20Hall", "Blinken")]
    [InlineData("q=Yellen", "Yellen")]
    [InlineData("q=Yellen&status=held")]
    [InlineData("q=***", "Blinken", "Yellen")]
    [InlineData("issue=&official=&from=", "Blinken", "Yellen")]
    public async Task FiltersAsOnTheTimeline(string query, params string[] expected)
    {
        var ids = await fixture.App.IdsAsync("/api/visits?" + Resolve(query));

        Assert.Equal(expected.Select(VisitId).Order(), ids);
    }

    [Fact]
    public async Task PagesCarryTotalsAndLinks()
    {
        var first = await fixture.App.GetAsync("/api/visits?pageSize=1&issue=fentanyl");
        var second = await fixture.App.GetAsync("/api/visits?pageSize=1&issue=fentanyl&page=2");

        Assert.Equal([World.BlinkenInChina.Id], first.ItemIds);
        Assert.Equal([World.YellenInChina.Id], second.ItemIds);
        Assert.Equal(2, first.Json.GetProperty("total").GetInt32());
        var links = first.Json.GetProperty("links");
        Assert.Equal("/api/visits?pageSize=1&issue=fentanyl&page=2", links.GetProperty("next").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, links.GetProperty("prev").ValueKind);
        Assert.Equal("/api/visits?pageSize=1&issue=fentanyl&page=2", first.Links()["next"]);
        Assert.Equal("/api/visits?pageSize=1&issue=fentanyl&page=1", second.Links()["prev"]);
        Assert.False(second.Links().ContainsKey("next"));
    }

    [Fact]
    public async Task APageBeyondTheLastIsEmptyButCounted()
    {
        var response = await fixture.App.GetAsync("/api/visits?page=9");

        Assert.Empty(response.ItemIds);
        Assert.Equal(2, response.Json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task OneVisitCarriesDatesTravellerIssuesAndItsSentences()
    {
        var response = await fixture.App.GetAsync($"/api/visits/{World.BlinkenInChina.Id}");
        var visit = response.Json;

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("2024-04-24", visit.GetProperty("start").GetString());
        Assert.Equal("2024-04-26", visit.GetProperty("end").GetString());
        Assert.Equal("Antony Blinken", visit.GetProperty("traveler").GetProperty("name").GetString());
        Assert.Equal(["Shanghai", "Beijing"], visit.GetProperty("cities").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.Equal(new[] { World.BlinkenWang.Id, World.BlinkenXi.Id }.Order(), visit.GetProperty("meetingIds").EnumerateArray().Select(i => i.GetInt32()).Order());
        Assert.Equal(["fentanyl", "taiwan"], visit.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal($"/visits/{World.BlinkenInChina.Id}", visit.GetProperty("href").GetString());

        var sources = visit.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(2, sources.Count);
        await ProvenanceAssert.PointsIntoItsArticleAsync(fixture.App, sources);
    }

    [Fact]
    public async Task AnUnknownVisitIsAProblem()
    {
        var detail = (await fixture.App.GetAsync("/api/visits/999999")).AssertProblem(HttpStatusCode.NotFound);

        Assert.Contains("999999", detail, StringComparison.Ordinal);
    }

    private string Resolve(string query) => query
        .Replace("official=Xi", $"official={World.Xi.Id}", StringComparison.Ordinal)
        .Replace("official=Yellen", $"official={World.Yellen.Id}", StringComparison.Ordinal);

    private int VisitId(string traveller) => traveller == "Blinken" ? World.BlinkenInChina.Id : World.YellenInChina.Id;
}
