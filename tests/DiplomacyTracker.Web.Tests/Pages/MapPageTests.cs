using System.Text.Json;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class MapPageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    [Fact]
    public async Task TheMapDrawsTheWorldAndAnArcPerRouteLinkedToItsRelationship()
    {
        var page = await fixture.GetPageAsync("/map");
        var map = page.Document.QuerySelector("svg.world-map")!;

        Assert.True(map.QuerySelectorAll("path.country").Length > 150, "the world's outlines are drawn");
        Assert.Equal(["China"], map.QuerySelectorAll("path.country.host").Select(p => p.QuerySelector("title")!.TextContent).ToArray());
        var route = Assert.Single(map.QuerySelectorAll("a.route"));
        Assert.Equal("/countries/united-states/china", route.GetAttribute("href"));
        Assert.Equal("2 visits by officials of United States to China", route.GetAttribute("aria-label"));
        Assert.StartsWith("M", route.QuerySelector("path.arc")!.GetAttribute("d"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameRoutesAreATableBesideTheMap()
    {
        var page = await fixture.GetPageAsync("/map");

        var row = Assert.Single(page.Document.QuerySelectorAll("table.routes tr.route-row"));
        Assert.Equal(["United States", "China", "2", "24 Apr 2024"], row.Texts("td"));
        Assert.Equal("/countries/united-states/china", row.QuerySelector("a.route-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheMapFollowsTheFilters()
    {
        var later = await fixture.GetPageAsync("/map?from=2024-01-01");
        var trade = await fixture.GetPageAsync("/map?issue=trade");
        var unknown = await fixture.GetPageAsync("/map?country=Atlantis");

        Assert.Equal("1 visit by officials of United States to China", later.Document.QuerySelector("a.route")!.GetAttribute("aria-label"));
        Assert.Equal(["United States", "China", "1", "6 Jul 2023"], trade.Document.QuerySelector("tr.route-row")!.Texts("td"));
        Assert.Contains("'Atlantis'", unknown.Document.QuerySelector(".filter-problems")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/map?issue=trade", (await fixture.GetPageAsync("/?issue=trade")).Document.QuerySelector(".map-link a")!.GetAttribute("href"));
    }

    [Fact]
    public void TheOutlinesRecordTheirSourceAndLicence()
    {
        var file = Path.Combine(TrackerAppFactory.RepositoryRoot, "src", "DiplomacyTracker.Web", "wwwroot", "data", "world.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));

        Assert.Contains("Natural Earth", json.RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("public domain", json.RootElement.GetProperty("licence").GetString(), StringComparison.Ordinal);
    }
}

/// <summary>More routes than the map draws: 13 countries' officials each visiting the 12 others, one route twice.</summary>
public sealed class CrowdedMapTests(EmptyFixture fixture) : IClassFixture<EmptyFixture>
{
    private static readonly string[] Names =
        ["France", "Japan", "Brazil", "India", "Kenya", "Mexico", "Canada", "Egypt", "Chile", "Peru", "Spain", "Italy", "Ghana"];

    [Fact]
    public async Task OnlyTheMostTravelledRoutesAreDrawnAndListed()
    {
        await fixture.App.SeedAsync(db =>
        {
            foreach (var home in Names)
            {
                var official = new DiplomacyTracker.Domain.Official { Name = "Minister of " + home, NameKey = "minister of " + home.ToLowerInvariant(), Country = home };
                foreach (var host in Names.Where(h => h != home))
                {
                    db.Visits.Add(new DiplomacyTracker.Domain.Visit { Traveler = official, HostCountry = host, Start = new DateOnly(2024, 1, 1) });
                }

                if (home == "Ghana")
                {
                    db.Visits.Add(new DiplomacyTracker.Domain.Visit { Traveler = official, HostCountry = "Japan", Start = new DateOnly(2024, 2, 1) });
                }
            }
        });

        var page = await fixture.App.GetPageAsync("/map");

        Assert.Equal(DiplomacyTracker.Web.Pages.Map.IndexModel.RouteLimit, page.Document.QuerySelectorAll("svg.world-map a.route").Length);
        Assert.Equal(DiplomacyTracker.Web.Pages.Map.IndexModel.RouteLimit, page.Document.QuerySelectorAll("tr.route-row").Length);
        Assert.Equal(["Ghana", "Japan", "2", "1 Feb 2024"], page.Document.QuerySelector("tr.route-row")!.Texts("td"));
        Assert.Contains("157 visits on 156 routes; the 150 most travelled", page.Document.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }
}
