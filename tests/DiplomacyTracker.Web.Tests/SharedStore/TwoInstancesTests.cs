using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Tests;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Ingestion;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.SharedStore;

/// <summary>
/// Two web instances over one store, as behind a load balancer: what one caches, the other's ingest refreshes; one
/// watches the inbox, and another takes over when it stops; what both ingest at once is stored once.
/// </summary>
public sealed class TwoInstancesTests : IDisposable
{
    private static readonly string[] Counterparts = ["Luis Soto", "Rosa Quispe", "Marta Rojas", "Pablo Vera", "Ana Fuentes", "Jorge Lagos"];

    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "dt-shared-inbox-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_inbox, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [SharedServerTheory]
    [MemberData(nameof(TestEngines.Shared), MemberType = typeof(TestEngines))]
    public async Task APageCachedOnOneInstanceIsRefreshedAfterAnIngestThroughTheOther(StoreProvider engine)
    {
        using var store = TestEngines.NewStore(engine);
        using var first = new EditorAppFactory(null, engine, store.Store);
        _ = first.Server;
        using var second = new EditorAppFactory(null, engine, store.Store);
        _ = second.Server;
        await ListeningAsync(first);

        var before = await first.GetPageAsync("/articles");
        Assert.DoesNotContain("Talks in Chile", before.Document.Body!.TextContent, StringComparison.Ordinal);
        // Served from the first instance's cache from now on, until the store changes.
        await first.GetPageAsync("/articles");

        var outcome = await second.Services.GetRequiredService<ArticleIngestor>()
            .IngestAsync("talks.txt", Encoding.UTF8.GetBytes("Talks in Chile\n\n" + Talks), CancellationToken.None);
        Assert.Equal(IngestStatus.Ingested, outcome.Status);

        await EditorAppFactory.EventuallyAsync(async () => (await first.GetPageAsync("/articles")).Document.Body!.TextContent
            .Contains("Talks in Chile", StringComparison.Ordinal), "the first instance's page to show the second's article", seconds: 10);
    }

