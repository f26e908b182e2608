namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void WordsOfAddressInInitialsDoNotEndASentence()
    {
        var text = "Prime Minister Ana Costa met H.E. Mr. Luis Soto in Lima today. They spoke for an hour.";
        var doc = Articles.RunThrough("sentences", text);

        Assert.Equal(["Prime Minister Ana Costa met H.E. Mr. Luis Soto in Lima today.", "They spoke for an hour."],
            doc.Sentences.Select(s => doc.TextOf(s)));
    }

    [Fact]
    public void SplitsAfterFullStopsButNotAfterInitialsOrAbbreviations()
    {
        var text = "Foreign Minister Ana J. Lima met Gov. Tom Reyes in Lisbon on Aug. 3. She then left for Porto.";
        var doc = Articles.RunThrough("sentences", text);

        Assert.Equal(["Foreign Minister Ana J. Lima met Gov. Tom Reyes in Lisbon on Aug. 3.", "She then left for Porto."],
            doc.Sentences.Select(s => doc.TextOf(s)));
    }

    [Fact]
    public void EveryLineIsItsOwnSentenceAndSpansAreTrimmed()
    {
        var text = "  Headline without a full stop  \n\nBody sentence one. Body sentence two.\n";
        var doc = Articles.RunThrough("sentences", text);

        Assert.Equal(["Headline without a full stop", "Body sentence one.", "Body sentence two."], doc.Sentences.Select(s => doc.TextOf(s)));
    }

    [Fact]
    public void AcronymEndsASentenceOnlyBeforeAnOrdinarySentenceStart()
    {
        var doc = Articles.RunThrough("sentences", "He flew to the U.K. The talks began. Talks with the U.S. Trade Representative followed.");

        Assert.Equal(3, doc.Sentences.Count);
    }

    [Fact]
    public void CreditLinesAreMarked()
    {
        var doc = Articles.RunThrough("sentences", "The minister arrived.\nReporting by Jo Bloggs; editing by Sam Smith");

        Assert.False(doc.Sentences[0].IsCredit);
        Assert.True(doc.Sentences[1].IsCredit);
    }
}
