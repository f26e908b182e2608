using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class VisitPageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task AFactsPageSetsNoCookieForAReaderSoTheOutputCacheCanKeepIt()
    {
        using var client = fixture.App.CreateClient();
        foreach (var path in (string[])[$"/visits/{World.BlinkenInChina.Id}", $"/meetings/{World.BlinkenXi.Id}", $"/officials/{World.Blinken.Id}"])
        {
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var v) ? v : [])}");
        }
    }

    [Fact]
    public async Task ItineraryListsEveryDayOfTheTripWithItsMeetings()
    {
        var page = await fixture.GetPageAsync($"/visits/{World.BlinkenInChina.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Day 1 · Wednesday 24 April 2024", "Day 2 · Thursday 25 April 2024", "Day 3 · Friday 26 April 2024"],
            page.Document.Texts(".itinerary .day > h3"));
        var friday = page.Document.QuerySelector("#day-2024-04-26")!;
        Assert.Equal(2, friday.QuerySelectorAll(".meeting").Length);
        Assert.NotNull(page.Document.QuerySelector("#day-2024-04-24 .empty"));
    }

    [Fact]
    public async Task MeetingShowsParticipantsVenueStatusIssuesAndCorroboration()
    {
        var page = await fixture.GetPageAsync($"/visits/{World.BlinkenInChina.Id}");
        var meeting = page.Document.QuerySelector($"#meeting-{World.BlinkenWang.Id}")!;

        Assert.Contains("status-held", meeting.ClassList);
        Assert.Equal([$"/officials/{World.Blinken.Id}", $"/officials/{World.WangYi.Id}"], meeting.Hrefs("a.participant"));
        Assert.Equal("Diaoyutai State Guesthouse", meeting.QuerySelector(".venue")!.TextContent);
        Assert.Contains("Beijing", meeting.QuerySelector(".city")!.TextContent);
        Assert.Equal("· reported by 2 articles", meeting.QuerySelector(".corroboration")!.TextContent);
        Assert.Equal(["/issues/fentanyl"], meeting.Hrefs(".issue-line a.issue-tag"));
        Assert.Contains("raised by Antony Blinken", meeting.QuerySelector(".raised-by")!.TextContent);
        Assert.Equal(
            [$"/articles/{World.Voa.Id}#excerpt-{World.WangMeetingVoa.Id}", $"/articles/{World.Reuters.Id}#excerpt-{World.WangMeetingReuters.Id}"],
            meeting.Hrefs(".evidence a.source"));
    }

    [Fact]
    public async Task PlannedMeetingIsMarkedPlanned()
    {
        var page = await fixture.GetPageAsync($"/visits/{World.YellenInChina.Id}");
        var meeting = page.Document.QuerySelector($"#meeting-{World.YellenHe.Id}")!;

        Assert.Contains("status-planned", meeting.ClassList);
        Assert.Equal("planned", meeting.QuerySelector(".status")!.TextContent);
    }

    [Fact]
    public async Task VisitLevelIssuesQuotesAndSourcesAreListed()
    {
        var yellen = await fixture.GetPageAsync($"/visits/{World.YellenInChina.Id}");
        var blinken = await fixture.GetPageAsync($"/visits/{World.BlinkenInChina.Id}");

        Assert.Equal(["/issues/fentanyl"], yellen.Document.Hrefs("section[aria-labelledby='visit-issues-title'] a.issue-tag"));
        Assert.Single(blinken.Document.QuerySelectorAll(".quotes .quote"));
        Assert.Equal([$"/articles/{World.Voa.Id}", $"/articles/{World.Reuters.Id}"], blinken.Document.Hrefs(".source-list a"));
        Assert.Equal(["VOA", "Reuters"], blinken.Document.Texts(".source-list .publisher"));
    }

    [Fact]
    public async Task HeadingsDescendInOrder()
    {
        var page = await fixture.GetPageAsync($"/visits/{World.BlinkenInChina.Id}");
        var levels = page.Document.QuerySelectorAll("main h1, main h2, main h3, main h4").Select(h => h.LocalName[1] - '0').ToList();

        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} followed by h{pair.Second}"));
    }

    [Fact]
    public async Task UnknownVisitIsNotFound()
    {
        var page = await fixture.GetPageAsync("/visits/999999");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Not found", page.Document.QuerySelector("h1")!.TextContent);
    }
}
