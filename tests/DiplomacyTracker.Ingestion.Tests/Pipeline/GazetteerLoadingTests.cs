namespace DiplomacyTracker.Ingestion.Tests.Pipeline;

/// <summary>A malformed place file stops the lexicon from loading, saying which file, which entry and what is wrong.</summary>
public sealed class GazetteerLoadingTests
{
    [Theory]
    [InlineData("gazetteer.tsv", "Lisbon\tPT\t", "Ostrava\tZZ\t284982\t", "line")]
    [InlineData("gazetteer.tsv", "Lisbon\tPT\t", "Ostrava\tCZ\tmany\t", "population")]
    [InlineData("countries.json", "\"iso2\": \"PT\"", "\"iso2\": \"Portugal\"", "iso2")]
    [InlineData("cities.json", "\"Beijing\": \"China\"", "\"Beijing\": \"Cathay\"", "Cathay")]
    [InlineData("places.json", "\"strongPopulation\": 1000000", "\"strongPopulation\": -5", "strongPopulation")]
    public void AMalformedEntryFailsAtStartUpWithTheFileAndTheProblem(string file, string anchor, string inserted, string said)
    {
        var folder = CopyOfTheLexicon();
        try
        {
            var path = Path.Combine(folder, file);
            var text = File.ReadAllText(path);
            Assert.Contains(anchor, text, StringComparison.Ordinal);
            File.WriteAllText(path, file.EndsWith(".tsv", StringComparison.Ordinal)
                ? text + inserted + "\n"
                : ReplaceFirst(text, anchor, inserted));

            var error = Assert.Throws<InvalidDataException>(() => DiplomacyTracker.Ingestion.Pipeline.Lexicon.Load(folder));

            Assert.Contains(file, error.Message, StringComparison.Ordinal);
            Assert.Contains(said, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string ReplaceFirst(string text, string anchor, string replacement)
    {
        var at = text.IndexOf(anchor, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + anchor.Length)..];
    }

    private static string CopyOfTheLexicon()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Articles.Lexicon.Folder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
