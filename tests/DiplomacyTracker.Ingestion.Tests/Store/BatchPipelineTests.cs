using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>Articles are extracted a batch ahead of the single writer; what is told and stored stays in order and whole.</summary>
public sealed class BatchPipelineTests : IDisposable
{
    private const int Articles = 200;
    private StoreFixture _store = null!;

    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(new ScriptedExtractor(), engine: engine);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task OutcomesOfSeveralBatchesComeInTheOrderTheArticlesWereGiven(StoreProvider engine)
    {
        Open(engine);
        var outcomes = new List<IngestOutcome>();
        await foreach (var outcome in _store.Ingestor.IngestAsync(Items(), CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(Items().Select(i => i.SourcePath), outcomes.Select(o => o.SourcePath));
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Ingested, o.Status));
        await using var db = _store.Db();
        Assert.Equal(Articles, await db.Articles.CountAsync());
        Assert.Equal(Articles, await db.Meetings.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task StoppingPartWayKeepsTheBatchesAlreadyToldAndWritesNoMore(StoreProvider engine)
    {
        Open(engine);
        var told = 0;
        await foreach (var _ in _store.Ingestor.IngestAsync(Items(), CancellationToken.None))
        {
            if (++told == 10)
            {
                break;
            }
        }

        // The first batch (64) was committed before its outcomes were told; the batch extracted ahead of it is dropped.
        await Task.Delay(200);
        await using var db = _store.Db();
        Assert.Equal(64, await db.Articles.CountAsync());
        Assert.Equal(64, await db.IngestionEvents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task CancellingPartWayLeavesOnlyWholeArticles(StoreProvider engine)
    {
        Open(engine);
        using var cancel = new CancellationTokenSource();
        var told = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in _store.Ingestor.IngestAsync(Items(), cancel.Token))
            {
                if (++told == 70)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        await using var db = _store.Db();
        var stored = await db.Articles.CountAsync();
        Assert.Equal(128, stored);
        Assert.Equal(stored, await db.Meetings.CountAsync());
        Assert.Equal(stored, await db.Excerpts.Select(e => e.ArticleId).Distinct().CountAsync());
    }

    /// <summary>Each article a meeting with a counterpart of its own, so nothing merges.</summary>
    private static IEnumerable<IngestItem> Items() => Enumerable.Range(0, Articles).Select(i =>
    {
        var text = $"2025-03-{1 + (i % 28):00}: Anna Berg (Sweden) in Chile meets Luis Sot{Letters(i)} (Chile) about trade.";
        return new IngestItem($"batch/{i:000}.txt", () => Encoding.UTF8.GetBytes(text));
    });

    private static string Letters(int i) => new([(char)('a' + (i / 26)), (char)('a' + (i % 26))]);
}
