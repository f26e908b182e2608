using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Tests.Store;

public sealed class ArticleSourceTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly StoreFixture _store = new(new ScriptedExtractor());

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task OutletAndOriginalUrlAnEditorGivesAreStoredAndSurviveReextraction()
    {
        await _store.IngestAsync("paste/a.txt", Talks, new StatedMetadata(Publisher: "Agência Exemplo", OriginalUrl: "https://exemplo.example/talks"));
        await _store.ReextractAllAsync();

        await using var db = _store.Db();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(("Agência Exemplo", "https://exemplo.example/talks"), (article.Publisher, article.OriginalUrl));
    }

    [Fact]
    public async Task AnOriginalUrlThatIsNotAWebAddressIsNotStored()
    {
        await _store.IngestAsync("paste/a.txt", Talks, new StatedMetadata(OriginalUrl: "javascript:alert(1)"));

        await using var db = _store.Db();
        Assert.Null((await db.Articles.SingleAsync()).OriginalUrl);
    }
}
