using System.Text;
using DiplomacyTracker.Ingestion.Reading;
using DiplomacyTracker.Ingestion.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Reading;

/// <summary>What reaches the store: no control characters in the text, offsets inside it, metadata of bounded length.</summary>
public sealed class StoredTextTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly StoreFixture _store = new(new ScriptedExtractor());

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ANulPastTheFirstKilobytesIsRemovedAndEveryExcerptPointsIntoTheStoredText()
    {
        var text = new string('x', 9000) + "\n\0\u0001\u001B" + Talks + "\nThe end.";

        var outcome = await _store.IngestAsync("nul.txt", text);

        Assert.Equal(IngestStatus.Ingested, outcome.Status);
        await using var db = _store.Db();
        var article = await db.Articles.Include(a => a.Excerpts).SingleAsync();
        Assert.Equal(text.Replace("\0\u0001\u001B", "", StringComparison.Ordinal), article.Text);
        Assert.NotEmpty(article.Excerpts);
        Assert.All(article.Excerpts, e => Assert.Equal(e.Text, article.Text.Substring(e.Start, e.Length)));
    }

    [Fact]
    public async Task HugeTitlesOutletsAndBylinesAreCut()
    {
        var huge = string.Join(' ', Enumerable.Repeat("Minister", 250_000));
        var page = HtmlPage.With(head: $"""
            <meta property="og:title" content="{huge}">
            <meta property="og:site_name" content="{huge}">
            <meta name="author" content="{huge}">
            """, before: "");

        var outcome = await _store.Ingestor.IngestAsync("huge.html", Encoding.UTF8.GetBytes(page), CancellationToken.None);

        Assert.Equal(IngestStatus.Ingested, outcome.Status);
        await using var db = _store.Db();
        var article = await db.Articles.SingleAsync();
        Assert.InRange(article.Title.Length, 100, StoredText.MaxTitleLength);
        Assert.InRange(article.Publisher!.Length, 50, StoredText.MaxPublisherLength);
        Assert.InRange(article.Byline?.Length ?? 0, 0, StoredText.MaxBylineLength);
        Assert.EndsWith("Minister…", article.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Plain title", 300, "Plain title")]
    [InlineData("Line\nbreak\0and NUL", 300, "Line break and NUL")]
    [InlineData("alpha beta gamma delta", 12, "alpha beta…")]
    public void FieldsAreOneLineAndCutAtAWord(string value, int max, string stored) => Assert.Equal(stored, StoredText.Field(value, max));
}
