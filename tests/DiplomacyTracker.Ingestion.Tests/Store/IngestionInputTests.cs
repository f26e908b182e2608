using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using System.Text;
using DiplomacyTracker.Ingestion.Tests.Reading;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>What reaches the article row, and what happens to input that cannot become an article.</summary>
public sealed class IngestionInputTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private StoreFixture _store = null!;

    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(new ScriptedExtractor(), engine: engine);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task HtmlFileKeepsThePagesOwnTitleOutletBylineAndDate(StoreProvider engine)
    {
        Open(engine);
        var file = Write("story.html", HtmlPage.With(head: """
            <title>Minister in Nairobi | Daily Wire</title>
            <meta property="og:title" content="Minister arrives in Nairobi for talks">
            <meta property="og:site_name" content="Daily Wire">
            <meta name="author" content="Jane Okoye">
            <meta property="article:published_time" content="2025-05-06T08:30:00+03:00">
            """));

        var outcome = await IngestFilesAsync(file);

        Assert.Equal(IngestStatus.Ingested, Assert.Single(outcome).Status);
        await using var db = _store.Db();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(("Minister arrives in Nairobi for talks", "Daily Wire", "Jane Okoye", new DateOnly(2025, 5, 6), false),
            (article.Title, article.Publisher, article.Byline, article.Published!.Value, article.PublishedInferred));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task StatedTitleOutletAndDateWinOverWhatWasFound(StoreProvider engine)
    {
        Open(engine);
        var outcome = await _store.IngestAsync("paste/x.txt", "A headline\n\n" + Talks, new StatedMetadata("Given title", "Given outlet", new DateOnly(2024, 1, 2)));

        await using var db = _store.Db();
        var article = await db.Articles.SingleAsync(a => a.Id == outcome.ArticleId);
        Assert.Equal(("Given title", "Given outlet", new DateOnly(2024, 1, 2)), (article.Title, article.Publisher, article.Published!.Value));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TextWithoutVisitOrDateIsStoredWithWarnings(StoreProvider engine)
    {
        Open(engine);
        var outcome = await _store.IngestAsync("quiet.txt", "Nothing happened today.\n\nThe weather was fine.");

        Assert.Equal(IngestStatus.Ingested, outcome.Status);
        Assert.Equal(["no date found", "no visit found"], outcome.Warnings!.Order());
        Assert.Contains("no visit found", outcome.ToString());
    }

    [Theory]
    [InlineData("empty.txt", "", "empty file")]
    [InlineData("binary.txt", "\0\u0001\u0002PK\0\0", "binary file")]
    [InlineData("bare.html", "<html><head><title>Only a title</title></head></html>", "no article text")]
    public async Task BadFileFailsWithItsReasonAndTheRestOfTheBatchIngests(string name, string content, string reason)
    {
        // Reading the input, which is the same on either engine.
        Open(StoreProvider.Sqlite);
        var bad = Write(name, content);
        var good = Write("good.txt", Talks);

        var outcomes = await IngestFilesAsync(bad, good);

        Assert.Contains(reason, outcomes.Single(o => o.SourcePath == bad).Message);
        Assert.Equal(IngestStatus.Ingested, outcomes.Single(o => o.SourcePath == good).Status);
        await AssertLoggedAsync(bad, reason);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task InvalidUtf8FailsWithTheOffendingByte(StoreProvider engine)
    {
        Open(engine);
        var bad = Path.Combine(_store.Folder, "latin1.txt");
        await File.WriteAllBytesAsync(bad, [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" au lait")]);

        var outcome = Assert.Single(await IngestFilesAsync(bad));

        Assert.Equal("not valid UTF-8 at byte 3", outcome.Message);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task FiftyMegabyteFileIsRefusedBeforeItIsRead(StoreProvider engine)
    {
        Open(engine);
        var huge = Path.Combine(_store.Folder, "huge.txt");
        await using (var stream = File.Create(huge))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var outcome = Assert.Single(await IngestFilesAsync(huge));

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal("file is 50 MB; the limit is 20 MB", outcome.Message);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task EveryOutcomeIsLogged(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("a.txt", Talks);
        await _store.IngestAsync("b.txt", Talks);

        await using var db = _store.Db();
        var log = await db.IngestionEvents.OrderBy(e => e.Id).Select(e => new { e.Source, e.Status, e.ArticleId }).ToListAsync();
        Assert.Equal([("a.txt", "ingested"), ("b.txt", "unchanged")], log.Select(e => (e.Source, e.Status)));
        Assert.All(log, e => Assert.NotNull(e.ArticleId));
    }

    private async Task AssertLoggedAsync(string source, string reason)
    {
        await using var db = _store.Db();
        var entry = await db.IngestionEvents.SingleAsync(e => e.Source == source);
        Assert.Equal("failed", entry.Status);
        Assert.Contains(reason, entry.Message);
        Assert.Null(entry.ArticleId);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_store.Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<List<IngestOutcome>> IngestFilesAsync(params string[] files)
    {
        var outcomes = new List<IngestOutcome>();
        await foreach (var outcome in _store.Ingestor.IngestFilesAsync(files, CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        return outcomes;
    }
}
