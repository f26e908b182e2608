using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Reading;

public sealed class TextArticleReaderTests
{
    private static SourceDocument Read(string text) => new TextArticleReader().Read("a.txt", text);

    [Fact]
    public void TextIsKeptAsItIsWithLineEndingsNormalised()
    {
        var page = Read("\uFEFFNAIROBI, May 1 —  The minister arrived.\r\n\r\nTalks began.\rEnd.");

        Assert.Equal("NAIROBI, May 1 —  The minister arrived.\n\nTalks began.\nEnd.", page.Text);
    }

    [Fact]
    public void TitleIsTheFirstNonEmptyLine()
    {
        Assert.Equal("Minister visits Kenya", Read("\n\n  Minister visits Kenya  \nNAIROBI — The minister arrived.").Title);
    }

    [Fact]
    public void BoilerplateLinesAreSkippedWhenPickingTheTitle()
    {
        var page = Read("Accessibility links\n1. Skip to content\n2. Skip to navigation\nBreaking News\nMinister visits Kenya\nBody.");

        Assert.Equal("Minister visits Kenya", page.Title);
    }

    [Fact]
    public void PublisherAndDateAreLeftToThePipeline()
    {
        var page = Read("Minister visits Kenya\nNAIROBI, May 1, 2024 — Body.");

        Assert.Null(page.Publisher);
        Assert.Null(page.Published);
    }
}
