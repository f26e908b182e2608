namespace DiplomacyTracker.Ingestion.Tests.Pipeline;

public sealed class LexiconTests
{
    [Fact]
    public void ExtendedCopyOfTheLexiconAddsIssues()
    {
        var (lexicon, result) = Articles.WithEditedLexicon("issues.json", json => json.Replace("\"issues\": [", """
            "issues": [ { "slug": "rare-earths", "name": "Rare earth minerals", "description": "Supply of rare earths.", "patterns": ["rare earths?"] },
            """, StringComparison.Ordinal), load =>
        {
            var lexicon = load();
            var pipeline = new DiplomacyTracker.Ingestion.Pipeline.ExtractionPipeline(lexicon);
            return (lexicon, pipeline.Extract(new DiplomacyTracker.Ingestion.Reading.SourceDocument("x.txt",
                "Japanese Foreign Minister Aiko Sato arrived in Hanoi on Monday. Sato met Vietnamese President Lan Pham to discuss rare earths.",
                Published: Articles.On(2026, 5, 5)), DiplomacyTracker.Ingestion.Pipeline.IKnownTrips.None));
        });

        Assert.Contains(lexicon.Issues, i => i.Slug == "rare-earths");
        Assert.True(result.Facts.Issues.Any(i => i.Slug == "rare-earths"), string.Join("; ", result.Warnings));
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
        var error = Articles.WithEditedLexicon("titles.json",
            json => json.Replace("\"offices\": {", "\"offices\": { \"grand vizier\": \"Ottomania\",", StringComparison.Ordinal),
            load => Assert.Throws<InvalidDataException>(load));

        Assert.Contains("titles.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("grand vizier", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ottomania", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutletOfAnUnknownCountryIsRefusedWithItsName()
    {
        var error = Articles.WithEditedLexicon("outlets.json",
            json => json.Replace("\"outlets\": [", "\"outlets\": [ { \"name\": \"Ottoman Herald\", \"country\": \"Ottomania\" },", StringComparison.Ordinal),
            load => Assert.Throws<InvalidDataException>(load));

        Assert.Contains("outlets.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ottoman Herald", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ottomania", error.Message, StringComparison.Ordinal);
    }
}
