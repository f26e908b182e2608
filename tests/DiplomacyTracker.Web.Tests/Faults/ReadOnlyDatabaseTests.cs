using System.Net;
using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Faults;

/// <summary>A database the app may only read (permissions, a read-only mount, Mode=ReadOnly): serving and export work, writing says why not.</summary>
public sealed class ReadOnlyDatabaseTests : IDisposable
{
    private readonly TrackerAppFactory _writable = new();

    public void Dispose() => _writable.Dispose();

    [Fact]
    public async Task AReadOnlyDatabaseIsServedAndExportedWithoutMigrating()
    {
        var id = await StoreAnArticleAsync();
        using var app = new ReadOnlyApp(_writable.DatabasePath);

        var page = await app.GetPageAsync($"/articles/{id}");
        var output = new StringWriter();
        var code = await ExportCommand.RunAsync(app.Services, null, output, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(0, code);
        Assert.Contains("generated/000.txt", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritingCommandsSayTheDatabaseIsReadOnly()
    {
        await StoreAnArticleAsync();
        using var app = new ReadOnlyApp(_writable.DatabasePath);
        _ = app.Server;

        var ingest = new StringWriter();
        var ingestCode = await IngestCommand.RunAsync(app.Services, [Path.Combine(TrackerAppFactory.RepositoryRoot, "seeds")], ingest, null, CancellationToken.None);
        var reextract = new StringWriter();
        var reextractCode = await ReextractCommand.RunAsync(app.Services, reextract, CancellationToken.None);

        Assert.Equal((1, 1), (ingestCode, reextractCode));
        Assert.Matches(@"^error: the database .*tracker\.db is read-only; ingest writes to it\s*$", ingest.ToString());
        Assert.Matches(@"^error: the database .*tracker\.db is read-only; reextract writes to it\s*$", reextract.ToString());
    }

    private async Task<int> StoreAnArticleAsync()
    {
        _writable.StartServer();
        var outcome = await _writable.Services.GetRequiredService<ArticleIngestor>()
            .IngestAsync("generated/000.txt", Encoding.UTF8.GetBytes(GeneratedArticles.Visit(0)), CancellationToken.None);
        Assert.Equal(IngestStatus.Ingested, outcome.Status);
        return outcome.ArticleId!.Value;
    }

    private sealed class ReadOnlyApp(string database) : TrackerAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Tracker",
                new SqliteConnectionStringBuilder(TrackerDatabase.ConnectionStringFor(database)) { Mode = SqliteOpenMode.ReadOnly }.ToString());
        }
    }
}
