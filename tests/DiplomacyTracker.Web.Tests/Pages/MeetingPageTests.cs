using System.Net;
using DiplomacyTracker.Web.Pages.Meetings;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class MeetingPageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task ParticipantsCarryTheTitleTheyHeldThatDay()
    {
        var page = await fixture.GetPageAsync($"/meetings/{World.BlinkenWang.Id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Antony Blinken, Secretary of State (United States)", "Wang Yi, Foreign Minister (China)"],
            page.Document.Texts(".participants .participant"));
        Assert.Equal([$"/officials/{World.Blinken.Id}", $"/officials/{World.WangYi.Id}"], page.Document.Hrefs(".participants a[href^='/officials/']"));
    }

    [Fact]
    public async Task EverySourceGetsItsOwnColumn()
    {
        var page = await fixture.GetPageAsync($"/meetings/{World.BlinkenWang.Id}");
        var columns = page.Document.QuerySelectorAll(".source-columns .source-column");

        Assert.Equal(2, columns.Length);
        Assert.Equal(["VOA", "Reuters"], page.Document.Texts(".source-column .publisher"));
        Assert.Equal($"/articles/{World.Voa.Id}#excerpt-{World.WangMeetingVoa.Id}", columns[0].QuerySelector("a.source")!.GetAttribute("href"));
        Assert.Contains("reported by 2 articles", page.Document.QuerySelector(".corroboration")!.TextContent);
        Assert.Equal($"/visits/{World.BlinkenInChina.Id}", page.Document.QuerySelector(".breadcrumb a[href^='/visits/']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task IssuesRaisedAtTheMeetingAreListed()
    {
        var page = await fixture.GetPageAsync($"/meetings/{World.BlinkenWang.Id}");

        Assert.Equal(["/issues/fentanyl"], page.Document.Hrefs(".issue-lines a.issue-tag"));
        Assert.Contains("Antony Blinken", page.Document.QuerySelector(".raised-by")!.TextContent);
    }

    [Fact]
    public async Task PlannedMeetingSaysSo()
    {
        var page = await fixture.GetPageAsync($"/meetings/{World.YellenHe.Id}");

        Assert.Contains("status-planned", page.Document.QuerySelector(".meeting-page")!.ClassList);
    }

    [Fact]
    public async Task UnknownMeetingIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetPageAsync("/meetings/424242")).Status);

    [Theory]
    [InlineData("2024-04-26", "Secretary of State")]
    [InlineData("2016-05-01", "Deputy Secretary of State")]
    [InlineData("2010-01-01", "Deputy Secretary of State")]
    [InlineData(null, "Deputy Secretary of State")]
    public void TitleIsTheLatestOnOrBeforeTheDateElseTheNearestLater(string? date, string expected)
    {
        DetailsModel.TitleAt[] titles = [new("Secretary of State", new DateOnly(2021, 1, 26)), new("Deputy Secretary of State", new DateOnly(2015, 1, 9))];

        Assert.Equal(expected, DetailsModel.TitleOn(titles, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void UndatedTitleIsUsedWhenNoneIsDatedBefore()
    {
        DetailsModel.TitleAt[] titles = [new("President", null), new("Chairman", new DateOnly(2030, 1, 1))];

        Assert.Equal("President", DetailsModel.TitleOn(titles, new DateOnly(2024, 1, 1)));
    }
}
