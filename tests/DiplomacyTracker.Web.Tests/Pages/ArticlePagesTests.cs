using System.Net;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class ArticlePagesTests(WorldFixture fixture) : IClassFixture<WorldFixture>
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task IndexListsArticlesNewestFirstWithOutletAndDate()
    {
        var page = await fixture.GetPageAsync("/articles");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([$"/articles/{World.Reuters.Id}", $"/articles/{World.Voa.Id}", $"/articles/{World.Ap.Id}"], page.Document.Hrefs(".article-row a.title"));
        Assert.Equal(["Reuters", "VOA", "AP"], page.Document.Texts(".article-row .publisher"));
        Assert.Equal("27 Apr 2024", page.Document.QuerySelector(".article-row .published")!.TextContent);
    }

    [Fact]
    public async Task EveryExcerptIsHighlightedAndAnchored()
    {
        var page = await fixture.GetPageAsync($"/articles/{World.Voa.Id}");
        var marks = page.Document.QuerySelectorAll(".article-text mark.excerpt");

        Assert.Equal(World.Voa.Excerpts.Count, marks.Length);
        var mark = page.Document.GetElementById($"excerpt-{World.WangMeetingVoa.Id}")!;
        Assert.Equal("mark", mark.LocalName);
        Assert.Equal(World.WangMeetingVoa.Text, mark.TextContent);
        Assert.Equal(World.Voa.Text, page.Document.QuerySelector(".article-text")!.TextContent);
    }

    [Fact]
    public async Task MarkupInArticleTextIsShownAsText()
    {
        var page = await fixture.GetPageAsync($"/articles/{World.Ap.Id}");

        Assert.Empty(page.Document.QuerySelectorAll(".article-text script, .article-text b"));
        Assert.Equal(TestWorld.MarkupSentence, page.Document.GetElementById($"excerpt-{World.Markup.Id}")!.TextContent);
    }

    [Fact]
    public async Task EverySourceLinkOnAVisitPageLandsOnAnExcerpt()
    {
        var visit = await fixture.GetPageAsync($"/visits/{World.BlinkenInChina.Id}");
        foreach (var href in visit.Document.Hrefs("a.source").Distinct())
        {
            var target = new Uri(new Uri("http://localhost"), href);
            var article = await fixture.GetPageAsync(target.PathAndQuery);
            Assert.Equal("mark", article.Document.GetElementById(target.Fragment.TrimStart('#'))?.LocalName);
        }
    }

    [Fact]
    public async Task UnknownArticleIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.GetPageAsync("/articles/777777")).Status);
}
