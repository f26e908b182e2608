using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

public sealed class DataLinksTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task TheTimelineOffersItsFiltersInEveryFormat()
    {
        var page = await fixture.GetPageAsync("/?issue=fentanyl&status=held&from=2024-01-01&order=oldest&page=1");

        Assert.Equal(
            [
                "/api/meetings.csv?issue=fentanyl&from=2024-01-01&status=held",
                "/api/visits.csv?issue=fentanyl&from=2024-01-01&status=held",
                "/calendar.ics?issue=fentanyl&from=2024-01-01&status=held",
                "/feed.atom?issue=fentanyl&from=2024-01-01&status=held",
                "/api/visits?issue=fentanyl&from=2024-01-01&status=held",
                "/api",
            ],
            page.Document.Hrefs(".data-links a"));
        Assert.Equal("/feed.atom?issue=fentanyl&from=2024-01-01&status=held",
            page.Document.QuerySelector("head link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task AValueThePageIgnoresIsNotPassedOn()
    {
        var page = await fixture.GetPageAsync("/?from=notadate&country=China");

        Assert.Equal("/api/visits?country=China", page.Document.Hrefs(".data-links a[type='application/json']").Single());
    }

    [Fact]
    public async Task IssueAndOfficialPagesOfferTheirOwnData()
    {
        var issue = await fixture.GetPageAsync("/issues/taiwan");
        var official = await fixture.GetPageAsync($"/officials/{World.Xi.Id}");

        Assert.Contains("/calendar.ics?issue=taiwan", issue.Document.Hrefs(".data-links a"));
        Assert.Equal("/feed.atom?issue=taiwan", issue.Document.QuerySelector("head link[rel=alternate]")?.GetAttribute("href"));
        Assert.Contains($"/api/meetings.csv?official={World.Xi.Id}", official.Document.Hrefs(".data-links a"));
        Assert.Equal($"/feed.atom?official={World.Xi.Id}", official.Document.QuerySelector("head link[rel=alternate]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TheLinksLeadToDataThatMatchesThePage()
    {
        var page = await fixture.GetPageAsync("/?issue=taiwan");
        var json = await fixture.App.GetAsync(page.Document.Hrefs(".data-links a[type='application/json']").Single());

        Assert.Equal([World.BlinkenInChina.Id], json.ItemIds);
        Assert.Equal(page.Document.Hrefs(".visits .visit h3 a"), json.Json.GetProperty("items").EnumerateArray().Select(v => v.GetProperty("href").GetString()!).ToArray());
    }

    [Fact]
    public async Task PagesWithoutFiltersAnnounceNoFeed()
    {
        var page = await fixture.GetPageAsync("/articles");

        Assert.Null(page.Document.QuerySelector("head link[rel=alternate]"));
    }
}
