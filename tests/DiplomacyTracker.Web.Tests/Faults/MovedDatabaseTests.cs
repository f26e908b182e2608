using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Faults;

/// <summary>The database file deleted or moved under the running app: writing stops with an error that says so.</summary>
public sealed class MovedDatabaseTests : IDisposable
{
    private readonly TrackerAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task IngestAfterTheDatabaseFileWasDeletedOrMovedStopsSayingSo(bool moved)
    {
        _app.StartServer();
        var ingestor = _app.Services.GetRequiredService<ArticleIngestor>();
        Assert.Equal(IngestStatus.Ingested, (await ingestor.IngestAsync("generated/000.txt", Article(0), CancellationToken.None)).Status);

        // Held open, as a page being served would.
        await using var reading = _app.Services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContext();
        await reading.Database.OpenConnectionAsync();
        foreach (var file in new[] { _app.DatabasePath, _app.DatabasePath + "-wal", _app.DatabasePath + "-shm" }.Where(File.Exists))
        {
            if (moved)
            {
                File.Move(file, file.Replace("tracker.db", "elsewhere.db", StringComparison.Ordinal));
            }
            else
            {
                File.Delete(file);
            }
        }

        var error = await Assert.ThrowsAsync<DatabaseMovedException>(() => ingestor.IngestAsync("generated/001.txt", Article(1), CancellationToken.None));

        Assert.Contains("was deleted or moved", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_app.DatabasePath) && new FileInfo(_app.DatabasePath).Length > 0, "a new, empty database was written in its place");
    }

    private static byte[] Article(int i) => Encoding.UTF8.GetBytes(GeneratedArticles.Visit(i));
}
