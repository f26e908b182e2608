using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

public sealed class MeetingsApiTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Theory]
    [InlineData("", "Wang", "Xi", "He")]
    [InlineData("issue=fentanyl", "Wang")]
    [InlineData("issue=taiwan", "Xi")]
    [InlineData("issue=trade", "He")]
    [InlineData("official=Wang", "Wang")]
    [InlineData("official=Blinken", "Wang", "Xi")]
    [InlineData("country=China", "Wang", "Xi", "He")]
    [InlineData("country=Japan")]
    [InlineData("from=2024-04-26&to=2024-04-26", "Wang", "Xi")]
    [InlineData("to=2024-01-01", "He")]
    [InlineData("status=planned", "He")]
    [InlineData("status=held", "Wang", "Xi")]
    [InlineData("q=Diaoyutai", "Wang")]
    [InlineData("q=Great%20Hall", "Wang", "Xi")]
    [InlineData("q=Yellen", "He")]
    [InlineData("q=Yellen&official=Blinken")]
    public async Task FiltersAsOnTheTimeline(string query, params string[] expected)
    {
        var ids = await fixture.App.IdsAsync("/api/meetings?" + Resolve(query));

        Assert.Equal(expected.Select(MeetingId).Order(), ids);
    }

    [Fact]
    public async Task NewestFirstAndPaged()
    {
        var response = await fixture.App.GetAsync("/api/meetings?pageSize=2");

        Assert.Equal(3, response.Json.GetProperty("total").GetInt32());
        Assert.Equal(2, response.ItemIds.Length);
        Assert.DoesNotContain(World.YellenHe.Id, response.ItemIds);
        Assert.Equal("/api/meetings?pageSize=2&page=2", response.Links()["next"]);
        Assert.Equal("/api/meetings?pageSize=2&page=2", response.Links()["last"]);
    }

    [Fact]
    public async Task OneMeetingCarriesWhoWhereStatusIssuesAndSources()
    {
        var response = await fixture.App.GetAsync($"/api/meetings/{World.BlinkenWang.Id}");
        var meeting = response.Json;

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("2024-04-26", meeting.GetProperty("date").GetString());
        Assert.Equal("held", meeting.GetProperty("status").GetString());
        Assert.Equal("Diaoyutai State Guesthouse", meeting.GetProperty("venue").GetString());
        Assert.Equal("Beijing", meeting.GetProperty("city").GetString());
        Assert.Equal(World.BlinkenInChina.Id, meeting.GetProperty("visitId").GetInt32());
        Assert.Equal(["Antony Blinken", "Wang Yi"], meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToArray());

        var issue = Assert.Single(meeting.GetProperty("issues").EnumerateArray());
        Assert.Equal("fentanyl", issue.GetProperty("slug").GetString());
        Assert.Equal(World.Blinken.Id, issue.GetProperty("raisedBy").GetProperty("id").GetInt32());
        Assert.Equal(World.FentanylRaised.Id, issue.GetProperty("source").GetProperty("id").GetInt32());

        var sources = meeting.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(new[] { World.WangMeetingVoa.Id, World.WangMeetingReuters.Id }.Order(), sources.Select(s => s.GetProperty("id").GetInt32()).Order());
        await ProvenanceAssert.PointsIntoItsArticleAsync(fixture.App, sources.Append(issue.GetProperty("source")));
    }

    [Fact]
    public async Task AnUnknownMeetingIsAProblem() =>
        (await fixture.App.GetAsync("/api/meetings/999999")).AssertProblem(HttpStatusCode.NotFound);

    private string Resolve(string query) => query
        .Replace("official=Wang", $"official={World.WangYi.Id}", StringComparison.Ordinal)
        .Replace("official=Blinken", $"official={World.Blinken.Id}", StringComparison.Ordinal);

    private int MeetingId(string counterpart) => counterpart switch
    {
        "Wang" => World.BlinkenWang.Id,
        "Xi" => World.BlinkenXi.Id,
        _ => World.YellenHe.Id,
    };
}
