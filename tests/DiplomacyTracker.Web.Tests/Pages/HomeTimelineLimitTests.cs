using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Tests.Infrastructure;
using HomePage = DiplomacyTracker.Web.Pages.IndexModel;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>More visits than the timeline draws: it draws the most recent and says so; the list still counts them all.</summary>
public sealed class HomeTimelineLimitTests : IAsyncLifetime
{
    private const int Visits = HomePage.TimelineLimit + 5;
    private readonly TrackerAppFactory _app = new();
    private readonly List<Visit> _visits = [];

    [Fact]
    public async Task TheTimelineDrawsTheMostRecentVisitsAndSaysItIsPartial()
    {
        var page = await _app.GetPageAsync("/");

        var drawn = page.Document.Hrefs("svg.timeline a.timeline-visit");
        Assert.Equal(200, drawn.Length);
        Assert.Equal(_visits.OrderByDescending(v => v.Start).Take(HomePage.TimelineLimit).Select(v => $"/visits/{v.Id}").Order(StringComparer.Ordinal),
            drawn.Order(StringComparer.Ordinal));
        Assert.Equal($"The {HomePage.TimelineLimit} most recent visits; the list below has them all.", page.Document.Texts(".timeline-note").Single());
        Assert.StartsWith($"{Visits} visits", page.Document.Texts(".result-summary").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFilterThatLeavesFewerVisitsDrawsThemAllWithoutTheNote()
    {
        var page = await _app.GetPageAsync("/?from=2024-12-01");

        Assert.NotEmpty(page.Document.QuerySelectorAll("svg.timeline a.timeline-visit"));
        Assert.Empty(page.Document.QuerySelectorAll(".timeline-note"));
    }

    public async Task InitializeAsync()
    {
        var traveller = new Official { Name = "Ana Lopes", NameKey = "ana lopes", Country = "Portugal" };
        var first = new DateOnly(2024, 1, 1);
        for (var n = 0; n < Visits; n++)
        {
            _visits.Add(new Visit { Traveler = traveller, HostCountry = "Spain", Cities = ["Madrid"], Start = first.AddDays(n * 2), End = first.AddDays(n * 2 + 1) });
        }

        await _app.SeedAsync(db => db.Visits.AddRange(_visits));
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }
}
