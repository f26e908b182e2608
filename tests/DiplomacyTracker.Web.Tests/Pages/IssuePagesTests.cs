using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class IssuePagesTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task IndexListsIssuesMostRaisedFirstWithCounts()
    {
        var page = await fixture.GetPageAsync("/issues");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["/issues/fentanyl", "/issues/taiwan", "/issues/trade"], page.Document.Hrefs(".issue h2 a"));
        Assert.Equal("2 visits", page.Document.QuerySelector(".issue .visit-count")!.TextContent);
    }

    [Fact]
    public async Task IssuePageFollowsTheIssueFromTripToTripOldestFirst()
    {
        var page = await fixture.GetPageAsync("/issues/fentanyl");
        var occasions = page.Document.QuerySelectorAll(".chronology .occasion");

        Assert.Equal(2, occasions.Length);
        Assert.Contains("on-visit", occasions[0].ClassList);
        Assert.Equal($"/visits/{World.YellenInChina.Id}", occasions[0].QuerySelector(".visit-ref a")!.GetAttribute("href"));
        Assert.Contains("at-meeting", occasions[1].ClassList);
        Assert.Equal($"/meetings/{World.BlinkenWang.Id}", occasions[1].QuerySelector(".meeting-ref a")!.GetAttribute("href"));
        Assert.Equal($"/articles/{World.Voa.Id}#excerpt-{World.FentanylRaised.Id}", occasions[1].QuerySelector("a.source")!.GetAttribute("href"));
    }

    [Fact]
    public async Task IssuePageSaysWhoRaisedItWhenTheTextDoes()
    {
        var page = await fixture.GetPageAsync("/issues/fentanyl");

        Assert.Equal([$"/officials/{World.Blinken.Id}"], page.Document.Hrefs(".raised-by a"));
    }

    [Fact]
    public async Task IssuePageLinksToTheFilteredVisits() =>
        Assert.NotEmpty((await fixture.GetPageAsync("/issues/trade")).Document.Hrefs("main a[href='/?issue=trade']"));

    [Fact]
    public async Task UnknownIssueIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetPageAsync("/issues/no-such-issue")).Status);
}
