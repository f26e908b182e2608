using DiplomacyTracker.Tests;
using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Corrections;
using DiplomacyTracker.Ingestion.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Corrections;

/// <summary>Wrong to right for each kind of correction, and right it stays through re-extraction and a new version of the source.</summary>
public sealed class FactCorrectionsTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";
    private static readonly CorrectionAuthor Ana = new("ana", "checked against the ministry's statement");

    private StoreFixture _store = null!;
    private FactCorrections _corrections = null!;


    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(new ScriptedExtractor(), engine: engine);
        _corrections = new FactCorrections(_store.Factory, TimeProvider.System);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task VisitPutInTheWrongCountryStaysCorrectedAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var visit = await One(db => db.Visits);

        var correction = await _corrections.EditAsync(FactKind.Visit, visit.Id,
            new Dictionary<string, string?> { ["hostCountry"] = "Peru", ["cities"] = "Lima", ["end"] = "2025-03-06" }, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        var after = await One(db => db.Visits);
        Assert.Equal((visit.Id, "Peru", new DateOnly(2025, 3, 6)), (after.Id, after.HostCountry, after.End!.Value));
        Assert.Equal(["Lima"], after.Cities);
        var stored = await One(db => db.Corrections);
        Assert.Equal(("ana", "edit", "checked against the ministry's statement"), (stored.Editor, stored.Action, stored.Reason));
        Assert.Equal("Chile", JsonDocument.Parse(stored.Before).RootElement.GetProperty("hostCountry").GetString());
        Assert.Equal("Peru", JsonDocument.Parse(stored.After).RootElement.GetProperty("hostCountry").GetString());
        Assert.Equal(correction.Id, stored.Id);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task HostTakenForTheTravellerIsCorrectedAndStaysCorrectedThroughReextractionAndANewVersion(StoreProvider engine)
    {
        Open(engine);
        // The reading made the host, Luis Soto, the traveller of a trip to Chile; Anna Berg is the one who travelled.
        await _store.IngestAsync("a.txt", "2025-03-04: Luis Soto (Chile) in Chile meets Anna Berg (Sweden) about trade.");
        var visit = await One(db => db.Visits);
        var anna = (await One(db => db.Officials.Where(o => o.Name == "Anna Berg"))).Id;
        Assert.NotEqual(anna, visit.TravelerId);

        await _corrections.EditAsync(FactKind.Visit, visit.Id, new Dictionary<string, string?> { ["travelerId"] = $"{anna}" }, Ana, CancellationToken.None);
        Assert.Equal(anna, (await One(db => db.Visits)).TravelerId);

        await _store.ReextractAllAsync();
        await _store.IngestAsync("a.txt", "Updated.\n2025-03-04: Luis Soto (Chile) in Chile meets Anna Berg (Sweden) about trade.");

        var after = await One(db => db.Visits);
        Assert.Equal((visit.Id, anna), (after.Id, after.TravelerId));
        Assert.Equal(visit.Id, (await One(db => db.Meetings)).VisitId);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TravellerWhoIsNoOfficialOnRecordIsRefused(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var visit = await One(db => db.Visits);

        var refused = await Assert.ThrowsAsync<CorrectionException>(() =>
            _corrections.EditAsync(FactKind.Visit, visit.Id, new Dictionary<string, string?> { ["travelerId"] = "9999" }, Ana, CancellationToken.None));

        Assert.Contains("no official 9999", refused.Message);
        Assert.Equal(visit.TravelerId, (await One(db => db.Visits)).TravelerId);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task UndoingATravellerCorrectionGivesTheTripBackToWhoTheSourcesSay(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var visit = await One(db => db.Visits);
        var soto = (await One(db => db.Officials.Where(o => o.Name == "Luis Soto"))).Id;
        var correction = await _corrections.EditAsync(FactKind.Visit, visit.Id, new Dictionary<string, string?> { ["travelerId"] = $"{soto}" }, Ana,
            CancellationToken.None);

        await _corrections.UndoAsync(correction.Id, "ana", CancellationToken.None);
        await _store.ReextractAllAsync();

        Assert.Equal(visit.TravelerId, (await One(db => db.Visits)).TravelerId);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task OfficialsTitlesCorrectedStayCorrectedAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var soto = await One(db => db.Officials.Where(o => o.Name == "Luis Soto"));

        await _corrections.EditAsync(FactKind.Official, soto.Id,
            new Dictionary<string, string?> { ["titles"] = "Minister of Trade, Industry and Tourism; Senator" }, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        var titles = await db.OfficialTitles.Where(t => t.OfficialId == soto.Id).Select(t => t.Title).ToListAsync();
        Assert.Equal(["Minister of Trade, Industry and Tourism", "Senator"], titles.Order());
        var stored = await db.Corrections.SingleAsync();
        Assert.Equal("Minister", JsonDocument.Parse(stored.Before).RootElement.GetProperty("titles").GetString());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TitlesGivenInAnotherOrderAreNoChange(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var soto = await One(db => db.Officials.Where(o => o.Name == "Luis Soto"));

        var refused = await Assert.ThrowsAsync<CorrectionException>(() =>
            _corrections.EditAsync(FactKind.Official, soto.Id, new Dictionary<string, string?> { ["titles"] = " minister " }, Ana, CancellationToken.None));

        Assert.Contains("Nothing to change", refused.Message);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task UndoingATitlesCorrectionBringsBackTheTitlesTheArticlesGiveWithTheirSentences(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var soto = await One(db => db.Officials.Where(o => o.Name == "Luis Soto"));
        var correction = await _corrections.EditAsync(FactKind.Official, soto.Id, new Dictionary<string, string?> { ["titles"] = "Senator" }, Ana,
            CancellationToken.None);

        var reread = await _corrections.UndoAsync(correction.Id, "ana", CancellationToken.None);
        Assert.NotEmpty(reread);
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        var titles = await db.OfficialTitles.Where(t => t.OfficialId == soto.Id).ToListAsync();
        Assert.Equal(["Minister"], titles.Select(t => t.Title));
        Assert.All(titles, t => Assert.NotNull(t.ExcerptId));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task MeetingInTheWrongCityAndDayStaysCorrectedThroughANewVersionOfTheSource(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var meeting = await One(db => db.Meetings);

        await _corrections.EditAsync(FactKind.Meeting, meeting.Id,
            new Dictionary<string, string?> { ["date"] = "2025-03-05", ["city"] = "Valparaíso", ["venue"] = "Cerro Castillo", ["status"] = "planned" }, Ana,
            CancellationToken.None);
        await _store.IngestAsync("a.txt", "Updated at 10:00.\n" + Talks);

        var after = await One(db => db.Meetings);
        Assert.Equal((meeting.Id, new DateOnly(2025, 3, 5), "Valparaíso", "Cerro Castillo", MeetingStatus.Planned),
            (after.Id, after.Date!.Value, after.City, after.Venue, after.Status));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task MeetingParticipantsCorrectedStayCorrected(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var meeting = await One(db => db.Meetings);
        var anna = (await One(db => db.Officials.Where(o => o.Name == "Anna Berg"))).Id;

        await _corrections.EditAsync(FactKind.Meeting, meeting.Id, new Dictionary<string, string?> { ["participants"] = $"{anna}" }, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        Assert.Equal(["Anna Berg"], (await db.Meetings.Include(m => m.Participants).SingleAsync()).Participants.Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task OfficialMisnamedAndNotAnOfficialStaysCorrectedAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var soto = await One(db => db.Officials.Where(o => o.Name == "Luis Soto"));

        await _corrections.EditAsync(FactKind.Official, soto.Id,
            new Dictionary<string, string?> { ["name"] = "Luis Soto Díaz", ["country"] = "Peru", ["notOfficial"] = "true" }, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        var after = await One(db => db.Officials.Where(o => o.Id == soto.Id));
        Assert.Equal(("Luis Soto Díaz", "Peru", true), (after.Name, after.Country, after.NotOfficial));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task IssuesCorrectedOnAMeetingStayCorrectedAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var meeting = await One(db => db.Meetings);

        await _corrections.SetIssuesAsync(FactKind.Meeting, meeting.Id, ["climate"], ["trade"], Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        Assert.Equal(["climate"], await db.IssueMentions.Where(m => m.MeetingId == meeting.Id).Select(m => m.Issue.Slug).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TwoRecordsOfOneTripMergedStayOneAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "2025-03-20: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile).");
        var visits = await All(db => db.Visits.OrderBy(v => v.Id));
        Assert.Equal(2, visits.Count);

        await _corrections.MergeAsync(FactKind.Visit, visits[0].Id, visits[1].Id, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        var after = await One(db => db.Visits);
        Assert.Equal((visits[0].Id, new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 20)), (after.Id, after.Start!.Value, after.End!.Value));
        await using var db = _store.Db();
        var redirect = await db.FactRedirects.SingleAsync(r => r.Kind == FactKind.Visit);
        Assert.Equal((visits[1].Id, visits[0].Id, true), (redirect.FromId, redirect.ToId!.Value, redirect.Merged));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TwoRecordsOfOnePersonMergedStayOneAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "2025-03-05: Anna Berg (Sweden) in Chile meets Lucho Soto (Chile).");
        var soto = (await One(db => db.Officials.Where(o => o.Name == "Luis Soto"))).Id;
        var lucho = (await One(db => db.Officials.Where(o => o.Name == "Lucho Soto"))).Id;

        await _corrections.MergeAsync(FactKind.Official, soto, lucho, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        Assert.False(await db.Officials.AnyAsync(o => o.Name == "Lucho Soto"));
        Assert.Contains("Lucho Soto", (await db.Officials.SingleAsync(o => o.Id == soto)).Aliases);
        Assert.All(await db.Meetings.Include(m => m.Participants).ToListAsync(), m => Assert.Contains(m.Participants, p => p.Id == soto));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TwoTripsTakenForOneAreSplitAndStayTwoAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        // Two articles about two trips to Chile two days apart, read as one trip.
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "2025-03-06: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about climate.");
        var visit = await One(db => db.Visits);
        var b = (await One(db => db.Articles.Where(a => a.SourcePath == "b.txt"))).Id;

        var split = await _corrections.SplitAsync(FactKind.Visit, visit.Id, [b], null, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();
        await _store.IngestAsync("b.txt", "Updated.\n2025-03-06: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile) about climate.");

        await using var db = _store.Db();
        var visits = await db.Visits.OrderBy(v => v.Id).Include(v => v.Meetings).ThenInclude(m => m.Participants).AsNoTracking().ToListAsync();
        Assert.Equal([visit.Id, split.OtherId!.Value], visits.Select(v => v.Id));
        Assert.Equal((new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 4)), (visits[0].Start!.Value, visits[0].End!.Value));
        Assert.Equal((new DateOnly(2025, 3, 6), new DateOnly(2025, 3, 6)), (visits[1].Start!.Value, visits[1].End!.Value));
        Assert.Contains(visits[0].Meetings.Single().Participants, p => p.Name == "Luis Soto");
        Assert.Contains(visits[1].Meetings.Single().Participants, p => p.Name == "Marta Ruiz");
        Assert.Equal(["climate"], await db.IssueMentions.Where(m => m.VisitId == visits[1].Id).Select(m => m.Issue.Slug).ToListAsync());
        Assert.Equal("split", (await db.Corrections.SingleAsync()).Action);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TwoTalksTakenForOneAreSplitAndStayTwoAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about climate.");
        var meeting = await One(db => db.Meetings);
        var b = (await One(db => db.Articles.Where(a => a.SourcePath == "b.txt"))).Id;

        var split = await _corrections.SplitAsync(FactKind.Meeting, meeting.Id, [b], null, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        var meetings = (await db.MeetingReports.Select(r => new { r.MeetingId, r.Excerpt.ArticleId }).ToListAsync())
            .GroupBy(r => r.MeetingId).OrderBy(g => g.Key).Select(g => new { Id = g.Key, Articles = g.Select(r => r.ArticleId).Distinct().ToList() }).ToList();
        Assert.Equal([meeting.Id, split.OtherId!.Value], meetings.Select(m => m.Id));
        Assert.Equal([b], meetings[1].Articles);
        Assert.DoesNotContain(b, meetings[0].Articles);
        Assert.Equal(["climate"], await db.IssueMentions.Where(m => m.MeetingId == split.OtherId).Select(m => m.Issue.Slug).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TwoPeopleTakenForOneAreSplitAndStayTwoAfterReextraction(StoreProvider engine)
    {
        Open(engine);
        // b.txt's "Luis Soto" is another man of that name: his trip and talks are his own.
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "2025-05-10: Luis Soto (Chile) in Peru meets Rosa Vega (Peru).");
        var soto = (await One(db => db.Officials.Where(o => o.Name == "Luis Soto"))).Id;
        var b = (await One(db => db.Articles.Where(a => a.SourcePath == "b.txt"))).Id;

        var split = await _corrections.SplitAsync(FactKind.Official, soto, [b], "Luis Soto Vidal", Ana, CancellationToken.None);
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        var other = await db.Officials.AsNoTracking().SingleAsync(o => o.Id == split.OtherId);
        Assert.Equal("Luis Soto Vidal", other.Name);
        Assert.Equal(other.Id, (await db.Visits.SingleAsync(v => v.HostCountry == "Peru")).TravelerId);
        var chile = await db.Meetings.Include(m => m.Participants).SingleAsync(m => m.Visit!.HostCountry == "Chile");
        var peru = await db.Meetings.Include(m => m.Participants).SingleAsync(m => m.Visit!.HostCountry == "Peru");
        Assert.Contains(chile.Participants, p => p.Id == soto);
        Assert.DoesNotContain(peru.Participants, p => p.Id == soto);
        Assert.Equal(1, await db.OfficialTitles.CountAsync(t => t.OfficialId == other.Id));
        Assert.Equal(1, await db.OfficialTitles.CountAsync(t => t.OfficialId == soto));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task SplitThatMovesEveryArticleOrAStrangerIsRefused(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "2025-05-10: Marta Ruiz (Chile) in Peru meets Rosa Vega (Peru).");
        var visit = await One(db => db.Visits.Where(v => v.HostCountry == "Chile"));
        var (a, b) = ((await One(db => db.Articles.Where(x => x.SourcePath == "a.txt"))).Id, (await One(db => db.Articles.Where(x => x.SourcePath == "b.txt"))).Id);

        var all = await Assert.ThrowsAsync<CorrectionException>(() => _corrections.SplitAsync(FactKind.Visit, visit.Id, [a], null, Ana, CancellationToken.None));
        var stranger = await Assert.ThrowsAsync<CorrectionException>(() => _corrections.SplitAsync(FactKind.Visit, visit.Id, [b], null, Ana, CancellationToken.None));

        Assert.Contains("must stay", all.Message);
        Assert.Contains($"Article {b} does not report", stranger.Message);
        Assert.Equal(0, await _store.Db().Corrections.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task UndoneSplitJoinsTheTwoAgainWhenTheArticlesAreRead(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", "2025-03-06: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile).");
        var visit = await One(db => db.Visits);
        var b = (await One(db => db.Articles.Where(a => a.SourcePath == "b.txt"))).Id;
        var split = await _corrections.SplitAsync(FactKind.Visit, visit.Id, [b], null, Ana, CancellationToken.None);

        var reread = await _corrections.UndoAsync(split.Id, "ana", CancellationToken.None);
        Assert.NotEmpty(reread);
        await _store.ReextractAllAsync();

        Assert.Equal(visit.Id, (await One(db => db.Visits)).Id);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task MeetingDeletedAsWrongDoesNotComeBack(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var meeting = await One(db => db.Meetings);

        await _corrections.DeleteAsync(FactKind.Meeting, meeting.Id, Ana, CancellationToken.None);
        await _store.ReextractAllAsync();
        await _store.IngestAsync("a.txt", "New version.\n" + Talks);

        await using var db = _store.Db();
        Assert.Equal(0, await db.Meetings.CountAsync());
        Assert.Equal(1, await db.Visits.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task UndoneEditGivesBackWhatTheSourcesSay(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var meeting = await One(db => db.Meetings);
        var correction = await _corrections.EditAsync(FactKind.Meeting, meeting.Id, new Dictionary<string, string?> { ["city"] = "Lima" }, Ana,
            CancellationToken.None);

        await _corrections.UndoAsync(correction.Id, "ana", CancellationToken.None);
        await _store.ReextractAllAsync();

        Assert.Null((await One(db => db.Meetings)).City);
        Assert.NotNull((await One(db => db.Corrections)).UndoneAt);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task UnknownFieldOrBadDateIsRefusedWithTheReason(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        var meeting = await One(db => db.Meetings);

        var field = await Assert.ThrowsAsync<CorrectionException>(() =>
            _corrections.EditAsync(FactKind.Meeting, meeting.Id, new Dictionary<string, string?> { ["colour"] = "red" }, Ana, CancellationToken.None));
        var date = await Assert.ThrowsAsync<CorrectionException>(() =>
            _corrections.EditAsync(FactKind.Meeting, meeting.Id, new Dictionary<string, string?> { ["date"] = "4 March" }, Ana, CancellationToken.None));

        Assert.Contains("no field 'colour'", field.Message);
        Assert.Contains("not a date", date.Message);
        Assert.Equal(0, await _store.Db().Corrections.CountAsync());
    }

    private async Task<T> One<T>(Func<TrackerDbContext, IQueryable<T>> query) where T : class
    {
        await using var db = _store.Db();
        return await query(db).AsNoTracking().SingleAsync();
    }

    private async Task<List<T>> All<T>(Func<TrackerDbContext, IQueryable<T>> query) where T : class
    {
        await using var db = _store.Db();
        return await query(db).AsNoTracking().ToListAsync();
    }
}
