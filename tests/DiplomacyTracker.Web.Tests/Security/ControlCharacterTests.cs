using System.Net;
using System.Text;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Security;

/// <summary>NUL and other control characters, in a file or in a query, never reach SQLite to cut text or break a query.</summary>
public sealed class ControlCharacterTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/search?q=a%00b")]
    [InlineData("/search?q=Berg%00&in=sentences")]
    [InlineData("/?q=a%00b")]
    [InlineData("/api/articles?q=a%00b")]
    [InlineData("/api/visits?q=a%00b")]
    [InlineData("/api/meetings?q=%00")]
    public async Task ANulInASearchIsASpaceNotAServerError(string url)
    {
        await UploadAsync(Talks);
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AFileWithANulPastItsStartIsStoredWholeWithoutItAndItsPageOpens()
    {
        var text = "Talks in Chile\n\n" + new string('x', 9000) + "\0\n" + Talks;

        await UploadAsync(text);

        var article = await _app.QueryAsync(db => db.Articles.Include(a => a.Excerpts).SingleAsync());
        Assert.Equal(text.Replace("\0", "", StringComparison.Ordinal), article.Text);
        var page = await _app.GetPageAsync($"/articles/{article.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(Talks, page.Document.GetElementById($"excerpt-{article.Excerpts[0].Id}")!.TextContent);
    }

    private async Task UploadAsync(string text)
    {
        using var browser = await _app.SignedInAsync();
        var result = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), files: [("files", "a.txt", Encoding.UTF8.GetBytes(text))]);
        Assert.Equal("ingested", result.Text(".outcome .status"));
    }
}
