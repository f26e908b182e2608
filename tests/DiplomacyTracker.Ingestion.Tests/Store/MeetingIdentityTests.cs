using DiplomacyTracker.Tests;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Tests.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>One meeting across articles: a guessed day, a plan or a greeting joins the talks with the same people.</summary>
public sealed class MeetingIdentityTests : IDisposable
{
    private StoreFixture _store = null!;

    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(Articles.Pipeline, engine: engine);
    }

    private async Task<List<Meeting>> MeetingsWithAsync(string name)
    {
        await using var db = _store.Db();
        return await db.Meetings.Include(m => m.Participants).Where(m => m.Participants.Any(p => p.Name == name)).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ArticleThatGivesNoDayJoinsTheTalksAnotherArticleDates(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", "Published: 2 March 2026\nTurkish President Emre Kaya arrived in Baghdad on Monday and held talks with Iraqi Prime Minister Ali Hassan on Monday.");
        await _store.IngestAsync("b.txt", "Published: 3 March 2026\nTurkish President Emre Kaya, on a visit to Iraq, signed 20 deals after he met Iraqi Prime Minister Ali Hassan.");

        var talks = Assert.Single(await MeetingsWithAsync("Ali Hassan"));
        Assert.Equal(new DateOnly(2026, 3, 2), talks.Date);
        Assert.True(talks.DateFirm);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task PlannedTalksJoinTheTalksReportedHeldOnAnotherDay(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", "Published: 1 March 2026\nTurkish President Emre Kaya arrived in Baghdad on Sunday and will meet Iraqi Prime Minister Ali Hassan on Monday.");
        await _store.IngestAsync("b.txt", "Published: 4 March 2026\nTurkish President Emre Kaya, on a visit to Iraq, met Iraqi Prime Minister Ali Hassan in Baghdad on Tuesday.");

        var talks = Assert.Single(await MeetingsWithAsync("Ali Hassan"));
        Assert.Equal((MeetingStatus.Held, new DateOnly(2026, 3, 3)), (talks.Status, talks.Date));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TalksHeldOnTwoNamedDaysStayTwoMeetings(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", "Published: 2 March 2026\nTurkish President Emre Kaya arrived in Baghdad on Monday and held talks with Iraqi Prime Minister Ali Hassan on Monday.");
        await _store.IngestAsync("b.txt", "Published: 5 March 2026\nTurkish President Emre Kaya, still on a visit to Iraq, held a second round of talks with Iraqi Prime Minister Ali Hassan in Baghdad on Thursday.");

        Assert.Equal(2, (await MeetingsWithAsync("Ali Hassan")).Count);
    }
}
