using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class OutletTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task SeedsThatNameTheirOutletShowItOnTheirPagesAndExcerpts()
    {
        var outlets = await app.QueryAsync(db => db.Articles.OrderBy(a => a.SourcePath).Select(a => a.Publisher).ToListAsync());
        Assert.Equal(["Voice of America", "U.S. Department of State", null, "DW", "Associated Press"], outlets);

        var meeting = await app.QueryAsync(db => db.MeetingReports.Where(r => r.Excerpt.Article.Publisher == "DW").Select(r => r.MeetingId).FirstAsync());
        var page = await app.GetPageAsync($"/meetings/{meeting}");
        Assert.Contains("DW", page.Document.QuerySelectorAll(".source-column .publisher").Select(p => p.TextContent));
        Assert.Contains("DW", page.Document.QuerySelectorAll(".excerpt-outlet").Select(p => p.TextContent.Trim('—', ' ')));
    }
}
