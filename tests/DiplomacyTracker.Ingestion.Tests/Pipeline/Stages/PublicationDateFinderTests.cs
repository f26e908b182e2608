namespace DiplomacyTracker.Ingestion.Tests.Pipeline.Stages;

public sealed class PublicationDateFinderTests
{
    [Theory]
    [InlineData("Ministers meet in Rome\nMar 3, 2027, 9:15 PM\nThe foreign minister arrived.", 2027, 3, 3)]
    [InlineData("Ministry of Foreign Affairs\n11/05/2026 | Press release | Distributed by Public\nThe minister arrived.", 2026, 11, 5)]
    [InlineData("Talks in Nairobi\n\nJuly 9, 2025\n\nThe minister arrived.", 2025, 7, 9)]
    [InlineData("Ministers talk\nPhoto: the minister is greeted in Hanoi, 14 February 2026.\nThe minister arrived.", 2026, 2, 14)]
    public void ReadsTheDateFromTheHeader(string text, int year, int month, int day)
    {
        var doc = Articles.RunThrough("publication", text);

        Assert.Equal(new DateOnly(year, month, day), doc.Published);
        Assert.False(doc.PublishedInferred);
    }

    [Fact]
    public void MetadataDateWinsOverTheText()
    {
        var doc = Articles.RunThrough("publication", "July 9, 2025\nThe minister arrived.", Articles.On(2025, 7, 10));

        Assert.Equal(new DateOnly(2025, 7, 10), doc.Published);
    }

    [Fact]
    public void WireDatelineTakesItsYearFromAMonthTheTextDates()
    {
        var doc = Articles.RunThrough("publication", "HANOI, Feb. 2 (Xinhua) -- The minister arrived, after talks held in November 2026.");

        Assert.Equal(new DateOnly(2027, 2, 2), doc.Published);
        Assert.True(doc.PublishedInferred);
    }

    [Fact]
    public void ArticleWithoutAnyDateHasNoPublicationDate()
    {
        var doc = Articles.RunThrough("publication", "April 5 (UPI) -- The minister arrived, his first visit since 2019.");

        Assert.Null(doc.Published);
    }

    [Fact]
    public void FullDateDeepInTheBodyIsOnlyAnInference()
    {
        var text = string.Concat(Enumerable.Repeat("Filler sentence about nothing in particular. ", 60)) + "The summit ended on May 2, 2026.";
        var doc = Articles.RunThrough("publication", text);

        Assert.Equal(new DateOnly(2026, 5, 2), doc.Published);
        Assert.True(doc.PublishedInferred);
    }
}
