using System.Text;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Reading;

public sealed class NestingDepthTests
{
    private const string Story = "<p>The foreign minister arrived in Lima on Monday for two days of talks with her Peruvian counterpart on trade and fisheries.</p>";

    [Fact]
    public void PageNestedThousandsOfLevelsDeepIsRefusedQuicklyWithAReason()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 3000; i++)
        {
            html.Append("<div><span>");
        }

        html.Append(Story).Append("</body></html>");

        var error = Assert.Throws<ArticleReadException>(() => new ArticleReaders().Read("deep.html", Encoding.UTF8.GetBytes(html.ToString())));

        Assert.Contains("levels deep", error.Message, StringComparison.Ordinal);
        // Quickly: refused by the pre-check in one pass over the markup, not by a parse (work, not the wall clock).
        var (depth, _, steps) = DiplomacyTracker.Ingestion.Reading.Html.NestingDepth.Measure(html.ToString());
        Assert.True(depth > DiplomacyTracker.Ingestion.Reading.Html.NestingDepth.Limit);
        Assert.True(steps <= 3L * html.Length, $"{steps} steps for {html.Length} characters");
    }

    [Fact]
    public void UnclosedParagraphsListItemsAndScriptComparisonsDoNotCountAsNesting()
    {
        var html = new StringBuilder("<html><head><script>for (var i=0; i<n; i++) { if (a<b) {} }</script></head><body><article>");
        for (var i = 0; i < 1000; i++)
        {
            html.Append("<p>Talks went on. <li>item <br> <img src=x>");
        }

        html.Append(Story).Append("</article></body></html>");

        var document = new ArticleReaders().Read("flat.html", Encoding.UTF8.GetBytes(html.ToString()));

        Assert.Contains("arrived in Lima", document.Text, StringComparison.Ordinal);
    }
}
