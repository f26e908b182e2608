using System.Text;
using DiplomacyTracker.Ingestion.Tests.Store;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class IngestionPageTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task LogShowsArticlesWarningsFailuresAndAnIdleQueue()
    {
        using var browser = await _app.SignedInAsync();
        await UploadAsync(browser, ("good.txt", Talks), ("quiet.txt", "Nothing happened."), ("empty.txt", ""));

        var page = await browser.GetAsync("/ingestion");

        Assert.Equal("Queue: idle.", page.Text("#queue"));
        Assert.Equal("Articles (2)", page.Text("#articles-title"));
        Assert.Contains("no visit found", page.Text("#article-" + await IdOfAsync("upload/quiet.txt") + " .warnings"));
        Assert.Equal("upload/empty.txt", page.Text(".log .status-failed .source"));
        Assert.Equal("empty file", page.Text(".log .status-failed .message"));
        Assert.Equal(2, page.Document.QuerySelectorAll("form.reextract").Length);
    }

    [Fact]
    public async Task ReextractAllFollowsTheNewExtractorAndKeepsArticles()
    {
        using var browser = await _app.SignedInAsync();
        await UploadAsync(browser, ("a.txt", Talks));
        var before = await _app.QueryAsync(db => db.Articles.Select(a => new { a.Id, a.Text, a.IngestedAt }).SingleAsync());

        _app.Extractor.Current = new BlindExtractor();
        var page = await browser.GetAsync("/ingestion");
        var after = await browser.SubmitAsync(page.Form("#reextract-all"));

        Assert.Equal("Re-extracted 1 of 1 articles.", after.Text(".notice"));
        Assert.Equal("reextracted", after.Text($"#article-{before.Id} .status"));
        Assert.Equal(before, await _app.QueryAsync(db => db.Articles.Select(a => new { a.Id, a.Text, a.IngestedAt }).SingleAsync()));
        Assert.Equal(0, await _app.QueryAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task ReextractOneArticleFromItsRow()
    {
        using var browser = await _app.SignedInAsync();
        await UploadAsync(browser, ("a.txt", Talks), ("b.txt", "Wire.\n" + Talks));
        var a = await IdOfAsync("upload/a.txt");

        _app.Extractor.Current = new BlindExtractor();
        var page = await browser.GetAsync("/ingestion");
        await browser.SubmitAsync(page.Form($"#article-{a} form.reextract"));

        var reports = await _app.QueryAsync(db => db.MeetingReports.Select(r => r.Excerpt.ArticleId).ToListAsync());
        Assert.DoesNotContain(a, reports);
        Assert.Single(reports);
    }

    private Task<int> IdOfAsync(string source) => _app.QueryAsync(db => db.Articles.Where(x => x.SourcePath == source).Select(x => x.Id).SingleAsync());

    private static async Task UploadAsync(Browser browser, params (string Name, string Text)[] files)
    {
        var upload = await browser.GetAsync("/upload");
        await browser.SubmitAsync(upload.Form("#upload-files"), files: files.Select(f => ("files", f.Name, Encoding.UTF8.GetBytes(f.Text))));
    }
}
