using BenchmarkDotNet.Attributes;
using DiplomacyTracker.Ingestion.Pipeline;
using DiplomacyTracker.Ingestion.Pipeline.Document;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Benchmarks;

/// <summary>The extraction of one article, whole, by shape.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private static readonly Lazy<IReadOnlyDictionary<string, SourceDocument>> Samples = new(SampleArticles.Load);
    private ExtractionPipeline _pipeline = null!;
    private SourceDocument _article = null!;

    [ParamsSource(nameof(Articles))]
    public string Article { get; set; } = "";

    public static IEnumerable<string> Articles() => Samples.Value.Keys.Order(StringComparer.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new ExtractionPipeline(Lexicon.LoadDefault());
        _article = Samples.Value[Article];
    }

    [Benchmark]
    public ExtractionResult Extract() => _pipeline.Extract(_article, IKnownTrips.None);
}

/// <summary>Each stage of the extraction on its own, on a generated wire story and a seed article.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static readonly Lazy<IReadOnlyDictionary<string, SourceDocument>> Samples = new(SampleArticles.Load);
    private Stages _stages = null!;
    private ArticleDocument _input = null!;
    private int _index;

    [ParamsSource(nameof(Articles))]
    public string Article { get; set; } = "";

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "";

    public static IEnumerable<string> Articles() => Samples.Value.Keys.Where(k => k is "generated wire" || k.StartsWith("seed", StringComparison.Ordinal));

    public static IEnumerable<string> StageNames() => new Stages(Lexicon.LoadDefault()).All.Select(s => s.Name);

    [GlobalSetup]
    public void Setup()
    {
        _stages = new Stages(Lexicon.LoadDefault());
        _index = _stages.All.ToList().FindIndex(s => s.Name == Stage);
        _input = _stages.Before(_index, Samples.Value[Article]);
    }

    [Benchmark]
    public object Run() => _stages.All[_index].Stage.Run(_input, CancellationToken.None);
}
