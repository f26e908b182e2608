using DiplomacyTracker.Domain;
using DiplomacyTracker.Tests;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

public sealed class ArticleSourceTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private StoreFixture _store = null!;

    public void Dispose() => _store?.Dispose();

    /// <summary>The store for this test, on <paramref name="engine"/>.</summary>
    private void Open(StoreProvider engine)
    {
        _store = new StoreFixture(new ScriptedExtractor(), engine: engine);
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task OutletAndOriginalUrlAnEditorGivesAreStoredAndSurviveReextraction(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("paste/a.txt", Talks, new StatedMetadata(Publisher: "Agência Exemplo", OriginalUrl: "https://exemplo.example/talks"));
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(("Agência Exemplo", "https://exemplo.example/talks"), (article.Publisher, article.OriginalUrl));
    }

    [Theory]
    [MemberData(nameof(TestEngines.All), MemberType = typeof(TestEngines))]
    public async Task AnOriginalUrlThatIsNotAWebAddressIsNotStored(StoreProvider engine)
    {
        Open(engine);
        await _store.IngestAsync("paste/a.txt", Talks, new StatedMetadata(OriginalUrl: "javascript:alert(1)"));

        await using var db = _store.Db();
        Assert.Null((await db.Articles.SingleAsync()).OriginalUrl);
    }
}
