namespace DiplomacyTracker.Ingestion.Tests.Pipeline;

public sealed class LexiconTests
{
    [Fact]
    public void ExtendedCopyOfTheLexiconAddsIssues()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(Articles.Lexicon.Folder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var issues = Path.Combine(folder, "issues.json");
            var json = File.ReadAllText(issues).Replace("\"issues\": [", """
                "issues": [ { "slug": "rare-earths", "name": "Rare earth minerals", "description": "Supply of rare earths.", "patterns": ["rare earths?"] },
                """, StringComparison.Ordinal);
            File.WriteAllText(issues, json);

            var lexicon = DiplomacyTracker.Ingestion.Pipeline.Lexicon.Load(folder);
            var pipeline = new DiplomacyTracker.Ingestion.Pipeline.ExtractionPipeline(lexicon);
            var result = pipeline.Extract(new DiplomacyTracker.Ingestion.Reading.SourceDocument("x.txt",
                "Japanese Foreign Minister Aiko Sato arrived in Hanoi on Monday. Sato met Vietnamese President Lan Pham to discuss rare earths.",
                Published: Articles.On(2026, 5, 5)), DiplomacyTracker.Ingestion.Pipeline.IKnownTrips.None);

            Assert.Contains(lexicon.Issues, i => i.Slug == "rare-earths");
            Assert.True(result.Facts.Issues.Any(i => i.Slug == "rare-earths"), string.Join("; ", result.Warnings));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MissingFolderSaysWhichFileIsMissing()
    {
        var error = Assert.Throws<FileNotFoundException>(() => DiplomacyTracker.Ingestion.Pipeline.Lexicon.Load("/nonexistent-lexicon"));

        Assert.Contains("titles.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOfficeOfAnUnknownCountryIsRefusedWithItsName()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var file in Directory.GetFiles(Articles.Lexicon.Folder))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var titles = Path.Combine(folder, "titles.json");
            File.WriteAllText(titles, File.ReadAllText(titles).Replace("\"offices\": {", "\"offices\": { \"grand vizier\": \"Ottomania\",", StringComparison.Ordinal));

            var error = Assert.Throws<InvalidDataException>(() => DiplomacyTracker.Ingestion.Pipeline.Lexicon.Load(folder));

            Assert.Contains("titles.json", error.Message, StringComparison.Ordinal);
            Assert.Contains("grand vizier", error.Message, StringComparison.Ordinal);
            Assert.Contains("Ottomania", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
