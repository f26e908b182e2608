using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

public sealed class AtomicityTests : IDisposable
{
    private const string First = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";
    private const string Second = "2025-06-10: Omar Haddad (Jordan) in Peru meets Rosa Quispe (Peru) about climate.";
    private const string Third = "2025-07-01: Ines Moreau (France) in Kenya meets Paul Otieno (Kenya).";

    private StoreFixture _store = null!;
    private CrashSwitch _crash = null!;

    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(new ScriptedExtractor(), engine: engine);
        _crash = new CrashSwitch(_store.Store);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task CrashMidArticleLeavesNoTraceAndTheNextArticleStillIngests(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("first.txt", First);
        var before = await CountsAsync();

        _crash.Armed = true;
        var crashed = await _store.IngestAsync("second.txt", Second);
        _crash.Armed = false;

        Assert.Equal(IngestStatus.Failed, crashed.Status);
        Assert.Contains("simulated crash", crashed.Message);
        Assert.Equal(before, await CountsAsync());
        await using (var db = _store.Db())
        {
            Assert.False(await db.Officials.AnyAsync(o => o.Name == "Omar Haddad" || o.Name == "Rosa Quispe"));
            Assert.False(await db.Articles.AnyAsync(a => a.SourcePath == "second.txt"));
        }

        var next = await _store.IngestAsync("third.txt", Third);

        Assert.Equal(IngestStatus.Ingested, next.Status);
        await using (var db = _store.Db())
        {
            Assert.Equal(["first.txt", "third.txt"], await db.Articles.OrderBy(a => a.Id).Select(a => a.SourcePath).ToListAsync());
        }
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task CrashWhileReplacingASourceKeepsTheOldVersionAndItsFacts(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", First);
        var before = await CountsAsync();

        _crash.Armed = true;
        var crashed = await _store.IngestAsync("a.txt", Second);
        _crash.Armed = false;

        Assert.Equal(IngestStatus.Failed, crashed.Status);
        Assert.Equal(before, await CountsAsync());
        await using var db = _store.Db();
        Assert.Equal(First, (await db.Articles.SingleAsync()).Text);
        Assert.True(await db.Officials.AnyAsync(o => o.Name == "Luis Soto"));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task AnArticleThatFailsToStoreInTheMiddleOfABatchFailsAloneAndTheOthersAreStoredWhole(StoreProvider engine)
    {
        Open(engine);
        _crash.ArmFor("second.txt");
        var outcomes = new List<IngestOutcome>();
        await foreach (var outcome in _store.Ingestor.IngestAsync(
                           [Item("first.txt", First), Item("second.txt", Second), Item("third.txt", Third)], CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        _crash.Armed = false;

        Assert.Equal([IngestStatus.Ingested, IngestStatus.Failed, IngestStatus.Ingested], outcomes.Select(o => o.Status));
        Assert.Contains("simulated crash", outcomes[1].Message);
        await using var db = _store.Db();
        Assert.Equal(["first.txt", "third.txt"], await db.Articles.OrderBy(a => a.Id).Select(a => a.SourcePath).ToListAsync());
        Assert.False(await db.Officials.AnyAsync(o => o.Name == "Omar Haddad" || o.Name == "Rosa Quispe"));
        Assert.Equal(["trade"], await db.IssueMentions.Select(m => m.Issue.Slug).ToListAsync());
        Assert.Equal(2, await db.Meetings.CountAsync());
        Assert.Equal(["failed", "ingested", "ingested"], await db.IngestionEvents.Select(e => e.Status).OrderBy(s => s).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task AReextractionThatFailsForOneArticleOfABatchKeepsThatArticlesFactsAndRewritesTheOthers(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("first.txt", First);
        await _store.IngestAsync("second.txt", Second);
        var before = await CountsAsync();

        _crash.ArmFor("second.txt");
        var outcomes = await _store.ReextractAllAsync();
        _crash.Armed = false;

        Assert.Equal([IngestStatus.Reextracted, IngestStatus.Failed], outcomes.Select(o => o.Status));
        Assert.Equal(before, await CountsAsync());
        await using var db = _store.Db();
        Assert.Equal(["climate", "trade"], await db.IssueMentions.Select(m => m.Issue.Slug).OrderBy(s => s).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ExtractorThatThrowsOnOneArticleFailsOnlyThatArticle(StoreProvider engine)
    {
        Open(engine);
        using var store = new StoreFixture(new ThrowingExtractor(new ScriptedExtractor(), "Omar"), engine: engine);
        var outcomes = new List<IngestOutcome>();
        await foreach (var outcome in store.Ingestor.IngestAsync(
                           [Item("first.txt", First), Item("second.txt", Second), Item("third.txt", Third)], CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        var failed = Assert.Single(outcomes, o => o.Status == IngestStatus.Failed);
        Assert.Equal("second.txt", failed.SourcePath);
        Assert.Contains("extraction failed", failed.Message);
        await using var db = store.Db();
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    private static IngestItem Item(string path, string text) => new(path, () => System.Text.Encoding.UTF8.GetBytes(text));

    private async Task<(int Articles, int Excerpts, int Officials, int Visits, int Meetings, int Mentions)> CountsAsync()
    {
        await using var db = _store.Db();
        return (await db.Articles.CountAsync(), await db.Excerpts.CountAsync(), await db.Officials.CountAsync(),
            await db.Visits.CountAsync(), await db.Meetings.CountAsync(), await db.IssueMentions.CountAsync());
    }
}
