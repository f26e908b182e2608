using System.Net;
using AngleSharp;
using System.Text;
using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>
/// A stored article far longer than any news story: each request costs a bounded part of it, and the parts add up to
/// the whole, on every engine. Every sentence has an emoji (two UTF-16 units, one code point), so every part but the
/// first starts after thousands of them.
/// </summary>
public sealed class LongArticleTests : IDisposable
{
    private const int Paragraphs = 40_000;
    private const string Sentence = "Minister 😀 Berg met Soto in Santiago on Tuesday to discuss trade and fisheries.";
    private TrackerAppFactory _app = null!;
    private string _text = "";
    private Excerpt _late = null!;

    public void Dispose() => _app?.Dispose();

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task PageShowsAPartOfALongArticleAndLinksToTheRest(StoreProvider engine)
    {
        var id = await SeedAsync(engine);

        using var client = _app.CreateClient();
        var parts = new StringBuilder();
        var url = $"/articles/{id}";
        var requests = 0;
        var marked = false;
        while (url is not null)
        {
            using var response = await client.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(html.Length < 1024 * 1024, $"{url}: {html.Length} characters for a {_text.Length}-character article");
            var page = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
            parts.Append(page.QuerySelector(".article-text")!.TextContent);
            marked |= page.GetElementById($"excerpt-{_late.Id}")?.TextContent == _late.Text;
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href")!;
            Assert.True(++requests < 100, "the parts never end");
        }

        Assert.Equal(_text, parts.ToString());
        Assert.True(requests > 1);
        Assert.True(marked, "the excerpt in a later part is marked in it");
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task ApiServesALongTextInPartsWithALinkToTheNext(StoreProvider engine)
    {
        var id = await SeedAsync(engine);

        using var client = _app.CreateClient();
        var parts = new StringBuilder();
        var url = $"/api/articles/{id}";
        while (url is not null)
        {
            var body = await client.GetStringAsync(url);
            Assert.True(body.Length < 1024 * 1024, $"{url}: {body.Length} characters");
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            Assert.Equal(parts.Length, root.GetProperty("textFrom").GetInt32());
            Assert.Equal(_text.Length, root.GetProperty("textLength").GetInt32());
            parts.Append(root.GetProperty("text").GetString());
            url = root.GetProperty("textNext").GetString()!;
        }

        Assert.Equal(_text, parts.ToString());
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task APartStartsWhereAskedInUtf16UnitsAfterEmojis(StoreProvider engine)
    {
        var id = await SeedAsync(engine);
        var from = _text.IndexOf("30000. ", StringComparison.Ordinal);

        using var client = _app.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}?from={from}"));
        var root = json.RootElement;

        Assert.Equal(from, root.GetProperty("textFrom").GetInt32());
        Assert.Equal(_text.Length, root.GetProperty("textLength").GetInt32());
        Assert.StartsWith("30000. Minister 😀 Berg", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        var expected = _text.Substring(from, Web.Pages.Articles.TextWindow.Size);
        Assert.Equal(char.IsHighSurrogate(expected[^1]) ? expected[..^1] : expected, root.GetProperty("text").GetString());
    }

    private async Task<int> SeedAsync(StoreProvider engine)
    {
        _app = new TrackerAppFactory(engine);
        _text = string.Join("\n\n", Enumerable.Range(0, Paragraphs).Select(i => $"{i}. {Sentence}"));
        var late = _text.LastIndexOf(Sentence, StringComparison.Ordinal);
        var article = new Article { Title = "Long", SourcePath = "long.txt", Text = _text, ContentHash = "long" };
        _late = new Excerpt { Article = article, Start = late, Length = Sentence.Length, Text = Sentence };
        article.Excerpts.Add(_late);
        await _app.SeedAsync(db => db.Articles.Add(article));
        return article.Id;
    }
}
