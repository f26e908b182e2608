using System.Text.Json;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Api;

public static class ProvenanceAssert
{
    /// <summary>
    /// Each excerpt's text is its article's text at start/length (read through /api/articles/{id}), and its href
    /// leads to that article's page, where an element carries the anchor.
    /// </summary>
    public static async Task PointsIntoItsArticleAsync(TrackerAppFactory app, IEnumerable<JsonElement> excerpts)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var excerpt in excerpts)
        {
            var id = excerpt.GetProperty("id").GetInt32();
            var articleId = excerpt.GetProperty("articleId").GetInt32();
            var article = (await app.GetAsync($"/api/articles/{articleId}")).Json;
            var text = article.GetProperty("text").GetString()!;
            Assert.Equal(excerpt.GetProperty("text").GetString(), text.Substring(excerpt.GetProperty("start").GetInt32(), excerpt.GetProperty("length").GetInt32()));

            var href = excerpt.GetProperty("href").GetString()!;
            Assert.Equal($"/articles/{articleId}#excerpt-{id}", href);
            var page = await app.GetPageAsync(href.Split('#')[0]);
            Assert.NotNull(page.Document.GetElementById($"excerpt-{id}"));
        }
    }
}
