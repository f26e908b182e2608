using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Ingestion.Reading.Html;

namespace DiplomacyTracker.Ingestion.Tests.Reading;

public sealed class HtmlMetadataTests
{
    private static SourceDocument Read(string head = "", string before = "") =>
        new HtmlArticleReader().Read("page.html", HtmlPage.With(head: head, before: before));

    [Fact]
    public void CanonicalLinkIsTheOriginalUrlBeforeOpenGraphUrl()
    {
        var page = Read(head: "<link rel='canonical' href='https://www.dw.com/en/xi-tells-blinken/a-68929301'><meta property='og:url' content='https://m.dw.com/x'>");

        Assert.Equal("https://www.dw.com/en/xi-tells-blinken/a-68929301", page.OriginalUrl);
    }

    [Fact]
    public void OpenGraphUrlIsTheOriginalUrlWithoutACanonicalLink()
    {
        var page = Read(head: "<meta property='og:url' content='https://apnews.com/article/blinken-china-1'>");

        Assert.Equal("https://apnews.com/article/blinken-china-1", page.OriginalUrl);
    }

    [Fact]
    public void AddressThatIsNotHttpIsNoOriginalUrl()
    {
        var page = Read(head: "<link rel='canonical' href='javascript:alert(1)'>");

        Assert.Null(page.OriginalUrl);
    }

    [Fact]
    public void SiteSuffixIsStrippedFromTheTitle()
    {
        var page = Read(head: "<title>Minister visits Kenya - The New York Times</title><meta property='og:site_name' content='The New York Times'>");

        Assert.Equal("Minister visits Kenya", page.Title);
    }

    [Fact]
    public void PipeSuffixNamingTheHostIsStripped()
    {
        var page = Read(head: "<title>Minister visits Kenya | CNN</title><link rel='canonical' href='https://edition.cnn.com/2024/05/01/minister'>");

        Assert.Equal("Minister visits Kenya", page.Title);
    }

    [Fact]
    public void SuffixThatIsNotTheOutletStays()
    {
        var page = Read(head: "<meta property='og:title' content='Why the talks failed | Jane Doe'><meta property='og:site_name' content='The Guardian'>");

        Assert.Equal("Why the talks failed | Jane Doe", page.Title);
    }

    [Fact]
    public void OpenGraphTitleIsPreferredOverTheTitleElement()
    {
        var page = Read(head: "<title>World | Home | Site</title><meta property='og:title' content='Minister visits Kenya'>");

        Assert.Equal("Minister visits Kenya", page.Title);
    }

    [Fact]
    public void SingleHeadingIsPreferredOverTheTitleElement()
    {
        var page = Read(head: "<title>Site - World</title>", before: "<h1>Minister visits Kenya</h1>");

        Assert.Equal("Minister visits Kenya", page.Title);
    }

    [Fact]
    public void JsonLdGivesHeadlineDateAuthorAndPublisher()
    {
        var page = Read(head: """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Minister visits Kenya",
             "datePublished":"2024-05-01T09:30:00+03:00","author":[{"@type":"Person","name":"Jane Doe"}],
             "publisher":{"@type":"Organization","name":"Daily Planet"}}
            </script>
            """);

        Assert.Equal("Minister visits Kenya", page.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, TimeSpan.FromHours(3)), page.Published);
        Assert.Equal("Jane Doe", page.Byline);
        Assert.Equal("Daily Planet", page.Publisher);
    }

    [Fact]
    public void JsonLdWrappedInCdataIsRead()
    {
        var page = Read(head: "<script type='application/ld+json'><![CDATA[ {\"@type\":\"Article\",\"datePublished\":\"2018-04-05T06:00\"} ]]></script>");

        Assert.Equal(new DateTimeOffset(2018, 4, 5, 6, 0, 0, TimeSpan.Zero), page.Published);
    }

    [Fact]
    public void TimeElementGivesThePublicationTime()
    {
        var page = Read(before: "<time datetime='2024-05-01T07:00:00Z'>1 May 2024</time>");

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 7, 0, 0, TimeSpan.Zero), page.Published);
    }

    [Fact]
    public void ArticlePublishedTimeMetaIsRead()
    {
        var page = Read(head: "<meta property='article:published_time' content='2015-07-24T05:36:09+01:00'>");

        Assert.Equal(new DateTimeOffset(2015, 7, 24, 5, 36, 9, TimeSpan.FromHours(1)), page.Published);
    }

    [Fact]
    public void OpenGraphSiteNameIsThePublisher()
    {
        Assert.Equal("BBC News", Read(head: "<meta property='og:site_name' content='BBC News'>").Publisher);
    }

    [Fact]
    public void PublisherFallsBackToTheHost()
    {
        Assert.Equal("reuters.com", Read(head: "<meta property='og:url' content='https://www.reuters.com/world/a-story'>").Publisher);
    }

    [Fact]
    public void BylineComesFromMetaAuthor()
    {
        Assert.Equal("Jane Doe", Read(head: "<meta name='author' content='Jane Doe'>").Byline);
    }

    [Fact]
    public void BylineElementLosesItsBy()
    {
        Assert.Equal("Erin Cunningham", Read(before: "<span class='pb-byline'>By <a href='/people/erin'>Erin Cunningham</a></span>").Byline);
    }

    [Fact]
    public void MissingMetadataIsNull()
    {
        var page = Read();

        Assert.Null(page.Title);
        Assert.Null(page.Byline);
        Assert.Null(page.Publisher);
        Assert.Null(page.Published);
    }
}
