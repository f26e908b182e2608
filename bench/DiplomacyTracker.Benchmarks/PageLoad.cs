using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace DiplomacyTracker.Benchmarks;

/// <summary>
/// <c>pages --app DLL --db PATH [--clients 16] [--seconds 30] [--warmup 5]</c>: starts the real app on a free
/// loopback port over an existing database, times start-up to the first page, then has 16 clients fetch the home,
/// visit, issue and official pages and a search for a bounded time, and reports p50/p95/p99 per page and the app's
/// working set. Only 127.0.0.1; the app is stopped at the end.
/// </summary>
internal static class PageLoad
{
    public static async Task<int> RunAsync(string app, BenchStore db, int clients, TimeSpan duration, TimeSpan warmup, TextWriter output)
    {
        var targets = Targets.From(db);
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        output.WriteLine(Machine.Describe());

        var clock = Stopwatch.StartNew();
        using var process = AppProcess.Start(app, ["--urls", baseAddress.ToString(), .. db.Arguments], db);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var startup = await FirstPageAsync(http, clock);
        output.WriteLine($"start-up to first page: {startup.TotalMilliseconds:0} ms (working set {process.WorkingSetBytes() / 1048576} MB)");

        await LoadAsync(http, targets, clients, warmup, process, null);
        var samples = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = await LoadAsync(http, targets, clients, duration, process, samples);
        var workingSet = process.WorkingSetBytes();

        output.WriteLine($"{clients} clients for {duration.TotalSeconds:0} s after {warmup.TotalSeconds:0} s warm-up; {errors} errors; " +
                         $"working set peak {process.PeakWorkingSetBytes / 1048576} MB, at end {workingSet / 1048576} MB; load average after {Machine.LoadAverage()}");
        output.WriteLine("| page | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (page, bag) in samples.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var sorted = bag.Order().ToArray();
            output.WriteLine($"| {page} | {sorted.Length} | {sorted.Length / duration.TotalSeconds:0} | {Percentile(sorted, 50):0.0} | {Percentile(sorted, 95):0.0} | " +
                             $"{Percentile(sorted, 99):0.0} | {sorted[^1]:0.0} |");
        }

        return errors == 0 ? 0 : 1;
    }

    private static async Task<TimeSpan> FirstPageAsync(HttpClient http, Stopwatch clock)
    {
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var response = await http.GetAsync("/");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    await response.Content.ReadAsByteArrayAsync();
                    return clock.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("the app did not answer within a minute");
    }

    private static async Task<int> LoadAsync(HttpClient http, Targets targets, int clients, TimeSpan duration, AppProcess process,
        ConcurrentDictionary<string, ConcurrentBag<double>>? samples)
    {
        var errors = 0;
        using var stop = new CancellationTokenSource(duration);
        var workers = Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var i = worker; !stop.IsCancellationRequested; i++)
            {
                var (page, path) = targets.Pick(i, random);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        Console.Error.WriteLine($"{(int)response.StatusCode} {path}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                    Console.Error.WriteLine($"{e.GetType().Name} {path}");
                }

                samples?.GetOrAdd(page, _ => []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToList();
        while (!stop.IsCancellationRequested)
        {
            process.WorkingSetBytes();
            await Task.Delay(250);
        }

        await Task.WhenAll(workers);
        return errors;
    }

    private static double Percentile(double[] sorted, int p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The pages to fetch, with ids read from the database: random visits, issues, officials, search words.</summary>
    private sealed record Targets(int[] Visits, string[] Issues, int[] Officials, string[] Words)
    {
        private static readonly string[] Pages = ["home", "visit", "issue", "official", "search"];

        public static Targets From(BenchStore db)
        {
            using var connection = db.OpenReadOnly();
            List<T> Read<T>(string sql)
            {
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                using var reader = command.ExecuteReader();
                var values = new List<T>();
                while (reader.Read())
                {
                    values.Add(reader.GetFieldValue<T>(0));
                }

                return values;
            }

            var visits = Read<int>("""SELECT "Id" FROM "Visits" ORDER BY random() LIMIT 500""");
            var issues = Read<string>("""SELECT "Slug" FROM "Issues" WHERE EXISTS (SELECT 1 FROM "IssueMentions" m WHERE m."IssueId" = "Issues"."Id")""");
            var officials = Read<int>("""SELECT "Id" FROM "Officials" ORDER BY random() LIMIT 500""");
            var surnames = Read<string>("""SELECT "Name" FROM "Officials" ORDER BY random() LIMIT 50""").Select(n => n.Split(' ')[^1]);
            string[] words = ["talks", "visit", "climate", "Ukraine", "minister", "trade deficit", "Berlin", "cooperation", "human rights", "Tokyo"];
            return new Targets([.. visits], [.. issues], [.. officials], [.. words.Concat(surnames)]);
        }

        public (string Page, string Path) Pick(int i, Random random) => Pages[i % Pages.Length] switch
        {
            "home" => ("home", "/"),
            "visit" => ("visit", $"/visits/{Visits[random.Next(Visits.Length)]}"),
            "issue" => ("issue", $"/issues/{Issues[random.Next(Issues.Length)]}"),
            "official" => ("official", $"/officials/{Officials[random.Next(Officials.Length)]}"),
            _ => ("search", $"/search?q={Uri.EscapeDataString(Words[random.Next(Words.Length)])}"),
        };
    }
}
