using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class CountryPagesTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task CountriesListsEveryCountryWithVisitsMadeAndReceived()
    {
        var page = await fixture.GetPageAsync("/countries");
        var rows = page.Document.QuerySelectorAll("tr.country-row");

        Assert.Equal(["China", "United States"], rows.Select(r => r.QuerySelector("th a")!.TextContent).ToArray());
        var china = rows.Single(r => r.QuerySelector("th")!.TextContent == "China");
        Assert.Equal("/countries/china", china.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal(("0", "2"), (china.QuerySelector(".made")!.TextContent, china.QuerySelector(".received")!.TextContent));
        var us = rows.Single(r => r.QuerySelector("th")!.TextContent == "United States");
        Assert.Equal(("2", "0"), (us.QuerySelector(".made")!.TextContent, us.QuerySelector(".received")!.TextContent));
    }

    [Fact]
    public async Task ACountryShowsItsPartnersOfficialsIssuesAndYears()
    {
        var page = await fixture.GetPageAsync("/countries/china");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("China", page.Document.QuerySelector("h1")!.TextContent);
        var partner = page.Document.QuerySelector("tr.partner")!;
        Assert.Equal("/countries/china/united-states", partner.QuerySelector("a.relationship")!.GetAttribute("href"));
        Assert.Equal(("0", "2"), (partner.QuerySelector(".made")!.TextContent, partner.QuerySelector(".received")!.TextContent));
        Assert.Equal(["He Lifeng", "Wang Yi", "Xi Jinping"], page.Document.Texts(".country-officials a").Order().ToArray());
        Assert.Equal("Fentanyl 2", page.Document.Texts(".issue-tags a").First());
        Assert.Equal(["2024", "2023"], page.Document.Texts("tr.year th"));
    }

    [Fact]
    public async Task ARelationshipShowsEveryVisitBothWaysItsMeetingsAndIssuesByYear()
    {
        var page = await fixture.GetPageAsync("/countries/united-states/china");

        Assert.Equal("United States and China", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Antony Blinken in China", "Janet Yellen in China"], page.Document.Texts(".relationship-visit h3"));
        Assert.Equal(2, page.Document.QuerySelectorAll("svg.timeline a.timeline-visit").Length);
        Assert.Contains($"/meetings/{World.BlinkenWang.Id}", page.Document.Hrefs(".relationship-visit .meetings a"));
        Assert.Equal(["2023", "2024"], page.Document.Texts("table.issue-years thead th.num").Take(2).ToArray());
        var fentanyl = page.Document.QuerySelectorAll("tr.issue-year").Single(r => r.QuerySelector("th")!.TextContent == "Fentanyl");
        Assert.Equal("2", fentanyl.QuerySelector(".total")!.TextContent);
        Assert.Contains("2 visits by officials of United States to China", page.Document.QuerySelector(".a-to-b")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/countries/atlantis")]
    [InlineData("/countries/china/china")]
    [InlineData("/countries/china/atlantis")]
    public async Task AnUnknownCountryOrPairIsNotFound(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetPageAsync(url)).Status);

    [Fact]
    public async Task CountriesAreLinkedWhereverTheyAreNamed()
    {
        var home = await fixture.GetPageAsync("/");
        var visit = await fixture.GetPageAsync($"/visits/{World.BlinkenInChina.Id}");
        var meeting = await fixture.GetPageAsync($"/meetings/{World.BlinkenWang.Id}");
        var official = await fixture.GetPageAsync($"/officials/{World.Blinken.Id}");
        var officials = await fixture.GetPageAsync("/officials");

        var card = home.Document.QuerySelector($"#visit-{World.BlinkenInChina.Id}")!;
        Assert.Equal("/countries/china", card.QuerySelector("a.country")!.GetAttribute("href"));
        Assert.Equal("/countries/united-states/china", card.QuerySelector("a.relationship")!.GetAttribute("href"));
        Assert.Equal("/countries/china", visit.Document.QuerySelector("h1 a.country")!.GetAttribute("href"));
        Assert.Contains("/countries/united-states/china", visit.Document.Hrefs("a.relationship"));
        Assert.Contains("/countries/china", meeting.Document.Hrefs(".participant .country a"));
        Assert.Equal("/countries/united-states", official.Document.QuerySelector(".meta .country a")!.GetAttribute("href"));
        Assert.Contains("/countries/china", officials.Document.Hrefs("table.officials a.country"));
    }
}
