using DiplomacyTracker.Tests;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Reading;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

public sealed class StableIdentityTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";
    private const string MoreTalks = "2025-03-05: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about climate.";

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
    public async Task NewVersionOfASourceKeepsTheArticleIdAndItsOldTextAsAVersion(StoreProvider engine)
    {
        Open(engine);
        var first = await _store.IngestAsync("a.txt", Talks);
        var second = await _store.IngestAsync("a.txt", "Updated.\n" + MoreTalks);

        Assert.Equal(IngestStatus.Replaced, second.Status);
        Assert.Equal(first.ArticleId, second.ArticleId);
        await using var db = _store.Db();
        var article = await db.Articles.SingleAsync();
        Assert.Equal("Updated.\n" + MoreTalks, article.Text);
        var version = await db.ArticleVersions.SingleAsync();
        Assert.Equal((article.Id, Talks), (version.ArticleId, version.Text));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ReextractionKeepsEveryExcerptId(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", $"{Talks}\n{MoreTalks}\n");
        var before = await ExcerptIdsAsync();

        await _store.ReextractAllAsync();

        Assert.Equal(before, await ExcerptIdsAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task NewVersionKeepsTheAnchorOfASentenceItStillHasAtItsNewPlace(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", $"{Talks}\n");
        var excerpt = (await ExcerptIdsAsync()).Single();

        await _store.IngestAsync("a.txt", $"An editor's note comes first now.\n{Talks}\n{MoreTalks}\n");

        await using var db = _store.Db();
        var moved = await db.Excerpts.Include(e => e.Article).SingleAsync(e => e.Id == excerpt.Id);
        Assert.Equal(Talks, moved.Text);
        Assert.Equal(Talks, moved.Article.Text.Substring(moved.Start, moved.Length));
        Assert.NotEqual(excerpt.Start, moved.Start);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ReextractionThatMovesATripsDatesKeepsTheVisitAndMeetingIds(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var (visit, meeting) = await IdsAsync();

        // A better extractor reads the trip a week later than before: the same trip and talks, not new ones.
        _extractor.Current = new ShiftedDates(new ScriptedExtractor(), days: 7);
        await _store.ReextractAllAsync();

        Assert.Equal((visit, meeting), await IdsAsync());
        await using var db = _store.Db();
        Assert.Equal(new DateOnly(2025, 3, 11), (await db.Meetings.SingleAsync()).Date);
        Assert.Empty(await db.FactRedirects.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task FactThatVanishedIsRecordedWithWhatReplacedIt(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var (visit, meeting) = await IdsAsync();

        // The new version reports talks with someone else on the same trip: Luis Soto's meeting is gone.
        await _store.IngestAsync("a.txt", "2025-03-04: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile).");

        await using var db = _store.Db();
        var gone = await db.FactRedirects.Where(r => r.Kind == FactKind.Official).SingleAsync();
        Assert.False(gone.Merged);
        Assert.Null(gone.ToId);
        Assert.Equal(visit, (await db.Visits.SingleAsync()).Id);
        // Marta Ruiz's talks are new talks (different counterpart) or the old ones kept: either way the old address answers.
        Assert.True(await db.Meetings.AnyAsync(m => m.Id == meeting) || await db.FactRedirects.AnyAsync(r => r.Kind == FactKind.Meeting && r.FromId == meeting));
    }

    private async Task<List<(int Id, int Start)>> ExcerptIdsAsync()
    {
        await using var db = _store.Db();
        return (await db.Excerpts.OrderBy(e => e.Id).Select(e => new { e.Id, e.Start }).ToListAsync()).Select(e => (e.Id, e.Start)).ToList();
    }

    private async Task<(int Visit, int Meeting)> IdsAsync()
    {
        await using var db = _store.Db();
        return ((await db.Visits.SingleAsync()).Id, (await db.Meetings.SingleAsync()).Id);
    }

    /// <summary>Reads every date the inner extractor finds some days later.</summary>
    private sealed class ShiftedDates(IArticleExtractor inner, int days) : IArticleExtractor
    {
        public ExtractionResult Extract(SourceDocument source, IKnownTrips knownTrips, CancellationToken cancellationToken = default)
        {
            var result = inner.Extract(source, knownTrips, cancellationToken);
            var facts = result.Facts;
            return result with
            {
                Facts = facts with
                {
                    Visits = [.. facts.Visits.Select(v => v with { Start = v.Start?.AddDays(days), End = v.End?.AddDays(days) })],
                    Meetings = [.. facts.Meetings.Select(m => m with { Date = m.Date?.AddDays(days) })],
                },
            };
        }
    }
}
