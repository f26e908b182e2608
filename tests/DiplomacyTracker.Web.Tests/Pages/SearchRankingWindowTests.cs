using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using DiplomacyTracker.Web.Tests.Infrastructure;
using SearchPage = DiplomacyTracker.Web.Pages.Search.IndexModel;

namespace DiplomacyTracker.Web.Tests.Pages;

/// <summary>
/// A word with more matches than are ranked: the most recently stored matches are ranked best first, the older ones
/// follow most recently stored first, and the page says so. The older articles here match far better (the word four
/// times in four words), so ranking every match would put them on the first page. On every engine the run has.
/// </summary>
public sealed class SearchRankingWindowTests(SearchRankingWindowTests.Stores stores) : IClassFixture<SearchRankingWindowTests.Stores>
{
    private const int Older = 30;

    public static TheoryData<StoreProvider, string> Scopes
    {
        get
        {
            var data = new TheoryData<StoreProvider, string>();
            foreach (var engine in TestEngines.All)
            {
                data.Add(engine, "");
                data.Add(engine, "&in=sentences");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task OnlyTheMostRecentlyStoredMatchesAreRankedAndThePageSaysSo(StoreProvider engine, string scope)
    {
        var store = await stores.OnAsync(engine);
        var page = await store.App.GetPageAsync("/search?q=quokka" + scope);

        Assert.Equal($"{SearchPage.RankedMatches + Older} {(scope == "" ? "articles" : "sentences")} for “quokka”", page.Document.Texts(".result-summary").Single());
        Assert.Contains("Best match first among the 1,000 most recently stored", page.Document.Texts(".ranking-note").Single(), StringComparison.Ordinal);
        var shown = ArticleIds(page);
        Assert.Equal(20, shown.Count);
        Assert.DoesNotContain(shown, store.OlderIds.Contains);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task OlderMatchesFollowTheRankedOnesMostRecentlyStoredFirst(StoreProvider engine, string scope)
    {
        var store = await stores.OnAsync(engine);
        var firstUnranked = SearchPage.RankedMatches / 20 + 1;
        var page = await store.App.GetPageAsync($"/search?q=quokka{scope}&page={firstUnranked}");
        var next = await store.App.GetPageAsync($"/search?q=quokka{scope}&page={firstUnranked + 1}");

        Assert.Equal(store.OlderIds.OrderDescending(), ArticleIds(page).Concat(ArticleIds(next)));
        Assert.Contains("Older matches, most recently stored first", page.Document.Texts(".ranking-note").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task AWordWithFewMatchesIsRankedWhole(StoreProvider engine)
    {
        var store = await stores.OnAsync(engine);
        var page = await store.App.GetPageAsync("/search?q=wallaby");

        Assert.Equal(store.OlderIds.Take(20), ArticleIds(page));
        Assert.Empty(page.Document.QuerySelectorAll(".ranking-note"));
    }

    /// <summary>The articles of the hits, in order: an article hit's heading link, a sentence hit's source link.</summary>
    private static List<int> ArticleIds(HtmlPage page) => page.Document.Hrefs(".search-results .hit h2 a, .search-results .hit a.source")
        .Select(href => int.Parse(href["/articles/".Length..].Split('#')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>
    /// <see cref="Older"/> articles that match "quokka" very well (and "wallaby", best in the order stored), stored
    /// before <see cref="SearchPage.RankedMatches"/> that match it plainly; each article's text is also an excerpt.
    /// </summary>
    public sealed class Store(StoreProvider engine)
    {
        public TrackerAppFactory App { get; } = new(engine);
        public List<int> OlderIds { get; } = [];

        public async Task SeedAsync()
        {
            // The older ones one at a time, so that their ids (and their excerpts' ids) follow the order stored.
            for (var n = 0; n < Older; n++)
            {
                var article = Note(n, "Quokka quokka quokka quokka." + string.Concat(Enumerable.Repeat(" Wallaby.", Older - n)));
                await App.SeedAsync(db => db.Articles.Add(article));
                OlderIds.Add(article.Id);
            }

            await App.SeedAsync(db => db.Articles.AddRange(Enumerable.Range(Older, SearchPage.RankedMatches)
                .Select(n => Note(n, $"A quokka was seen near the river bank on day {n}, with several other animals and a crowd of onlookers."))));
        }

        private static Article Note(int n, string text)
        {
            var article = new Article { Title = $"Note {n}", SourcePath = $"note-{n}.txt", Text = text, ContentHash = $"note-{n}" };
            article.Excerpts.Add(new Excerpt { Article = article, Start = 0, Length = text.Length, Text = text });
            return article;
        }
    }

    /// <summary>A <see cref="Store"/> on each engine a test asks for, seeded on first use.</summary>
    public sealed class Stores : IDisposable
    {
        private readonly Dictionary<StoreProvider, Store> _stores = [];

        public async Task<Store> OnAsync(StoreProvider engine)
        {
            if (!_stores.TryGetValue(engine, out var store))
            {
                store = new Store(engine);
                await store.SeedAsync();
                _stores.Add(engine, store);
            }

            return store;
        }

        public void Dispose()
        {
            foreach (var store in _stores.Values)
            {
                store.App.Dispose();
            }
        }
    }
}
