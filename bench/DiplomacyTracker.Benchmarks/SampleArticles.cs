using DiplomacyTracker.Corpus;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Benchmarks;

/// <summary>Articles to time: generated ones of each shape, and the seed articles (real, longer coverage) when found.</summary>
internal static class SampleArticles
{
    public static IReadOnlyDictionary<string, SourceDocument> Load()
    {
        var folder = Path.Combine(Path.GetTempPath(), "diplomacy-bench-sample");
        if (!File.Exists(Path.Combine(folder, "manifest.json")))
        {
            CorpusGenerator.Generate(40, 42, folder);
        }

        var samples = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "articles"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var shape = Path.GetFileNameWithoutExtension(file).Split('_')[1];
            samples.TryAdd("generated " + shape, new SourceDocument(file, File.ReadAllText(file)));
        }

        if (FindUp("seeds") is { } seeds)
        {
            var seed = Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal).First();
            samples["seed " + Path.GetFileName(seed)[..3]] = new SourceDocument(seed, File.ReadAllText(seed));
        }

        return samples;
    }

    /// <summary>A folder of that name in the current folder or one above it (the repository's seeds).</summary>
    public static string? FindUp(string name)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
