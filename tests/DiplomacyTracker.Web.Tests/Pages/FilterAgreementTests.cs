using System.Globalization;
using System.Net;
using CsvHelper;
using DiplomacyTracker.Web.Tests.Api;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The home page, its CSVs and the API read one filter the same way, and say so when a value is unusable.</summary>
public sealed class FilterAgreementTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task HomePageHasAKeywordBoxAndHonoursQ()
    {
        var none = await fixture.GetPageAsync("/?q=zzzz");
        var one = await fixture.GetPageAsync("/?q=Diaoyutai");

        Assert.Empty(none.Document.QuerySelectorAll(".visit"));
        Assert.Equal(["Antony Blinken in China"], one.Document.Texts(".visit h3"));
        Assert.Equal("Diaoyutai", one.Document.QuerySelector("form.filters input[name='q']")?.GetAttribute("value"));
        Assert.Equal("/api/visits?q=Diaoyutai", one.Document.Hrefs(".data-links a[type='application/json']").Single());
        Assert.Equal(0, (await fixture.App.GetAsync("/api/visits?q=zzzz")).Json.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("fentanyl")]
    [InlineData("taiwan")]
    [InlineData("trade")]
    public async Task AnIssueFindsTheSameMeetingsOnThePageInTheCsvAndInTheApi(string issue)
    {
        var page = await fixture.GetPageAsync("/?issue=" + issue);
        var onPage = page.Document.Texts(".visit .matching-count").Sum(t => int.Parse(t.Split(' ')[0], CultureInfo.InvariantCulture));
        var csv = await fixture.App.GetAsync(page.Document.Hrefs(".data-links a[href^='/api/meetings.csv']").Single());
        var api = await fixture.App.GetAsync("/api/meetings?issue=" + issue);

        Assert.Equal(page.Document.QuerySelectorAll(".visit").Length, page.Document.QuerySelectorAll(".visit .matching-count").Length);
        Assert.Equal(onPage, Rows(csv.Body).Count);
        Assert.Equal(onPage, api.Json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AVisitWhoseIssueCameUpOffTheMeetingsSaysNoneOfItsMeetingsMatch()
    {
        var page = await fixture.GetPageAsync("/?issue=fentanyl");

        Assert.Equal("0 match the filters", page.Document.QuerySelector($"#visit-{World.YellenInChina.Id} .matching-count")?.TextContent);
        Assert.Equal("1 matches the filters", page.Document.QuerySelector($"#visit-{World.BlinkenInChina.Id} .matching-count")?.TextContent);
    }

    [Theory]
    [InlineData("/?from=2024-13-01", "'from'")]
    [InlineData("/?from=2024-05-01&to=2024-04-01", "after 'to'")]
    [InlineData("/?issue=no-such-issue", "no issue 'no-such-issue'")]
    [InlineData("/?official=987654", "no official 987654")]
    [InlineData("/?country=Atlantis", "'Atlantis'")]
    public async Task AnUnusableValueGetsAVisibleMessageOnThePage(string url, string said)
    {
        var page = await fixture.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(said, page.Document.QuerySelector(".filter-problems[role='alert']")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?issue=no-such-issue")]
    [InlineData("/?official=987654")]
    [InlineData("/?country=Atlantis")]
    public async Task AnUnknownIssueOfficialOrCountryListsNothingRatherThanEverything(string url)
    {
        var page = await fixture.GetPageAsync(url);

        Assert.Empty(page.Document.QuerySelectorAll(".visit"));
        Assert.NotNull(page.Document.QuerySelector(".filter-problems"));
    }

    [Fact]
    public async Task ACountryMayBeWrittenInAnyCaseOrAsItsSlug()
    {
        var lower = await fixture.GetPageAsync("/?country=united-states");

        Assert.Null(lower.Document.QuerySelector(".filter-problems"));
        Assert.Equal(2, lower.Document.QuerySelectorAll(".visit").Length);
        Assert.Equal("/api/visits?country=United%20States", lower.Document.Hrefs(".data-links a[type='application/json']").Single());
    }

    [Fact]
    public async Task AVisitsCsvListsTheFilteredVisitsUnderANameThatSaysTheFilter()
    {
        var all = await fixture.App.GetAsync("/api/visits.csv");
        var trade = await fixture.App.GetAsync("/api/visits.csv?issue=trade&from=2023-01-01");
        var rows = Rows(trade.Body);

        Assert.Equal(HttpStatusCode.OK, trade.Status);
        Assert.Equal("text/csv", trade.MediaType);
        Assert.Equal("visits.csv", all.ContentHeaders.ContentDisposition!.FileName);
        Assert.Equal("visits-issue-trade-from-2023-01-01.csv", trade.ContentHeaders.ContentDisposition!.FileName);
        Assert.Equal(2, Rows(all.Body).Count);
        var yellen = Assert.Single(rows);
        Assert.Equal(World.YellenInChina.Id.ToString(CultureInfo.InvariantCulture), yellen["id"]);
        Assert.Equal("Janet Yellen", yellen["traveller"]);
        Assert.Equal("China", yellen["host_country"]);
        Assert.Equal("2023-07-06", yellen["start"]);
        Assert.Equal("1", yellen["meetings"]);
    }

    [Fact]
    public async Task TheMeetingsCsvIsNamedAfterItsFilter()
    {
        var response = await fixture.App.GetAsync("/api/meetings.csv?status=planned&issue=trade");

        Assert.Equal("meetings-issue-trade-status-planned.csv", response.ContentHeaders.ContentDisposition!.FileName);
    }

    [Fact]
    public async Task TheApiReferenceShowsTheRealSlugsCountriesAndIds()
    {
        var page = await fixture.GetPageAsync("/api");

        Assert.Equal(["fentanyl", "taiwan", "trade"], page.Document.Texts(".issue-slugs code"));
        Assert.Equal(["China", "United States"], page.Document.Texts(".country-names code"));
        Assert.Contains(World.Blinken.Id.ToString(CultureInfo.InvariantCulture), page.Document.Texts(".official-ids code"));
    }

    private static List<Dictionary<string, string>> Rows(string text)
    {
        using var reader = CsvReader.FromText(text, new CsvReaderOptions { MalformedData = CsvMalformedDataHandling.Throw });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(reader.Headers.ToDictionary(h => h, h => reader.GetString(h), StringComparer.Ordinal));
        }

        return rows;
    }
}
