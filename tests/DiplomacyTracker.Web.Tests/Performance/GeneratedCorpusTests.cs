using DiplomacyTracker.Corpus;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Performance;

/// <summary>The benchmark corpus is only worth timing if ingesting it finds what the generator says it wrote.</summary>
public sealed class GeneratedCorpusTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dt-corpus-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task IngestingAGeneratedCorpusFindsTheVisitsMeetingsAndOfficialsOfItsManifest()
    {
        var manifest = CorpusGenerator.Generate(200, 7, Path.Combine(_folder, "corpus"));
        using var app = new TrackerAppFactory();
        _ = app.Server;

        var ingestor = app.Services.GetRequiredService<ArticleIngestor>();
        var outcomes = new List<IngestOutcome>();
        await foreach (var outcome in ingestor.IngestFilesAsync(ArticleIngestor.ExpandPaths([Path.Combine(_folder, "corpus", "articles")]), CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        var (visits, meetings, officials) = await app.QueryAsync(async db =>
            (await db.Visits.CountAsync(), await db.Meetings.CountAsync(), await db.Officials.CountAsync()));
        Assert.Equal(200, outcomes.Count(o => o.Status == IngestStatus.Ingested));
        Assert.True(manifest.QuietArticles > 0 && manifest.Trips.Any(t => t.Articles.Count > 1), "the corpus has quiet articles and trips told several times");
        Assert.Equal((manifest.Visits, manifest.Meetings, manifest.Officials), (visits, meetings, officials));
    }

    [Fact]
    public void TheSameSeedWritesTheSameCorpusAndAnotherSeedAnother()
    {
        var first = CorpusGenerator.Generate(60, 42, Path.Combine(_folder, "a"));
        var again = CorpusGenerator.Generate(60, 42, Path.Combine(_folder, "b"));
        var other = CorpusGenerator.Generate(60, 43, Path.Combine(_folder, "c"));

        Assert.Equal(Texts("a"), Texts("b"));
        Assert.NotEqual(Texts("a"), Texts("c"));
        Assert.Equal(first.Visits, again.Visits);
        Assert.Equal(60, other.Articles);
    }

    private List<string> Texts(string corpus) =>
        Directory.EnumerateFiles(Path.Combine(_folder, corpus), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
