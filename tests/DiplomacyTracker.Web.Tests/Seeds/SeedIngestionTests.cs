using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Seeds;

/// <summary>What a new user sees: the first start ingests seeds/ and the home page shows what they report.</summary>
public sealed class SeedIngestionTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public async Task FirstStartIngestsEverySeedArticle()
    {
        var seeds = Directory.GetFiles(Path.Combine(TrackerAppFactory.RepositoryRoot, "seeds")).Select(Path.GetFileName).Order().ToList();

        var stored = await app.QueryAsync(db => db.Articles.Select(a => a.SourcePath).ToListAsync());

        Assert.Equal(seeds, stored.Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task SeedsYieldVisitsMeetingsOfficialsAndIssues()
    {
        var counts = await app.QueryAsync(async db => new
        {
            Visits = await db.Visits.CountAsync(),
            Meetings = await db.Meetings.CountAsync(),
            Officials = await db.Officials.CountAsync(),
            Mentions = await db.IssueMentions.CountAsync(),
        });

        Assert.True(counts.Visits >= 2, $"{counts.Visits} visits");
        Assert.True(counts.Meetings >= 3, $"{counts.Meetings} meetings");
        Assert.True(counts.Officials >= 5, $"{counts.Officials} officials");
        Assert.True(counts.Mentions >= 5, $"{counts.Mentions} issue mentions");
    }

    [Fact]
    public async Task EveryExcerptIsTheVerbatimTextAtItsOffsets()
    {
        var excerpts = await app.QueryAsync(db => db.Excerpts.Select(e => new { e.Start, e.Length, e.Text, ArticleText = e.Article.Text }).ToListAsync());

        Assert.NotEmpty(excerpts);
        Assert.All(excerpts, e => Assert.Equal(e.Text, e.ArticleText.Substring(e.Start, e.Length)));
    }

    [Fact]
    public async Task EveryMeetingAndIssueMentionHasASourceSentence()
    {
        var meetingsWithoutSource = await app.QueryAsync(db => db.Meetings.CountAsync(m => !m.Reports.Any()));
        var sentences = await app.QueryAsync(db => db.MeetingReports.Select(r => r.Excerpt.Text).ToListAsync());

        Assert.Equal(0, meetingsWithoutSource);
        Assert.All(sentences, s => Assert.True(s.Trim().Length > 20 && !s.Contains("\n\n", StringComparison.Ordinal), s));
    }

    [Fact]
    public async Task HomePageListsTheSeedVisitsAndTheirPagesLinkToTheSentences()
    {
        var visits = await app.QueryAsync(db => db.Visits.Select(v => new { v.Id, v.Traveler.Name, v.HostCountry }).ToListAsync());

        var page = await app.GetPageAsync("/");

        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        foreach (var visit in visits)
        {
            var card = page.Document.QuerySelector($"#visit-{visit.Id}");
            Assert.NotNull(card);
            Assert.Contains(visit.Name, card.QuerySelector(".traveler")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(visit.HostCountry, card.QuerySelector(".host")!.TextContent.Trim());
        }

        // The cards link to the visit pages, where every meeting quotes its sentences.
        var visitPage = await app.GetPageAsync(page.Document.QuerySelector(".visit h3 a")!.GetAttribute("href")!);
        var link = visitPage.Document.QuerySelector("a.source");
        Assert.NotNull(link);
        var href = link.GetAttribute("href")!;
        var article = await app.GetPageAsync(href);
        var mark = article.Document.GetElementById(href[(href.IndexOf('#') + 1)..]);
        Assert.NotNull(mark);
        Assert.Equal("MARK", mark.TagName);
        Assert.Equal(link.TextContent.Trim('“', '”'), mark.TextContent);
    }
}
