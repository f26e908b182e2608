using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Ingestion.Reading.Html;

namespace DiplomacyTracker.Ingestion.Tests.Reading;

public sealed class HtmlArticleReaderTests
{
    private static SourceDocument Read(string html) => new HtmlArticleReader().Read("page.html", html);

    [Fact]
    public void StoryParagraphsAreSeparatedByABlankLine()
    {
        var text = Read(HtmlPage.With()).Text;

        Assert.Equal(string.Join("\n\n", HtmlPage.Story), text);
    }

    [Fact]
    public void NavigationAsideScriptsStylesAndCommentsAreDropped()
    {
        var html = HtmlPage.With(
            head: "<style>p { color: red }</style>",
            before: "<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World news</a></li></ul></nav>",
            inside: "<script>var tracking = 'beacon';</script><!-- editor: check the quote -->",
            after: "<aside class='sidebar'><h3>Most read</h3><p>Celebrity wedding stuns fans across the world.</p></aside>");

        var text = Read(html).Text;

        Assert.DoesNotContain("World news", text);
        Assert.DoesNotContain("beacon", text);
        Assert.DoesNotContain("color", text);
        Assert.DoesNotContain("editor", text);
        Assert.DoesNotContain("Celebrity", text);
        Assert.StartsWith(HtmlPage.Story[0], text);
    }

    [Fact]
    public void RelatedLinksShareWidgetsAndNewsletterBoxesAreDropped()
    {
        var html = HtmlPage.With(inside: """
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
            <div class="related-links"><h4>Related</h4><ul><li><a href="/a">Minister resigns</a></li><li><a href="/b">Talks collapse</a></li></ul></div>
            <div class="newsletter-signup">Sign up for our morning newsletter</div>
            """);

        var text = Read(html).Text;

        Assert.DoesNotContain("Share on", text);
        Assert.DoesNotContain("Minister resigns", text);
        Assert.DoesNotContain("newsletter", text);
    }

    [Fact]
    public void PhotoCaptionsAreDropped()
    {
        var html = HtmlPage.With(inside: "<figure><img src='a.jpg'><figcaption>The minister at the airport. Photo: Reuters</figcaption></figure>");

        Assert.DoesNotContain("Photo: Reuters", Read(html).Text);
    }

    [Fact]
    public void HeadingsAndListItemsBecomeTheirOwnParagraphs()
    {
        var html = HtmlPage.With(inside: "<h2>What was agreed</h2><ul><li>A visa accord, signed on Wednesday.</li><li>A trade council, meeting yearly.</li></ul>");

        var text = Read(html).Text;

        Assert.EndsWith("What was agreed\n\nA visa accord, signed on Wednesday.\n\nA trade council, meeting yearly.", text);
    }

    [Fact]
    public void EntitiesAreDecodedAndWhitespaceCollapsed()
    {
        var html = HtmlPage.With(inside: "<p>Talks   went \n  on &amp; on&nbsp;until <b>late</b>&hellip; said the &ldquo;envoy&rdquo;.</p>");

        Assert.EndsWith("Talks went on & on until late… said the “envoy”.", Read(html).Text);
    }

    [Fact]
    public void SameInputGivesTheSameText()
    {
        var html = HtmlPage.With(before: "<nav>Menu</nav>", inside: "<h2>Background</h2><p>More detail.</p>");

        Assert.Equal(Read(html).Text, Read(html).Text);
    }

    [Fact]
    public void PageWithoutArticleTextIsRefused()
    {
        var error = Assert.Throws<ArticleReadException>(() => Read("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"));

        Assert.Equal("HTML page has no article text", error.Message);
    }
}
