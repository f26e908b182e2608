using DiplomacyTracker.Web.Browsing;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Browsing;

public sealed class FiltersTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    private Task<List<int>> MeetingIds(BrowseFilter filter) =>
        fixture.App.QueryAsync(db => filter.ApplyTo(db.Meetings.AsNoTracking()).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());

    [Fact]
    public async Task MeetingFiltersCombine()
    {
        Assert.Equal([World.BlinkenWang.Id], await MeetingIds(new BrowseFilter { Issue = "fentanyl" }));
        Assert.Equal([World.YellenHe.Id], await MeetingIds(new BrowseFilter { Status = Domain.MeetingStatus.Planned }));
        Assert.Equal([World.BlinkenXi.Id], await MeetingIds(new BrowseFilter { Official = World.Xi.Id, Country = "China", From = new DateOnly(2024, 4, 26), To = new DateOnly(2024, 4, 26) }));
        Assert.Empty(await MeetingIds(new BrowseFilter { Official = World.Xi.Id, Status = Domain.MeetingStatus.Planned }));
    }

    [Fact]
    public void EmptyFilterIsEmpty()
    {
        Assert.True(new BrowseFilter().IsEmpty);
        Assert.False(new BrowseFilter { Country = "China" }.IsEmpty);
    }
}
