using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

public sealed class ReextractionTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";
    private const string Wire = "Wire copy.\n2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile).";

    private readonly SwitchableExtractor _extractor = new(new ScriptedExtractor());
    private StoreFixture _store = null!;


    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(_extractor, engine: engine);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ReextractionFollowsTheNewExtractorAndKeepsArticleIdsAndText(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", Wire);
        var before = await ArticlesAsync();

        _extractor.Current = new BlindExtractor();
        var outcomes = await _store.ReextractAllAsync();

        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Reextracted, o.Status));
        Assert.Equal(before, await ArticlesAsync());
        await using (var db = _store.Db())
        {
            Assert.Equal(0, await db.Excerpts.CountAsync());
            Assert.Equal(0, await db.Visits.CountAsync());
            Assert.Equal(0, await db.Meetings.CountAsync());
            Assert.Equal(0, await db.Officials.CountAsync());
            Assert.All(await db.Articles.ToListAsync(), a => Assert.Contains("no visit found", a.Warnings));
        }

        _extractor.Current = new ScriptedExtractor();
        await _store.ReextractAllAsync();

        Assert.Equal(before, await ArticlesAsync());
        await using (var db = _store.Db())
        {
            var meeting = await db.Meetings.Include(m => m.Reports).SingleAsync();
            Assert.Equal(2, meeting.Reports.Count);
            Assert.Equal(["trade"], await db.IssueMentions.Select(m => m.Issue.Slug).ToListAsync());
        }
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task AParticipantTheNewExtractionNoLongerNamesLeavesTheMeetingItStillReports(StoreProvider engine)
    {
        Open(engine);
        _extractor.Current = new ExtraParticipant(new ScriptedExtractor(), "Ines Moreau");
        await _store.IngestAsync("a.txt", Talks);
        var meetingId = await IdOfTheMeetingAsync(["Anna Berg", "Ines Moreau", "Luis Soto"]);

        _extractor.Current = new ScriptedExtractor();
        await _store.ReextractAllAsync();

        Assert.Equal(meetingId, await IdOfTheMeetingAsync(["Anna Berg", "Luis Soto"]));
        await using var db = _store.Db();
        Assert.False(await db.Officials.AnyAsync(o => o.Name == "Ines Moreau"));
    }

    private async Task<int> IdOfTheMeetingAsync(string[] participants)
    {
        await using var db = _store.Db();
        var meeting = await db.Meetings.Include(m => m.Participants).SingleAsync();
        Assert.Equal(participants, meeting.Participants.Select(p => p.Name).Order());
        return meeting.Id;
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ReextractionWithTheSameExtractorKeepsEveryFactAndItsId(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", Wire);
        var before = await FactIdsAsync();

        await _store.ReextractAllAsync();

        Assert.Equal(before, await FactIdsAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ReextractingOneArticleLeavesTheOthersAlone(StoreProvider engine)
    {
        Open(engine);
        var a = await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", Wire);

        _extractor.Current = new BlindExtractor();
        await foreach (var _ in _store.Reextractor.ReextractAsync([a.ArticleId!.Value], CancellationToken.None))
        {
        }

        await using var db = _store.Db();
        var meeting = await db.Meetings.Include(m => m.Reports).ThenInclude(r => r.Excerpt).SingleAsync();
        Assert.NotEqual(a.ArticleId, Assert.Single(meeting.Reports).Excerpt.ArticleId);
        Assert.Empty(await db.IssueMentions.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ReextractionKeepsWhatTheSenderStated(StoreProvider engine)
    {
        Open(engine);
        var stated = new StatedMetadata("Given title", "Given outlet", new DateOnly(2024, 1, 2));
        await _store.IngestAsync("paste/x.txt", Talks, stated);

        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(("Given title", "Given outlet", new DateOnly(2024, 1, 2)), (article.Title, article.Publisher, article.Published!.Value));
    }

    private async Task<List<(int, string, string, string)>> ArticlesAsync()
    {
        await using var db = _store.Db();
        return (await db.Articles.OrderBy(a => a.Id).Select(a => new { a.Id, a.SourcePath, a.Text, a.ContentHash }).ToListAsync())
            .Select(a => (a.Id, a.SourcePath, a.Text, a.ContentHash)).ToList();
    }

    private async Task<string> FactIdsAsync()
    {
        await using var db = _store.Db();
        var visits = await db.Visits.OrderBy(v => v.Id).Select(v => $"{v.Id}:{v.TravelerId}:{v.Start}:{v.End}").ToListAsync();
        var meetings = await db.Meetings.OrderBy(m => m.Id).Select(m => $"{m.Id}:{m.VisitId}:{m.Date}:{m.Status}").ToListAsync();
        var officials = await db.Officials.OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.Name}").ToListAsync();
        var reports = await db.MeetingReports.CountAsync() + "/" + await db.VisitReports.CountAsync() + "/" + await db.IssueMentions.CountAsync();
        return string.Join("|", visits.Concat(meetings).Concat(officials).Append(reports));
    }
}