    [SharedServerTheory]
    [MemberData(nameof(TestEngines.Shared), MemberType = typeof(TestEngines))]
    public async Task ExactlyOneInstanceWatchesTheInboxAndAnotherTakesOverWithinAMinuteWhenItStops(StoreProvider engine)
    {
        Directory.CreateDirectory(_inbox);
        using var store = TestEngines.NewStore(engine);
        var first = WithInbox(engine, store.Store);
        using var second = WithInbox(engine, store.Store);
        try
        {
            await EditorAppFactory.EventuallyAsync(() => Task.FromResult(Leading(first) || Leading(second)), "an instance to take the inbox");
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            Assert.True(Leading(first) ^ Leading(second), "exactly one instance watches the inbox");

            await File.WriteAllTextAsync(Path.Combine(_inbox, "one.txt"), "Talks in Chile\n\n" + Talks);
            await EditorAppFactory.EventuallyAsync(() => first.QueryAsync(db => db.Articles.AnyAsync(a => a.SourcePath == "inbox/one.txt")), "the first file");
            Assert.Equal(1, await first.QueryAsync(db => db.Articles.CountAsync()));

            // The one that leads stops; the other takes the inbox over.
            var (leader, follower) = Leading(first) ? (first, second) : (second, first);
            var stopped = DateTime.UtcNow;
            leader.Dispose();
            await EditorAppFactory.EventuallyAsync(() => Task.FromResult(Leading(follower)), "the other instance to take over", seconds: 60);
            Assert.True(DateTime.UtcNow - stopped < TimeSpan.FromMinutes(1));

            await File.WriteAllTextAsync(Path.Combine(_inbox, "two.txt"), "More talks in Chile\n\n" + Talks.Replace("trade", "climate", StringComparison.Ordinal));
            await EditorAppFactory.EventuallyAsync(() => follower.QueryAsync(db => db.Articles.AnyAsync(a => a.SourcePath == "inbox/two.txt")), "the second file");
        }
        finally
        {
            first.Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task WhatTwoInstancesIngestAtTheSameTimeIsStoredOnce(StoreProvider engine)
    {
        // Two reports of each of several meetings on one day of a trip, one through each instance, and the same upload
        // through both (one day, so what is stored does not hang on the order they come in).
        var articles = Enumerable.Range(0, 6).SelectMany(i => new[]
            {
                ($"a{i}.txt", $"Report A{i}\n\n2025-03-04: Anna Berg (Sweden) in Chile meets {Counterparts[i % Counterparts.Length]} (Chile) about trade."),
                ($"b{i}.txt", $"Report B{i}\n\n2025-03-04: Anna Berg (Sweden) in Chile meets {Counterparts[i % Counterparts.Length]} (Chile) about trade."),
            })
            .Append(("same.txt", "The same upload\n\n" + Talks)).Append(("same.txt", "The same upload\n\n" + Talks))
            .ToList();

        // What one instance stores, taking them one after another.
        using var alone = TestEngines.NewStore(engine);
        Counts expected;
        using (var app = new EditorAppFactory(null, engine, alone.Store))
        {
            var ingestor = app.Services.GetRequiredService<ArticleIngestor>();
            foreach (var (path, text) in articles)
            {
                await ingestor.IngestAsync(path, Encoding.UTF8.GetBytes(text), CancellationToken.None);
            }

            expected = await CountsAsync(app);
        }

        using var store = TestEngines.NewStore(engine);
        using var first = new EditorAppFactory(null, engine, store.Store);
        using var second = new EditorAppFactory(null, engine, store.Store);
        var instances = new[] { first.Services.GetRequiredService<ArticleIngestor>(), second.Services.GetRequiredService<ArticleIngestor>() };
        var done = await Task.WhenAll(articles.Select((article, i) =>
            Task.Run(() => instances[i % 2].IngestAsync(article.Item1, Encoding.UTF8.GetBytes(article.Item2), CancellationToken.None))));

        Assert.All(done, o => Assert.NotEqual(IngestStatus.Failed, o.Status));
        Assert.Equal(articles.Count - 1, done.Count(o => o.Status == IngestStatus.Ingested));
        Assert.Single(done, o => o.Status == IngestStatus.Unchanged);
        Assert.Equal(expected with { Articles = articles.Count - 1 }, expected);
        Assert.Equal(expected, await CountsAsync(first));
    }

    [SharedServerTheory]
    [MemberData(nameof(TestEngines.Shared), MemberType = typeof(TestEngines))]
    public async Task WorkSentToAnInstanceThatDoesNotLeadIsRunOnceByTheOneThatDoes(StoreProvider engine)
    {
        using var store = TestEngines.NewStore(engine);
        using var first = Quick(engine, store.Store);
        using var second = Quick(engine, store.Store);
        await EditorAppFactory.EventuallyAsync(() => Task.FromResult(Leading(first) || Leading(second)), "an instance to lead");
        var (leader, follower) = Leading(first) ? (first, second) : (second, first);

        var job = follower.Services.GetRequiredService<IngestionQueue>()
            .Enqueue(IngestionJob.Ingest("upload: talks.txt", [new IngestItem("upload/talks.txt", () => Encoding.UTF8.GetBytes("Talks in Chile\n\n" + Talks))]));
        var outcomes = await job.Completion.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(IngestStatus.Ingested, Assert.Single(outcomes).Status);
        var request = await leader.QueryAsync(db => db.IngestionRequests.Include(r => r.Items).SingleAsync());
        Assert.Equal(Shared(follower).Instance, request.From);
        Assert.Equal(Shared(leader).Instance, request.RanBy);
        Assert.Equal(IngestionRequestState.Done, request.State);
        Assert.Empty(request.Items);
        Assert.Equal(1, await leader.QueryAsync(db => db.Articles.CountAsync(a => a.SourcePath == "upload/talks.txt")));

        // The same work sent again through the leader is stored once: the second time it is unchanged.
        var again = leader.Services.GetRequiredService<IngestionQueue>()
            .Enqueue(IngestionJob.Ingest("upload: talks.txt", [new IngestItem("upload/talks.txt", () => Encoding.UTF8.GetBytes("Talks in Chile\n\n" + Talks))]));
        Assert.Equal(IngestStatus.Unchanged, Assert.Single(await again.Completion.WaitAsync(TimeSpan.FromSeconds(60))).Status);
        Assert.Equal(1, await leader.QueryAsync(db => db.Articles.CountAsync()));
    }

    [SharedServerTheory]
    [MemberData(nameof(TestEngines.Shared), MemberType = typeof(TestEngines))]
    public async Task WorkAnInstanceLeftRunningWhenItStoppedIsRunByTheNextToLead(StoreProvider engine)
    {
        using var store = TestEngines.NewStore(engine);
        using (var before = Quick(engine, store.Store))
        {
            // As an instance that died mid-request leaves it: running, by an instance that is gone.
            await before.SeedAsync(db => db.IngestionRequests.Add(new IngestionRequest
            {
                Kind = IngestionRequestKind.Ingest, Description = "upload: left.txt", State = IngestionRequestState.Running,
                CreatedAt = DateTimeOffset.UtcNow, StartedAt = DateTimeOffset.UtcNow, From = "gone", RanBy = "gone",
                Items = [new IngestionRequestItem { Position = 0, SourcePath = "upload/left.txt", Content = Encoding.UTF8.GetBytes("Left running\n\n" + Talks) }],
            }));
        }

        using var next = Quick(engine, store.Store);
        await EditorAppFactory.EventuallyAsync(() => next.QueryAsync(db => db.Articles.AnyAsync(a => a.SourcePath == "upload/left.txt")), "the work left running", seconds: 60);
        await EditorAppFactory.EventuallyAsync(() => next.QueryAsync(db => db.IngestionRequests.AnyAsync(r => r.State == IngestionRequestState.Done)), "the request done");
    }

    [SharedServerTheory]
    [MemberData(nameof(TestEngines.Shared), MemberType = typeof(TestEngines))]
    public async Task FinishedRequestsAreKeptForAWeekAndThenForgotten(StoreProvider engine)
    {
        using var store = TestEngines.NewStore(engine);
        using var app = Quick(engine, store.Store);
        var old = DateTimeOffset.UtcNow - TimeSpan.FromDays(8);
        var recent = DateTimeOffset.UtcNow - TimeSpan.FromDays(6);
        await app.SeedAsync(db => db.IngestionRequests.AddRange(
            new IngestionRequest { Kind = IngestionRequestKind.Ingest, Description = "old", State = IngestionRequestState.Done, CreatedAt = old, FinishedAt = old, From = "x" },
            new IngestionRequest { Kind = IngestionRequestKind.Ingest, Description = "recent", State = IngestionRequestState.Done, CreatedAt = recent, FinishedAt = recent, From = "x" }));

        var job = app.Services.GetRequiredService<IngestionQueue>()
            .Enqueue(IngestionJob.Ingest("upload: talks.txt", [new IngestItem("upload/talks.txt", () => Encoding.UTF8.GetBytes("Talks in Chile\n\n" + Talks))]));
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(60));

        await EditorAppFactory.EventuallyAsync(() => app.QueryAsync(db => db.IngestionRequests.AllAsync(r => r.Description != "old")), "the old request to go");
        Assert.Equal(["recent", "upload: talks.txt"], await app.QueryAsync(db => db.IngestionRequests.OrderBy(r => r.Id).Select(r => r.Description).ToListAsync()));
    }

    private EditorAppFactory Quick(StoreProvider engine, TrackerStore store)
    {
        var app = new EditorAppFactory(host => host.UseSetting("Tracker:LeadershipRetrySeconds", "1"), engine, store);
        _ = app.Server;
        return app;
    }

    private static SharedIngestionQueue Shared(EditorAppFactory app) => app.Services.GetRequiredService<SharedIngestionQueue>();

    private sealed record Counts(int Articles, int Visits, int Meetings, int Officials, int Mentions);

    private static Task<Counts> CountsAsync(EditorAppFactory app) => app.QueryAsync(async db => new Counts(
        await db.Articles.CountAsync(), await db.Visits.CountAsync(), await db.Meetings.CountAsync(), await db.Officials.CountAsync(),
        await db.IssueMentions.CountAsync()));

    private EditorAppFactory WithInbox(StoreProvider engine, TrackerStore? store)
    {
        var app = new EditorAppFactory(host =>
        {
            host.UseSetting("Tracker:InboxFolder", _inbox);
            host.UseSetting("Tracker:InboxSettleMilliseconds", "200");
            host.UseSetting("Tracker:InboxRescanSeconds", "1");
            host.UseSetting("Tracker:LeadershipRetrySeconds", "1");
        }, engine, store);
        _ = app.Server;
        return app;
    }

    private static bool Leading(EditorAppFactory app) => app.Services.GetRequiredService<IngestionLeadership>().Leading;

    private static Task ListeningAsync(EditorAppFactory app) =>
        EditorAppFactory.EventuallyAsync(() => Task.FromResult(app.Services.GetRequiredService<SharedStoreChanges>().Listening), "the change notifications");
}
