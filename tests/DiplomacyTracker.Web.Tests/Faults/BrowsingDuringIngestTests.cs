using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DiplomacyTracker.Web.Tests.Faults;

/// <summary>
/// The real app on Kestrel at a loopback port, browsed by 16 clients while the real pipeline stores a batch of
/// articles: under WAL readers never wait for the writer, so every page must answer 2xx and none may see
/// "database is locked".
/// </summary>
public sealed class BrowsingDuringIngestTests(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 150;
    private const int Clients = 16;
    private static readonly TimeSpan MinimumLoad = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan MaximumLoad = TimeSpan.FromSeconds(120);

    private readonly LoopbackAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EveryPageAnswersWhileABatchIsIngested()
    {
        _app.StartServer();
        var ingestor = _app.Services.GetRequiredService<ArticleIngestor>();
        var first = await ingestor.IngestAsync("generated/000.txt", Encoding.UTF8.GetBytes(GeneratedArticles.Visit(0)), CancellationToken.None);
        Assert.Equal(IngestStatus.Ingested, first.Status);
        var visitId = await _app.QueryAsync(db => db.Visits.OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());
        string[] paths = ["/", "/issues", "/officials", "/search?q=minister", $"/visits/{visitId}"];

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Clients, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = _app.ClientOptions.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var items = Enumerable.Range(1, Articles)
            .Select(i => new IngestItem($"generated/{i:000}.txt", () => Encoding.UTF8.GetBytes(GeneratedArticles.Visit(i))));
        var ingestStarted = new TaskCompletionSource();
        var ingest = Task.Run(async () =>
        {
            // The clients are at full speed before the batch starts, so all of it is written under load.
            await Task.Delay(TimeSpan.FromSeconds(1));
            ingestStarted.SetResult();
            var outcomes = new List<IngestOutcome>();
            await foreach (var outcome in ingestor.IngestAsync(items, CancellationToken.None))
            {
                outcomes.Add(outcome);
            }

            return outcomes;
        });

        var failures = new ConcurrentQueue<string>();
        var requests = 0;
        var duringIngest = 0;
        var clock = Stopwatch.StartNew();
        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var i = client; (clock.Elapsed < MinimumLoad || !ingest.IsCompleted) && clock.Elapsed < MaximumLoad; i++)
            {
                var path = paths[i % paths.Length];
                var ingesting = ingestStarted.Task.IsCompleted && !ingest.IsCompleted;
                try
                {
                    using var response = await http.GetAsync(path);
                    var body = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode || body.Contains("database is locked", StringComparison.OrdinalIgnoreCase))
                    {
                        failures.Enqueue($"{(int)response.StatusCode} {path}");
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue($"{path}: {e.GetType().Name}: {e.Message}");
                }

                Interlocked.Increment(ref requests);
                if (ingesting)
                {
                    Interlocked.Increment(ref duringIngest);
                }
            }
        })).ToList();
        await Task.WhenAll(clients);
        var outcomes = await ingest;

        output.WriteLine($"{requests} requests in {clock.Elapsed.TotalSeconds:0.0} s, {duringIngest} during the ingest; {failures.Count} failures");
        Assert.Empty(failures.Take(20));
        Assert.True(clock.Elapsed < MaximumLoad, "the ingest did not finish in time");
        Assert.True(duringIngest > 0, "no request was made while the batch was written");
        Assert.Equal(Articles, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Status == IngestStatus.Ingested, o.ToString()));
    }

    /// <summary>The app on Kestrel at a port the system picks, with the search limit off: 16 clients share one address.</summary>
    private sealed class LoopbackAppFactory : TrackerAppFactory
    {
        public LoopbackAppFactory() => UseKestrel(0);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Tracker:RateLimits:Search", "0");
        }
    }
}
