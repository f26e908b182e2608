using System.Net;
using AngleSharp.Dom;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Security;

/// <summary>Markup in anything an article can carry is shown as text on every page that shows it.</summary>
public sealed class HostileContentTests : IAsyncLifetime
{
    private const string Script = "<script>alert('t')</script>";
    private const string Image = "<img src=x onerror=alert(1)>";

    private readonly TrackerAppFactory _app = new();
    private readonly TestWorld _world = new();

    public Task InitializeAsync()
    {
        _world.Blinken.Name = "Antony " + Image + " Blinken";
        _world.Voa.Title = "Blinken " + Script + " in Beijing";
        _world.Voa.Publisher = "VOA" + Image;
        _world.Fentanyl.Name = "Fentanyl" + Script;
        _world.Fentanyl.Description = "Opioids " + Image;
        _world.BlinkenInChina.Cities = ["Shanghai" + Script, "Beijing"];
        _world.BlinkenWang.Venue = "Guesthouse" + Image;
        return _app.SeedAsync(db =>
        {
            _world.AddTo(db);
            db.IngestionEvents.Add(new IngestionEvent
            {
                At = DateTimeOffset.UtcNow, Source = "upload/" + Script + ".txt", Status = "failed", Message = "bad " + Image,
            });
        });
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task MarkupFromArticlesIsTextOnEveryPage()
    {
        string[] pages =
        [
            "/", $"/visits/{_world.BlinkenInChina.Id}", $"/meetings/{_world.BlinkenWang.Id}", $"/officials/{_world.Blinken.Id}",
            "/officials", "/issues", "/issues/fentanyl", "/articles", $"/articles/{_world.Voa.Id}", "/ingestion",
            "/search?q=blinken", "/search?q=script", "/search?q=officials+said&in=sentences",
        ];
        foreach (var url in pages)
        {
            var page = await _app.GetPageAsync(url);

            Assert.True(page.Status == HttpStatusCode.OK, $"{url}: {page.Status}");
            Assert.Empty(Injected(page.Document).Select(e => $"{url}: {e.OuterHtml}"));
        }

        Assert.Contains(Script, (await _app.GetPageAsync($"/articles/{_world.Voa.Id}")).Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(Image, (await _app.GetPageAsync($"/officials/{_world.Blinken.Id}")).Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("bad " + Image, (await _app.GetPageAsync("/ingestion")).Document.Body!.TextContent);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"")]
    [InlineData("*")]
    [InlineData("blink*")]
    [InlineData("NEAR(blinken wang)")]
    [InlineData("blinken OR")]
    [InlineData("AND NOT")]
    [InlineData("-blinken")]
    [InlineData("title:blinken")]
    [InlineData("^blinken")]
    [InlineData("(((")]
    [InlineData("'; DROP TABLE Articles; --")]
    [InlineData("\u0000\u0002\u0003")]
    [InlineData("{col1 col2}: x")]
    [InlineData("\u202Eblinken\u200B")]
    public async Task SearchSyntaxIsSearchedAsText(string query)
    {
        foreach (var scope in new[] { "articles", "sentences" })
        {
            var page = await _app.GetPageAsync($"/search?in={scope}&q={Uri.EscapeDataString(query)}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.Document.QuerySelector("form.search-form"));
        }

        Assert.Equal(3, await _app.QueryAsync(db => Task.FromResult(db.Articles.Count())));
    }

    [Fact]
    public async Task VeryLongSearchIsAnsweredQuickly()
    {
        var query = string.Join(' ', Enumerable.Repeat("blinken\"wang*", 2000));

        var page = await _app.GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    [Theory]
    [InlineData("issue", "fentanyl' OR '1'='1")]
    [InlineData("country", "China' --")]
    [InlineData("country", "\") OR 1=1; --")]
    [InlineData("official", "1 OR 1=1")]
    [InlineData("from", "2024-01-01'; DELETE FROM Visits; --")]
    [InlineData("status", "held' OR 'x'='x")]
    [InlineData("page", "-1 UNION SELECT 1")]
    public async Task FilterValuesThatLookLikeSqlAreJustValues(string name, string value)
    {
        var page = await _app.GetPageAsync($"/?{name}={Uri.EscapeDataString(value)}");

        Assert.True(page.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{page.Status}");
        if (name is "issue" or "country")
        {
            Assert.Empty(page.Document.QuerySelectorAll("li.visit"));
        }

        Assert.Equal(2, await _app.QueryAsync(db => Task.FromResult(db.Visits.Count())));
    }

    private static IEnumerable<IElement> Injected(IDocument document) =>
        document.QuerySelectorAll("script, iframe, object, embed, main img, [onerror], [onload], [onclick]");
}
