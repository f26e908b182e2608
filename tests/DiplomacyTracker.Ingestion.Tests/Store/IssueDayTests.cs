using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>The day an issue came up is stored with the mention and follows the meeting it came up at.</summary>
public sealed class IssueDayTests : IDisposable
{
    private StoreFixture _store = null!;

    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(new ScriptedExtractor(), engine: engine);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task AMentionAtPlannedTalksTakesTheDayAnotherArticleSaysTheyWereHeld(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("plan.txt", "2025-03-05: Anna Berg (Sweden) in Chile will meet Marta Ruiz (Chile) about climate.");
        Assert.Equal(new DateOnly(2025, 3, 5), await DayAsync("climate"));

        await _store.IngestAsync("held.txt", "2025-03-06: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about trade.");

        await using var db = _store.Db();
        Assert.Equal(new DateOnly(2025, 3, 6), (await db.Meetings.SingleAsync()).Date);
        Assert.Equal(new DateOnly(2025, 3, 6), await DayAsync("climate"));
        Assert.Equal(new DateOnly(2025, 3, 6), await DayAsync("trade"));
    }

    private async Task<DateOnly?> DayAsync(string slug)
    {
        await using var db = _store.Db();
        return await db.IssueMentions.Where(m => m.Issue.Slug == slug).Select(m => m.Day).SingleAsync();
    }
}
