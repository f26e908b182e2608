using System.Net;
using AngleSharp.Dom;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class HomePageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    private static string[] Titles(IDocument document) =>
        document.Texts(".visit h3");

    [Fact]
    public async Task ListsEveryVisitNewestFirst()
    {
        var page = await fixture.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Antony Blinken in China", "Janet Yellen in China"], Titles(page.Document));
    }

    [Fact]
    public async Task OldestFirstReversesTheOrderAndTheToggleLinksBack()
    {
        var page = await fixture.GetPageAsync("/?order=oldest");

        Assert.Equal(["Janet Yellen in China", "Antony Blinken in China"], Titles(page.Document));
        Assert.Equal("/", page.Document.QuerySelector("a.order-toggle")!.GetAttribute("href"));
    }

    [Fact]
    public async Task CardShowsDatesCitiesCountsAndTopIssues()
    {
        var page = await fixture.GetPageAsync("/");
        var card = page.Document.QuerySelector($"#visit-{World.BlinkenInChina.Id}")!;

        Assert.Equal("24 Apr 2024 – 26 Apr 2024", card.QuerySelector(".dates")!.TextContent);
        Assert.Contains("Shanghai → Beijing", card.QuerySelector(".cities")!.TextContent);
        Assert.Equal("2 meetings", card.QuerySelector(".meeting-count")!.TextContent);
        Assert.Equal("2 sources", card.QuerySelector(".source-count")!.TextContent);
        Assert.Equal(["/issues/fentanyl", "/issues/taiwan"], card.Hrefs(".issue-tags a").Order().ToArray());
        Assert.Equal($"/visits/{World.BlinkenInChina.Id}", card.QuerySelector("h3 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TimelineDrawsALinkedBarPerVisit()
    {
        var page = await fixture.GetPageAsync("/");
        var links = page.Document.QuerySelectorAll("svg.timeline a.timeline-visit");

        Assert.Equal(2, links.Length);
        Assert.Contains(links, a => a.GetAttribute("href") == $"/visits/{World.YellenInChina.Id}");
        Assert.All(links, a => Assert.False(string.IsNullOrEmpty(a.GetAttribute("aria-label"))));
        Assert.NotEmpty(page.Document.QuerySelectorAll("svg.timeline .tick-label"));
    }

    [Theory]
    [InlineData("/?issue=taiwan", "Antony Blinken in China")]
    [InlineData("/?issue=trade", "Janet Yellen in China")]
    [InlineData("/?status=planned", "Janet Yellen in China")]
    [InlineData("/?from=2024-01-01", "Antony Blinken in China")]
    [InlineData("/?to=2023-12-31", "Janet Yellen in China")]
    [InlineData("/?from=2024-04-26&to=2024-05-01", "Antony Blinken in China")]
    public async Task FiltersNarrowTheVisits(string url, string expected)
    {
        var page = await fixture.GetPageAsync(url);

        Assert.Equal([expected], Titles(page.Document));
        Assert.Single(page.Document.QuerySelectorAll("svg.timeline a.timeline-visit"));
    }

    [Fact]
    public async Task OfficialFilterFindsTripsAndMeetingsOfThatOfficial()
    {
        var traveller = await fixture.GetPageAsync($"/?official={World.Yellen.Id}");
        var host = await fixture.GetPageAsync($"/?official={World.Xi.Id}");

        Assert.Equal(["Janet Yellen in China"], Titles(traveller.Document));
        Assert.Equal(["Antony Blinken in China"], Titles(host.Document));
    }

    [Fact]
    public async Task CountryFilterMatchesHostAndTravellerCountry()
    {
        Assert.Equal(2, (await fixture.GetPageAsync("/?country=China")).Document.QuerySelectorAll(".visit").Length);
        Assert.Equal(2, (await fixture.GetPageAsync("/?country=United%20States")).Document.QuerySelectorAll(".visit").Length);
        Assert.Empty((await fixture.GetPageAsync("/?country=France")).Document.QuerySelectorAll(".visit"));
    }

    [Fact]
    public async Task FiltersCombine()
    {
        var both = await fixture.GetPageAsync($"/?issue=fentanyl&official={World.Blinken.Id}");
        var none = await fixture.GetPageAsync($"/?issue=trade&official={World.Blinken.Id}");

        Assert.Equal(["Antony Blinken in China"], Titles(both.Document));
        Assert.Empty(none.Document.QuerySelectorAll(".visit"));
        Assert.NotNull(none.Document.QuerySelector("p.empty a[href='/']"));
    }

    [Fact]
    public async Task FilterFormShowsTheChosenValues()
    {
        var page = await fixture.GetPageAsync($"/?issue=trade&status=planned&from=2023-01-01&official={World.Yellen.Id}");
        var form = page.Document.QuerySelector("form.filters")!;

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("trade", ((AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#filter-issue")!).Value);
        Assert.Equal("planned", ((AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#filter-status")!).Value);
        Assert.Equal(World.Yellen.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ((AngleSharp.Html.Dom.IHtmlSelectElement)form.QuerySelector("#filter-official")!).Value);
        Assert.Equal("2023-01-01", form.QuerySelector("#filter-from")!.GetAttribute("value"));
        Assert.All(form.QuerySelectorAll("select, input"), control => Assert.NotNull(page.Document.QuerySelector($"label[for='{control.Id}']")));
    }

    [Fact]
    public async Task UnreadableFilterValuesAreIgnored()
    {
        var page = await fixture.GetPageAsync("/?from=yesterday&status=maybe&official=x");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(2, page.Document.QuerySelectorAll(".visit").Length);
    }

    [Fact]
    public async Task NavigationLinksEverySection()
    {
        var page = await fixture.GetPageAsync("/");
        var nav = page.Document.QuerySelector("nav[aria-label='Main']")!;

        Assert.Equal(["/", "/countries", "/map", "/issues", "/officials", "/articles", "/disagreements", "/ingestion", "/corrections"], nav.Hrefs("a"));
        Assert.Equal("page", nav.QuerySelector("a[href='/']")!.GetAttribute("aria-current"));
        Assert.NotNull(page.Document.QuerySelector("header form[role='search'][action='/search'] input[name='q']"));
        Assert.NotNull(page.Document.QuerySelector("main#main"));
        Assert.Single(page.Document.QuerySelectorAll("h1"));
    }
}

public sealed class EmptyHomePageTests(EmptyFixture fixture) : IClassFixture<EmptyFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/issues")]
    [InlineData("/officials")]
    [InlineData("/articles")]
    [InlineData("/search?q=anything")]
    public async Task EmptyDatabaseShowsAnEmptyState(string url)
    {
        var page = await fixture.App.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("main .empty"));
        Assert.Null(page.Document.QuerySelector("svg.timeline"));
    }
}
