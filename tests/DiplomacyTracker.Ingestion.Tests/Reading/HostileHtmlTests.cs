using System.Text;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Ingestion.Reading.Html;
using DiplomacyTracker.Ingestion.Tests.Store;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyTracker.Ingestion.Tests.Reading;

/// <summary>Markup built to tie up the reader: refused by a linear look at it, or stopped at the article's deadline.</summary>
public sealed class HostileHtmlTests
{
    private const string Story = "<p>The foreign minister arrived in Lima on Monday for two days of talks with her Peruvian counterpart on trade and fisheries.</p>";

    public static TheoryData<string, string> Hostile => new()
    {
        // Each '<' used to start a search for '>' to the end of the file.
        { "unterminated end tags", Repeat("</a", 1_000_000) },
        { "unterminated start tags", Repeat("<div class=x", 300_000) },
        // Closing an element that is not open closes nothing: the divs still nest.
        { "end tags of elements never opened", Repeat("<div></x>", 100_000) },
        // The slash means nothing on an HTML element: each is an open div.
        { "self-closing divs", Repeat("<div/>", 100_000) },
        { "200,000 sibling paragraphs", "<html><body>" + Repeat("<p>word</p>", 200_000) + "</body></html>" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileMarkupIsMeasuredInOnePass(string what, string html)
    {
        var (_, _, steps) = NestingDepth.Measure(html);

        Assert.True(steps <= 3L * html.Length, $"{what}: {steps} steps for {html.Length} characters");
    }

    [Theory]
    [InlineData("<div></x>", "levels deep")]
    [InlineData("<div/>", "levels deep")]
    [InlineData("<p>word</p>", "elements")]
    public void HostileMarkupIsRefusedWithAReason(string unit, string reason)
    {
        var html = "<html><body>" + Repeat(unit, 200_000) + Story + "</body></html>";

        var error = Assert.Throws<ArticleReadException>(() => new ArticleReaders().Read("hostile.html", Encoding.UTF8.GetBytes(html)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfClosingElementsInsideSvgAndClosedElementsDoNotNest()
    {
        var html = "<html><body><article><svg>" + Repeat("<path d='M0 0'/>", 2000) + "</svg>"
            + Repeat("<div><span>x</span></div>", 2000) + Story + Story + "</article></body></html>";

        Assert.True(NestingDepth.Of(html) < 10);
        Assert.Contains("arrived in Lima", new ArticleReaders().Read("page.html", Encoding.UTF8.GetBytes(html)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowPageIsStoppedAtTheArticlesDeadlineAndTheOthersGoOn()
    {
        using var store = new StoreFixture(new ScriptedExtractor());
        var ingestor = new ArticleIngestor(store.Factory, new ScriptedExtractor(), StoreFixture.Taxonomy, new ArticleReaders(),
            NullLogger<ArticleIngestor>.Instance) { ExtractionTimeLimit = TimeSpan.FromSeconds(2) };
        // Under the element limit, so it is read, and slowly: seconds of Readability scoring.
        var slow = Encoding.UTF8.GetBytes("<html><body>" + Repeat("<p>word word word word word word word word word.</p>", 45_000) + "</body></html>");
        var quick = Encoding.UTF8.GetBytes("2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.");

        var outcomes = new List<IngestOutcome>();
        await foreach (var outcome in ingestor.IngestAsync([new IngestItem("slow.html", () => slow), new IngestItem("quick.txt", () => quick)], CancellationToken.None))
        {
            outcomes.Add(outcome);
        }

        var failed = Assert.Single(outcomes, o => o.SourcePath == "slow.html");
        Assert.Equal(IngestStatus.Failed, failed.Status);
        Assert.StartsWith("reading took longer than", failed.Message, StringComparison.Ordinal);
        Assert.Equal(IngestStatus.Ingested, Assert.Single(outcomes, o => o.SourcePath == "quick.txt").Status);
    }

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();
}
