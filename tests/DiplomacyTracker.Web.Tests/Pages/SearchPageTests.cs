using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class SearchPageTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task FindsArticlesAndMarksTheMatch()
    {
        var page = await fixture.GetPageAsync("/search?q=fentanyl");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(
            new[] { $"/articles/{World.Voa.Id}", $"/articles/{World.Ap.Id}" }.Order(StringComparer.Ordinal),
            page.Document.Hrefs(".search-results .hit h2 a").Order(StringComparer.Ordinal));
        Assert.All(page.Document.QuerySelectorAll(".snippet mark.match"), m => Assert.Equal("fentanyl", m.TextContent, ignoreCase: true));
        Assert.NotEmpty(page.Document.QuerySelectorAll(".snippet mark.match"));
    }

    [Fact]
    public async Task EveryWordMustMatchAndStemsAreFound()
    {
        var page = await fixture.GetPageAsync("/search?q=meets+xi");

        Assert.Equal([$"/articles/{World.Reuters.Id}"], page.Document.Hrefs(".search-results .hit h2 a"));
        Assert.Contains(page.Document.QuerySelectorAll("h2 mark.match"), m => m.TextContent == "meets");
    }

    [Fact]
    public async Task SentenceSearchLinksToTheHighlightedExcerpt()
    {
        var page = await fixture.GetPageAsync("/search?q=Diaoyutai&in=sentences");

        Assert.Equal([$"/articles/{World.Voa.Id}#excerpt-{World.WangMeetingVoa.Id}"], page.Document.Hrefs(".search-results a.source"));
        Assert.Equal(["Diaoyutai"], page.Document.Texts(".search-results mark.match"));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("input[name='in'][value='sentences']")!).IsChecked);
    }

    [Fact]
    public async Task MarkupInMatchesIsShownAsTextAndOnlyTheMatchIsMarked()
    {
        var page = await fixture.GetPageAsync("/search?q=script&in=sentences");
        var hit = page.Document.QuerySelector(".search-results .hit blockquote")!;

        Assert.Empty(hit.QuerySelectorAll("script, b"));
        Assert.Equal(["script", "script"], hit.QuerySelectorAll("mark").Select(m => m.TextContent).ToArray());
        Assert.Contains("<script>alert('x')</script> & <b>nothing</b>", hit.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unbalanced")]
    [InlineData("fent*")]
    [InlineData("title:trade")]
    [InlineData("-fentanyl")]
    [InlineData("NEAR(trade taiwan)")]
    [InlineData("trade AND OR NOT")]
    [InlineData("(((")]
    [InlineData("^ * : -")]
    [InlineData("a'); DROP TABLE Articles;--")]
    public async Task SearchSyntaxInTheQueryNeverFails(string q)
    {
        foreach (var scope in new[] { "articles", "sentences" })
        {
            var page = await fixture.GetPageAsync($"/search?q={Uri.EscapeDataString(q)}&in={scope}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.Document.QuerySelector(".result-summary, .empty"));
        }
    }

    [Fact]
    public async Task OperatorsAreSearchedAsWords()
    {
        var page = await fixture.GetPageAsync("/search?q=title:trade");

        Assert.Empty(page.Document.QuerySelectorAll(".search-results .hit"));
    }

    [Fact]
    public async Task EmptyQueryShowsTheFormOnly()
    {
        var page = await fixture.GetPageAsync("/search?q=+");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll(".search-results"));
        Assert.NotNull(page.Document.QuerySelector("label[for='search-q']"));
    }

    [Fact]
    public async Task IndexFollowsDeletesAndEdits()
    {
        await fixture.App.SeedAsync(db =>
        {
            var article = new DiplomacyTracker.Domain.Article { Title = "Zanzibar note", SourcePath = "z.txt", Text = "Quokka diplomacy.", ContentHash = "zz" };
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
