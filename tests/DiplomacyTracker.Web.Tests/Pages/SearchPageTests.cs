using System.Net;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using DiplomacyTracker.Web.Tests.Api;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>The search page and the <c>q</c> filter, on every engine the run has (SQLite FTS5, PostgreSQL tsvector).</summary>
public sealed class SearchPageTests(EngineWorlds worlds) : IClassFixture<EngineWorlds>
{
    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task FindsArticlesAndMarksTheMatch(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        var page = await fixture.GetPageAsync("/search?q=fentanyl");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(
            new[] { $"/articles/{fixture.World.Voa.Id}", $"/articles/{fixture.World.Ap.Id}" }.Order(StringComparer.Ordinal),
            page.Document.Hrefs(".search-results .hit h2 a").Order(StringComparer.Ordinal));
        Assert.All(page.Document.QuerySelectorAll(".snippet mark.match"), m => Assert.Equal("fentanyl", m.TextContent, ignoreCase: true));
        Assert.NotEmpty(page.Document.QuerySelectorAll(".snippet mark.match"));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task EveryWordMustMatchAndStemsAreFound(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        var page = await fixture.GetPageAsync("/search?q=meets+xi");

        Assert.Equal([$"/articles/{fixture.World.Reuters.Id}"], page.Document.Hrefs(".search-results .hit h2 a"));
        Assert.Contains(page.Document.QuerySelectorAll("h2 mark.match"), m => m.TextContent == "meets");
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TitleIsShownWholeWithOnlyTheMatchMarked(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        var page = await fixture.GetPageAsync("/search?q=steady");
        var title = page.Document.QuerySelector(".search-results .hit h2 a")!;

        Assert.Equal(fixture.World.Reuters.Title, title.TextContent);
        Assert.Equal(["steady"], title.QuerySelectorAll("mark.match").Select(m => m.TextContent).ToArray());
        Assert.DoesNotContain(page.Document.Body!.TextContent, c => c is Web.Browsing.Snippet.Open or Web.Browsing.Snippet.Close);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task SentenceSearchLinksToTheHighlightedExcerpt(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        var page = await fixture.GetPageAsync("/search?q=Diaoyutai&in=sentences");

        Assert.Equal([$"/articles/{fixture.World.Voa.Id}#excerpt-{fixture.World.WangMeetingVoa.Id}"], page.Document.Hrefs(".search-results a.source"));
        Assert.Equal(["Diaoyutai"], page.Document.Texts(".search-results mark.match"));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("input[name='in'][value='sentences']")!).IsChecked);
    }

    /// <summary>SQLite's tokenizer reads the words inside markup; PostgreSQL's parser reads a tag as one token it does not index.</summary>
    [Fact]
    public async Task MarkupInMatchesIsShownAsTextAndOnlyTheMatchIsMarked()
    {
        var fixture = await worlds.OnAsync(StoreProvider.Sqlite);
        var page = await fixture.GetPageAsync("/search?q=script&in=sentences");
        var hit = page.Document.QuerySelector(".search-results .hit blockquote")!;

        Assert.Empty(hit.QuerySelectorAll("script, b"));
        Assert.Equal(["script", "script"], hit.QuerySelectorAll("mark").Select(m => m.TextContent).ToArray());
        Assert.Contains("<script>alert('x')</script> & <b>nothing</b> more.", hit.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task MarkupAroundAMatchIsShownAsText(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        var page = await fixture.GetPageAsync("/search?q=nothing&in=sentences");
        var hit = page.Document.QuerySelector(".search-results .hit blockquote")!;

        Assert.Empty(hit.QuerySelectorAll("script, b"));
        Assert.Equal(["nothing"], hit.QuerySelectorAll("mark").Select(m => m.TextContent).ToArray());
        Assert.Contains(TestWorld.MarkupSentence, hit.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task AccentedWordsMatchPlainTextAndPlainWordsMatchAccentedText(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        await fixture.App.SeedAsync(db => db.Articles.Add(new Article
        {
            Title = "Envoys gather in Zurich", SourcePath = "accents.txt", ContentHash = "accents-" + engine,
            Text = "Ministers met in Zurich before flying on to São Paulo.",
        }));

        foreach (var (q, marked) in new[] { ("Zürich", "Zurich"), ("sao+paulo", "São") })
        {
            var page = await fixture.GetPageAsync($"/search?q={q}");

            Assert.Single(page.Document.QuerySelectorAll(".search-results .hit"));
            Assert.Contains(page.Document.QuerySelectorAll(".search-results mark.match"), m => m.TextContent == marked);
        }
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task SearchSyntaxInTheQueryNeverFails(StoreProvider engine, string q)
    {
        var fixture = await worlds.OnAsync(engine);
        foreach (var scope in new[] { "articles", "sentences" })
        {
            var page = await fixture.GetPageAsync($"/search?q={Uri.EscapeDataString(q)}&in={scope}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.Document.QuerySelector(".result-summary, .empty"));
        }

        foreach (var url in new[] { "/?q=", "/api/articles?q=", "/api/visits?q=", "/api/meetings?q=" })
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.App.GetAsync(url + Uri.EscapeDataString(q))).Status);
        }
    }

    /// <summary>FTS5's and websearch_to_tsquery's syntax, SQL, control characters, and a word too long for PostgreSQL to index, on every engine.</summary>
    public static TheoryData<StoreProvider, string> HostileQueries
    {
        get
        {
            string[] queries =
            [
                "\"", "\"unbalanced", "fent*", "title:trade", "-fentanyl", "NEAR(trade taiwan)", "trade AND OR NOT", "(((", "^ * : -",
                "a'); DROP TABLE Articles;--", "\"trade\" or -taiwan", "trade <-> taiwan", "!trade & | !", "trade:* fent:A", "a\\b \\",
                "'", "x\u0000y", "\u0001\u0002\u0003\u001f", "😀 trade", "\u202Etrade\u200B", new string('w', 3000),
            ];
            var data = new TheoryData<StoreProvider, string>();
            foreach (var engine in TestEngines.All)
            {
                foreach (var q in queries)
                {
                    data.Add(engine, q);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task OperatorsAreSearchedAsWords(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        var titleColon = await fixture.GetPageAsync("/search?q=title:trade");
        var minusWord = await fixture.GetPageAsync("/search?q=-fentanyl");
        var orWord = await fixture.GetPageAsync("/search?q=fentanyl+or+zzzz");

        Assert.Empty(titleColon.Document.QuerySelectorAll(".search-results .hit"));
        Assert.Equal(2, minusWord.Document.QuerySelectorAll(".search-results .hit").Length);
        Assert.Empty(orWord.Document.QuerySelectorAll(".search-results .hit"));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task TheQFilterUsesTheSameIndex(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);

        Assert.Equal([fixture.World.Voa.Id], (await fixture.App.GetAsync("/api/articles?q=Diaoyutai")).ItemIds);
        Assert.Equal([fixture.World.BlinkenInChina.Id], (await fixture.App.GetAsync("/api/visits?q=Diaoyutai")).ItemIds);
        Assert.Equal([fixture.World.BlinkenWang.Id], (await fixture.App.GetAsync("/api/meetings?q=Diaoyutai")).ItemIds);
        Assert.Empty((await fixture.App.GetAsync("/api/visits?q=zzzz")).ItemIds);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task EmptyQueryShowsTheFormOnly(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        var page = await fixture.GetPageAsync("/search?q=+");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll(".search-results"));
        Assert.NotNull(page.Document.QuerySelector("label[for='search-q']"));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task IndexFollowsDeletesAndEdits(StoreProvider engine)
    {
        var fixture = await worlds.OnAsync(engine);
        await fixture.App.SeedAsync(db =>
        {
            var article = new Article { Title = "Zanzibar note", SourcePath = "z.txt", Text = "Quokka diplomacy.", ContentHash = "zz" };
            db.Articles.Add(article);
        });
        Assert.Single((await fixture.GetPageAsync("/search?q=quokka")).Document.QuerySelectorAll(".hit"));

        await fixture.App.QueryAsync(async db =>
        {
            var article = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Articles, a => a.ContentHash == "zz");
            article.Text = "Wombat diplomacy.";
            await db.SaveChangesAsync();
            Assert.Empty((await fixture.GetPageAsync("/search?q=quokka")).Document.QuerySelectorAll(".hit"));
            Assert.Single((await fixture.GetPageAsync("/search?q=wombat")).Document.QuerySelectorAll(".hit"));
            db.Articles.Remove(article);
            return await db.SaveChangesAsync();
        });
        Assert.Empty((await fixture.GetPageAsync("/search?q=wombat")).Document.QuerySelectorAll(".hit"));
    }
}
