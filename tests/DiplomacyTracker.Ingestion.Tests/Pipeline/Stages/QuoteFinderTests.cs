namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class QuoteFinderTests
{
    [Fact]
    public void QuoteAttributedToAnOfficialIsKept()
    {
        var doc = Articles.RunThrough("quotes", "French Foreign Minister Claire Roux arrived. \"We want stable ties,\" Roux said.");
        var quote = Assert.Single(doc.Quotes);

        Assert.Equal("claire roux", doc.People[quote.Person].Key);
        Assert.Equal(1, quote.Sentence);
    }

    [Fact]
    public void HeSaidPointsBackAtTheSubjectOfThePreviousSentence()
    {
        var doc = Articles.RunThrough("quotes", "French Foreign Minister Paul Roux met Senator Ann Bly. \"We want stable ties,\" he said.");

        Assert.Equal("paul roux", doc.People[Assert.Single(doc.Quotes).Person].Key);
    }

    [Fact]
    public void QuoteByAnAnalystIsDropped()
    {
        var doc = Articles.RunThrough("quotes", "French Foreign Minister Claire Roux arrived. Analyst Ben Ode said: \"This is a thaw.\" \"It matters,\" he added.");

        Assert.Empty(doc.Quotes);
    }
}
