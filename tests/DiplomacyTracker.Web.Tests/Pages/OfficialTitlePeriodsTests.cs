using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>
/// Every article that names an official's title is kept (over a thousand per official at 100,000 articles); the page
/// shows each period a title was held as one line, not each saying.
/// </summary>
public sealed class OfficialTitlePeriodsTests : IAsyncLifetime
{
    private readonly TrackerAppFactory _app = new();
    private Official _minister = null!;
    private readonly List<Excerpt> _sources = [];

    [Fact]
    public async Task ConsecutiveSayingsOfOneTitleAreOneLineFromTheFirstToTheLast()
    {
        var page = await _app.GetPageAsync($"/officials/{_minister.Id}");

        Assert.Equal(["Finance Minister", "Prime Minister", "Finance Minister"], page.Document.Texts(".titles .title"));
        Assert.Equal(["as of 5 Jan 2006", "as of 1 Mar 2007", "as of 2 Apr 2008"], page.Document.Texts(".titles .as-of"));
        Assert.Equal(["· last said 30 Jan 2006", "· last said 9 Mar 2007"], page.Document.Texts(".titles .last-said"));
        Assert.Equal(["· said in 3 sources", "· said in 2 sources"], page.Document.Texts(".titles .sayings"));
        Assert.Equal(new[] { 0, 3, 5 }.Select(i => $"/articles/{_sources[i].ArticleId}#excerpt-{_sources[i].Id}"), page.Document.Hrefs(".titles a.source"));
    }

    public async Task InitializeAsync()
    {
        (string Title, DateOnly AsOf)[] said =
        [
            ("Finance Minister", new(2006, 1, 5)), ("Finance Minister", new(2006, 1, 11)), ("Finance Minister", new(2006, 1, 30)),
            ("Prime Minister", new(2007, 3, 1)), ("Prime Minister", new(2007, 3, 9)), ("Finance Minister", new(2008, 4, 2)),
        ];
        _minister = new Official { Name = "Ana Lopes", NameKey = "ana lopes", Country = "Portugal" };
        foreach (var (title, asOf) in said)
        {
            var text = $"{title} Ana Lopes spoke on {asOf:yyyy-MM-dd}.";
            var article = new Article { Title = text, SourcePath = $"{asOf:yyyyMMdd}.txt", Text = text, ContentHash = $"{asOf:yyyyMMdd}", Published = asOf };
            var excerpt = new Excerpt { Article = article, Start = 0, Length = text.Length, Text = text };
            article.Excerpts.Add(excerpt);
            _sources.Add(excerpt);
            _minister.Titles.Add(new OfficialTitle { Title = title, AsOf = asOf, Excerpt = excerpt });
        }

        await _app.SeedAsync(db => db.Officials.Add(_minister));
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }
}
