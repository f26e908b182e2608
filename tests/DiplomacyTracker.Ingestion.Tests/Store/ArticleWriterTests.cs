using DiplomacyTracker.Tests;
using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

public sealed class ArticleWriterTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";
    private const string Plan = "2025-03-05: Anna Berg (Sweden) in Chile will meet Marta Ruiz (Chile).";
    private const string Held = "2025-03-05: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about climate.";

    private StoreFixture _store = null!;

    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(new ScriptedExtractor(), engine: engine);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task IngestedArticleIsStoredWithItsFactsAndVerbatimProvenance(StoreProvider engine)
    {
        Open(engine);
        var outcome = await _store.IngestAsync("news/a.txt", $"Headline\n\n{Talks}\n");

        Assert.Equal(IngestStatus.Ingested, outcome.Status);
        await using var db = _store.Db();
        var article = await db.Articles.Include(a => a.Excerpts).SingleAsync();
        Assert.Equal("news/a.txt", article.SourcePath);
        Assert.Equal(64, article.ContentHash.Length);
        Assert.All(article.Excerpts, e => Assert.Equal(e.Text, article.Text.Substring(e.Start, e.Length)));

        var meeting = await db.Meetings.Include(m => m.Participants).Include(m => m.Reports).ThenInclude(r => r.Excerpt).SingleAsync();
        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal(new DateOnly(2025, 3, 4), meeting.Date);
        Assert.Equal(["Anna Berg", "Luis Soto"], meeting.Participants.Select(p => p.Name).Order());
        Assert.Equal(Talks, Assert.Single(meeting.Reports).Excerpt.Text);

        var visit = await db.Visits.Include(v => v.Traveler).SingleAsync();
        Assert.Equal(("Anna Berg", "Chile"), (visit.Traveler.Name, visit.HostCountry));
        Assert.Equal(meeting.VisitId, visit.Id);

        var mention = await db.IssueMentions.Include(m => m.Issue).Include(m => m.RaisedBy).SingleAsync();
        Assert.Equal(("trade", meeting.Id, "Anna Berg"), (mention.Issue.Slug, mention.MeetingId!.Value, mention.RaisedBy!.Name));
        Assert.Equal("Sweden", (await db.Officials.SingleAsync(o => o.Name == "Anna Berg")).Country);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task SameContentTwiceIsOneArticle(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var again = await _store.IngestAsync("copy-of-a.txt", Talks);

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        await using var db = _store.Db();
        Assert.Equal(1, await db.Articles.CountAsync());
        Assert.Equal(1, await db.Meetings.CountAsync());
        Assert.Equal(1, await db.MeetingReports.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ChangedFileReplacesItsOldFacts(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var outcome = await _store.IngestAsync("a.txt", Held);

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        await using var db = _store.Db();
        Assert.Equal(Held, (await db.Articles.SingleAsync()).Text);
        var meeting = await db.Meetings.Include(m => m.Participants).SingleAsync();
        Assert.Contains(meeting.Participants, p => p.Name == "Marta Ruiz");
        Assert.False(await db.Officials.AnyAsync(o => o.Name == "Luis Soto"));
        Assert.Equal(["climate"], await db.IssueMentions.Select(m => m.Issue.Slug).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task MeetingReportedByTwoArticlesIsOneMeetingWithTwoSources(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "Wire copy.\n" + Talks);

        await using var db = _store.Db();
        var meeting = await db.Meetings.Include(m => m.Reports).ThenInclude(r => r.Excerpt).SingleAsync();
        Assert.Equal(2, meeting.Reports.Select(r => r.Excerpt.ArticleId).Distinct().Count());
        Assert.Equal(1, await db.Visits.CountAsync());
        Assert.Equal(2, await db.VisitReports.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task PlannedMeetingLaterReportedAsHeldBecomesHeld(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("preview.txt", Plan);
        await using (var db = _store.Db())
        {
            Assert.Equal(MeetingStatus.Planned, (await db.Meetings.SingleAsync()).Status);
        }

        await _store.IngestAsync("report.txt", Held);
        await using (var db = _store.Db())
        {
            var meeting = await db.Meetings.Include(m => m.Reports).SingleAsync();
            Assert.Equal(MeetingStatus.Held, meeting.Status);
            Assert.Equal(2, meeting.Reports.Count);
        }
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ReplacingOneSourceKeepsWhatAnotherSourceStillReports(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "Second outlet.\n" + Talks);
        await _store.IngestAsync("b.txt", Plan);

        await using var db = _store.Db();
        var meetings = await db.Meetings.Include(m => m.Participants).Include(m => m.Reports).ToListAsync();
        Assert.Equal(2, meetings.Count);
        Assert.Single(meetings.Single(m => m.Participants.Any(p => p.Name == "Luis Soto")).Reports);
        var visit = await db.Visits.Include(v => v.Reports).SingleAsync();
        Assert.Equal((new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 5)), (visit.Start!.Value, visit.End!.Value));
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x48, 0x69, 0xC3, 0x28 }, "UTF-8")]
    public async Task UnreadableFileFailsWithAReasonAndStoresNothing(byte[] content, string reason)
    {
        // Reading the input, which is the same on either engine.
        Open(StoreProvider.Sqlite);
        await _store.IngestAsync("good.txt", Talks);

        var outcome = await _store.Ingestor.IngestAsync("bad.txt", content, CancellationToken.None);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Contains(reason, outcome.Message, StringComparison.OrdinalIgnoreCase);
        await using var db = _store.Db();
        Assert.Equal(["good.txt"], await db.Articles.Select(a => a.SourcePath).ToListAsync());
    }
}
