using System.Net;
using System.Text;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DiplomacyTracker.Web.Tests.Pages;

public sealed class UploadTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly EditorAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task EditorUploadsSeveralFilesAndTheyAreStored()
    {
        using var browser = await _app.SignedInAsync();
        var upload = await browser.GetAsync("/upload");

        var result = await browser.SubmitAsync(upload.Form("#upload-files"), files:
        [
            ("files", "talks.txt", Encoding.UTF8.GetBytes("Talks in Chile\n\n" + Talks)),
            ("files", "page.html", Encoding.UTF8.GetBytes(Page("Minister in Nairobi", "Daily Wire"))),
        ]);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("ingested | ingested", result.Text(".outcome .status"));
        var articles = await _app.QueryAsync(db => db.Articles.OrderBy(a => a.Id).Select(a => new { a.SourcePath, a.Title, a.Publisher }).ToListAsync());
        Assert.Equal(["upload/talks.txt", "upload/page.html"], articles.Select(a => a.SourcePath));
        Assert.Equal(("Minister in Nairobi", "Daily Wire"), (articles[1].Title, articles[1].Publisher));
        Assert.Equal(1, await _app.QueryAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task PastedTextTakesTheGivenTitleOutletAndDate()
    {
        using var browser = await _app.SignedInAsync();
        var upload = await browser.GetAsync("/upload");

        var result = await browser.SubmitAsync(upload.Form("#paste"), new()
        {
            ["Paste.Text"] = "A headline the reader would pick\n\n" + Talks,
            ["Paste.Title"] = "Berg meets Soto",
            ["Paste.Outlet"] = "Santiago Times",
            ["Paste.Date"] = "2025-03-05",
        });

        Assert.Equal("ingested", result.Text(".outcome .status"));
        var article = await _app.QueryAsync(db => db.Articles.SingleAsync());
        Assert.Equal(("Berg meets Soto", "Santiago Times", new DateOnly(2025, 3, 5)), (article.Title, article.Publisher, article.Published!.Value));
        Assert.Matches(@"^paste/\d{8}T\d{6}Z-berg-meets-soto\.txt$", article.SourcePath);
        Assert.Equal("", result.Text("#paste textarea"));
    }

    [Fact]
    public async Task SameTextPastedTwiceIsOneArticle()
    {
        using var browser = await _app.SignedInAsync();

        await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#paste"), new() { ["Paste.Text"] = Talks });
        var again = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#paste"), new() { ["Paste.Text"] = Talks });

        Assert.Equal("unchanged", again.Text(".outcome .status"));
        Assert.Equal(1, await _app.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task NewVersionOfAnUploadedFileReplacesItsFacts()
    {
        using var browser = await _app.SignedInAsync();
        await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), files: [("files", "a.txt", Encoding.UTF8.GetBytes(Talks))]);

        var second = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), new() { ["ReplaceSameName"] = "true" }, files:
            [("files", "a.txt", Encoding.UTF8.GetBytes("2025-03-05: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile)."))]);

        Assert.Equal("replaced", second.Text(".outcome .status"));
        Assert.Equal(1, await _app.QueryAsync(db => db.Articles.CountAsync()));
        Assert.False(await _app.QueryAsync(db => db.Officials.AnyAsync(o => o.Name == "Luis Soto")));
    }

    [Fact]
    public async Task AnUploadNamedLikeAStoredOneIsANewArticleUnlessTheEditorSaysSo()
    {
        using var browser = await _app.SignedInAsync();
        await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), files: [("files", "index.html", Encoding.UTF8.GetBytes(Page("Minister in Nairobi", "Daily Wire")))]);

        var second = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), files:
            [("files", "index.html", Encoding.UTF8.GetBytes(Page("Minister in Lima", "Lima Post").Replace("Nairobi", "Lima", StringComparison.Ordinal)))]);

        Assert.Equal("ingested", second.Text(".outcome .status"));
        Assert.Equal(["upload/index-2.html", "upload/index.html"],
            await _app.QueryAsync(db => db.Articles.OrderBy(a => a.SourcePath).Select(a => a.SourcePath).ToListAsync()));
    }

    [Fact]
    public async Task FilesWhoseNamesCleanUpAlikeAreStoredApart()
    {
        using var browser = await _app.SignedInAsync();

        var result = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), files:
        [
            ("files", "...txt", Encoding.UTF8.GetBytes(Talks)),
            ("files", "  .txt", Encoding.UTF8.GetBytes("2025-03-05: Anna Berg (Sweden) in Chile meets Marta Ruiz (Chile).")),
        ]);

        Assert.Equal("ingested | ingested", result.Text(".outcome .status"));
        Assert.Equal(["upload/txt", "upload/txt-2"],
            await _app.QueryAsync(db => db.Articles.OrderBy(a => a.SourcePath).Select(a => a.SourcePath).ToListAsync()));
    }

    [Fact]
    public async Task PasteWhileTheQueueIsBusyIsSavedKeptAndStoredWhenItsTurnComes()
    {
        using var app = new EditorAppFactory(host => host.UseSetting("Tracker:UploadWaitSeconds", "0"));
        using var browser = await app.SignedInAsync();
        using var busy = BusyQueue(app);

        var result = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#paste"), new() { ["Paste.Text"] = "Talks in Chile\n\n" + Talks });

        Assert.Equal("Saved, waiting in the queue", result.Text("#queued-title"));
        Assert.Equal("Talks in Chile\n\n" + Talks, result.Text("#paste textarea").ReplaceLineEndings("\n"));
        var saved = result.Text(".saved .file");
        Assert.True(result.Document.QuerySelector(".saved .file") is not null, result.Document.Body!.TextContent);
        Assert.Matches(@"^submitted/paste/\d{8}T\d{6}Z-talks-in-chile[a-z0-9-]*\.txt$", saved);
        var file = Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, saved);
        Assert.Equal("Talks in Chile\n\n" + Talks, await File.ReadAllTextAsync(file));

        busy.Release();

        await EditorAppFactory.EventuallyAsync(() => app.QueryAsync(db => db.Articles.AnyAsync(a => a.Text.Contains("Luis Soto"))), "the pasted article");
        await EditorAppFactory.EventuallyAsync(() => Task.FromResult(!File.Exists(file)), "the saved copy to go once stored");
    }

    [Fact]
    public async Task UploadedFilesAreOnDiskWhileTheyWait()
    {
        using var app = new EditorAppFactory(host => host.UseSetting("Tracker:UploadWaitSeconds", "0"));
        using var browser = await app.SignedInAsync();
        using var busy = BusyQueue(app);

        var result = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#upload-files"), files:
            [("files", "a.txt", Encoding.UTF8.GetBytes(Talks)), ("files", "b.txt", Encoding.UTF8.GetBytes(Talks + " Again."))]);

        Assert.Equal("submitted/upload/a.txt | submitted/upload/b.txt", result.Text(".saved .file"));
        var folder = Path.GetDirectoryName(app.DatabasePath)!;
        Assert.Equal(Talks, await File.ReadAllTextAsync(Path.Combine(folder, "submitted", "upload", "a.txt")));
        busy.Release();
        await EditorAppFactory.EventuallyAsync(() => app.QueryAsync(async db => await db.Articles.CountAsync() == 2), "both articles");
    }

    // Holds the ingestion queue with a job whose file cannot be read until released, as a long re-extraction would.
    private static Gate BusyQueue(EditorAppFactory app)
    {
        var gate = new Gate();
        var queue = app.Services.GetRequiredService<DiplomacyTracker.Web.Ingestion.IngestionQueue>();
        queue.Enqueue(DiplomacyTracker.Web.Ingestion.IngestionJob.Ingest("busy", [new("busy.txt", () =>
        {
            gate.Opened.Wait(TimeSpan.FromMinutes(2));
            return Encoding.UTF8.GetBytes(Talks);
        })]));
        return gate;
    }

    private sealed class Gate : IDisposable
    {
        public ManualResetEventSlim Opened { get; } = new();

        public void Release() => Opened.Set();

        public void Dispose()
        {
            Opened.Set();
            Opened.Dispose();
        }
    }

    [Fact]
    public async Task PasteWithoutTextAsksForIt()
    {
        using var browser = await _app.SignedInAsync();

        var result = await browser.SubmitAsync((await browser.GetAsync("/upload")).Form("#paste"), new() { ["Paste.Title"] = "Only a title" });

        Assert.Equal("Paste the article's text.", result.Text("[data-valmsg-for='Paste.Text']"));
        Assert.Equal(0, await _app.QueryAsync(db => db.Articles.CountAsync()));
    }

    [Fact]
    public async Task BadFilesEachGetTheirMessageAndTheGoodOneIsStored()
    {
        using var browser = await _app.SignedInAsync();
        var upload = await browser.GetAsync("/upload");

        var result = await browser.SubmitAsync(upload.Form("#upload-files"), files:
        [
            ("files", "empty.txt", []),
            ("files", "binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]),
            ("files", "latin1.txt", [0x43, 0x61, 0x66, 0xE9]),
            ("files", "bare.html", Encoding.UTF8.GetBytes("<html><head><title>Nothing</title></head></html>")),
            ("files", "big.txt", Encoding.UTF8.GetBytes(new string('a', EditorAppFactory.MaxArticleBytes + 1))),
            ("files", "quiet.txt", Encoding.UTF8.GetBytes("Nothing happened today.")),
            ("files", "good.txt", Encoding.UTF8.GetBytes(Talks)),
        ]);

        var lines = result.Document.QuerySelectorAll(".outcome")
            .ToDictionary(li => li.QuerySelector(".source")!.TextContent, li => li.TextContent);
        Assert.Contains("empty file", lines["upload/empty.txt"]);
        Assert.Contains("binary file", lines["upload/binary.txt"]);
        Assert.Contains("not valid UTF-8 at byte 3", lines["upload/latin1.txt"]);
        Assert.Contains("no article text", lines["upload/bare.html"]);
        Assert.Contains("the limit is 64 KB", lines["upload/big.txt"]);
        Assert.Contains("no visit found", lines["upload/quiet.txt"]);
        Assert.Contains("ingested", lines["upload/good.txt"]);
        Assert.Equal(["upload/good.txt", "upload/quiet.txt"],
            await _app.QueryAsync(db => db.Articles.OrderBy(a => a.SourcePath).Select(a => a.SourcePath).ToListAsync()));

        var log = await browser.GetAsync("/ingestion");
        Assert.Contains("upload/binary.txt", log.Text(".log .status-failed .source"));
        Assert.Contains("binary file", log.Text(".log .status-failed .message"));
    }

    [Fact]
    public async Task UploadOverTheRequestLimitIsRefusedAndStoresNothing()
    {
        using var browser = await _app.SignedInAsync();
        var upload = await browser.GetAsync("/upload");

        var result = await browser.SubmitAsync(upload.Form("#upload-files"), files:
            [("files", "huge.txt", Encoding.UTF8.GetBytes(new string('a', EditorAppFactory.MaxUploadBytes + 1)))]);

        Assert.True((int)result.Status is 400 or 413, $"status {result.Status}");
        Assert.Equal(0, await _app.QueryAsync(db => db.Articles.CountAsync()));
    }

    private static string Page(string title, string outlet) => $"""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
        <meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}"></head>
        <body><article>
        <p>The foreign minister arrived in Nairobi on Tuesday for two days of talks with her Kenyan counterpart, officials said.</p>
        <p>The visit, the first by a minister in six years, is expected to focus on trade, security in the region and a long-delayed agreement on visas.</p>
        <p>Diplomats in both capitals said the talks had been prepared for months, and that a joint statement would follow on Wednesday evening.</p>
        </article></body></html>
        """;
}
