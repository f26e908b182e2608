using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class IssueTrendTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task EveryIssueHasASparklineOverTheSameMonths()
    {
        var page = await fixture.GetPageAsync("/issues");
        var lines = page.Document.QuerySelectorAll(".issue svg.sparkline");

        Assert.Equal(3, lines.Length);
        // Jul 2023 (Yellen's trip) to Apr 2024 (Blinken's): ten months, one point each.
        Assert.All(lines, l => Assert.Equal(10, l.QuerySelector("polyline")!.GetAttribute("points")!.Split(' ').Length));
        var fentanyl = page.Document.QuerySelectorAll(".issue").Single(i => i.QuerySelector("h2")!.TextContent == "Fentanyl");
        Assert.Equal("2 mentions from Jul 2023 to Apr 2024, most in Jul 2023 (1)", fentanyl.QuerySelector("svg.sparkline")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task SparklinesFollowTheFilters()
    {
        var page = await fixture.GetPageAsync("/issues?from=2024-01-01");
        string Label(string name) => page.Document.QuerySelectorAll(".issue").Single(i => i.QuerySelector("h2")!.TextContent == name)
            .QuerySelector("svg.sparkline")!.GetAttribute("aria-label")!;

        Assert.Equal("1 mention from Apr 2024 to Apr 2024, most in Apr 2024 (1)", Label("Fentanyl"));
        Assert.Equal("No mentions in this period", Label("Trade"));
        Assert.Equal("/issues/fentanyl?from=2024-01-01", page.Document.QuerySelectorAll(".issue h2 a").Single(a => a.TextContent == "Fentanyl").GetAttribute("href"));
        Assert.Equal("2024-01-01", page.Document.QuerySelector("form.trend-filters #trend-from")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AnIssuePageChartsItsMonthsAndEachBarLinksToThatMonthsVisits()
    {
        var page = await fixture.GetPageAsync("/issues/fentanyl");
        var bars = page.Document.QuerySelectorAll("svg.month-chart a.month-bar");

        Assert.Equal(["Jul 2023: 1 mention", "Apr 2024: 1 mention"], bars.Select(b => b.GetAttribute("aria-label")!).ToArray());
        Assert.Equal("/?issue=fentanyl&from=2024-04-01&to=2024-04-30", bars[1].GetAttribute("href"));
        Assert.Equal(2, page.Document.QuerySelector("svg.month-chart")!.QuerySelectorAll("rect").Length);
    }

    [Fact]
    public async Task AnIssuePageFollowsItsFiltersAndSaysWhatItCannotUse()
    {
        var later = await fixture.GetPageAsync("/issues/fentanyl?from=2024-01-01");
        var unknown = await fixture.GetPageAsync("/issues/fentanyl?country=Atlantis");

        Assert.Single(later.Document.QuerySelectorAll("svg.month-chart a.month-bar"));
        Assert.Single(later.Document.QuerySelectorAll(".chronology .occasion"));
        Assert.Contains("'Atlantis'", unknown.Document.QuerySelector(".filter-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(unknown.Document.QuerySelectorAll("svg.month-chart a.month-bar"));
    }
}
