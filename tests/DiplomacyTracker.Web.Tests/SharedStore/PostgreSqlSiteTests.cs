using System.Net;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using DiplomacyTracker.Web.Tests.Infrastructure;
using DiplomacyTracker.Web.Tests.Seeds;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.SharedStore;

/// <summary>
/// The whole site on PostgreSQL, as a new user of a shared deployment meets it: the seeds ingested on first start,
/// scored by the reference scorer as on SQLite, and every page, feed and API answering.
/// </summary>
public sealed class PostgreSqlSiteTests
{
    [SharedServerFact]
    public async Task TheSeedsOnPostgreSqlScoreAsOnSqliteAndEveryPageAnswers()
    {
        using var app = new TrackerAppFactory(ingestSeeds: true, engine: StoreProvider.PostgreSQL);
        _ = app.Server;

        await ExtractionScore.AssertFloorsAsync(app, Path.Combine(ExtractionScore.Eval, "seeds.gold.json"), "seeds",
            [("visits.f1", 1.0), ("meetings.f1", 1.0), ("meetings.date_exact", 1.0), ("officials.f1", 1.0), ("issues.f1", 1.0)]);

        var (visit, meeting, official, article, issue, country) = await app.QueryAsync(async db => (
            await db.Visits.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(),
            await db.Meetings.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(),
            await db.Officials.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(),
            await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(),
            await db.IssueMentions.OrderBy(m => m.Id).Select(m => m.Issue.Slug).FirstAsync(),
            await db.Visits.OrderBy(v => v.Id).Select(v => v.HostCountry).FirstAsync()));
        string[] paths =
        [
            "/", "/?q=trade", "/articles", $"/articles/{article}", "/officials", $"/officials/{official}", "/issues", $"/issues/{issue}",
            $"/visits/{visit}", $"/meetings/{meeting}", "/countries", "/map", "/disagreements", "/search?q=trade", "/search?q=Blinken&in=articles",
            "/api/visits", $"/api/visits/{visit}", "/api/meetings", $"/api/meetings/{meeting}", "/api/officials", $"/api/officials/{official}",
            "/api/articles", $"/api/articles/{article}", $"/api/issues/{issue}", "/api/visits.csv", "/api/meetings.csv", "/api/visits?q=trade",
            "/feed.atom", "/calendar.ics", "/corrections",
        ];
        using var client = app.CreateClient();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }

        Assert.NotNull(country);
    }
}
