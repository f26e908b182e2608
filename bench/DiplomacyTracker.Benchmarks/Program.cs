using System.Globalization;
using BenchmarkDotNet.Running;
using DiplomacyTracker.Benchmarks;

// dotnet run -c Release --project bench/DiplomacyTracker.Benchmarks -- <command>; see BENCHMARKS.md.
const string Usage = """
    usage:
      extraction [BenchmarkDotNet options]             one article's extraction, whole and stage by stage (BenchmarkDotNet)
      stages --corpus DIR [--count N]                  each stage's share of extraction time over a corpus
      scaling --corpus DIR                             one long article's extraction time per sentence as it grows, stage by stage
      writer --corpus DIR [--count N]                  extraction and the store writer timed apart, one thread each
      ingest --app DLL --corpus DIR --db PATH          the app's ingest command end to end, counts checked against the manifest
      real --app DLL --articles DIR --copies N --corpus DIR --db PATH
                                                       real articles copied N times, then the generated corpus, each ingested end to end
      reextract --app DLL --db PATH                    the app's reextract command end to end
      pages --app DLL --db PATH [--clients 16] [--seconds 30] [--warmup 5]
                                                       start-up time, then page latency under concurrent clients on loopback
    Every --db PATH (SQLite) may be --postgres "Host=...;Database=...;Username=...;Password=..." instead.
    """;

if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

if (args[0] == "extraction")
{
    BenchmarkSwitcher.FromTypes([typeof(ExtractionBenchmarks), typeof(StageBenchmarks)]).Run(args[1..]);
    return 0;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

string Required(string name) => options.TryGetValue(name, out var value) ? Path.GetFullPath(value) : throw new ArgumentException($"--{name} is required\n{Usage}");
int Number(string name, int fallback) => options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

return args[0] switch
{
    "stages" => StageProfile.Run(Required("corpus"), Number("count", 2000), Console.Out),
    "scaling" => Scaling.Run(Required("corpus"), Console.Out),
    "writer" => await WriterProfile.RunAsync(Required("corpus"), Number("count", 3000), Console.Out),
    "ingest" => await IngestRun.IngestAsync(Required("app"), Required("corpus"), BenchStore.From(options), Console.Out),
    "real" => await IngestRun.RealAndGeneratedAsync(Required("app"), Required("articles"), Number("copies", 40), Required("corpus"), BenchStore.From(options), Console.Out),
    "reextract" => await IngestRun.ReextractAsync(Required("app"), BenchStore.From(options), Console.Out),
    "pages" => await PageLoad.RunAsync(Required("app"), BenchStore.From(options), Number("clients", 16),
        TimeSpan.FromSeconds(Number("seconds", 30)), TimeSpan.FromSeconds(Number("warmup", 5)), Console.Out),
    _ => Fail(),
};

static int Fail()
{
    Console.Error.WriteLine(Usage);
    return 2;
}
