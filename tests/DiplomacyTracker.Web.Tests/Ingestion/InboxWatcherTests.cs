using System.Text;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Ingestion;

public sealed class InboxWatcherTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly string _inbox = Path.Combine(Path.GetTempPath(), "dt-inbox-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_inbox, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Fact]
    public async Task FileDroppedInTheInboxIsStoredAndMovedToProcessed()
    {
        using var app = Start();

        await File.WriteAllTextAsync(Path.Combine(_inbox, "talks.txt"), "Talks in Chile\n\n" + Talks);

        await EditorAppFactory.EventuallyAsync(() => app.QueryAsync(db => db.Articles.AnyAsync(a => a.SourcePath == "inbox/talks.txt")), "the article");
        await EditorAppFactory.EventuallyAsync(() => Task.FromResult(File.Exists(Path.Combine(_inbox, "processed", "talks.txt"))), "the move");
        Assert.False(File.Exists(Path.Combine(_inbox, "talks.txt")));
        Assert.Equal(1, await app.QueryAsync(db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task BadFileLandsInFailedWithItsReasonBesideIt()
    {
        using var app = Start();

        await File.WriteAllBytesAsync(Path.Combine(_inbox, "scan.html"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]);

        var reason = Path.Combine(_inbox, "failed", "scan.html.error.txt");
        await EditorAppFactory.EventuallyAsync(() => Task.FromResult(File.Exists(reason)), "the error file");
        Assert.True(File.Exists(Path.Combine(_inbox, "failed", "scan.html")));
        Assert.StartsWith("binary file", await File.ReadAllTextAsync(reason));
        Assert.Equal(0, await app.QueryAsync(db => db.Articles.CountAsync()));
        var logged = await app.QueryAsync(db => db.IngestionEvents.SingleAsync());
        Assert.Equal(("inbox/scan.html", "failed"), (logged.Source, logged.Status));
    }

    [Fact]
    public async Task FilesAlreadyThereAtStartAreFoundAndOthersAreLeftAlone()
    {
        Directory.CreateDirectory(_inbox);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "early.txt"), Talks);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "notes.md"), "not an article");

        using var app = Start(afterIngest: "Delete");

        await EditorAppFactory.EventuallyAsync(() => Task.FromResult(!File.Exists(Path.Combine(_inbox, "early.txt"))), "the file to go");
        Assert.True(await app.QueryAsync(db => db.Articles.AnyAsync(a => a.SourcePath == "inbox/early.txt")));
        Assert.False(File.Exists(Path.Combine(_inbox, "processed", "early.txt")));
        Assert.True(File.Exists(Path.Combine(_inbox, "notes.md")));
    }

    [Fact]
    public async Task LinkInTheInboxIsRefusedAndWhatItPointsToIsNeverStored()
    {
        Directory.CreateDirectory(_inbox);
        var secret = Path.Combine(Path.GetTempPath(), "dt-secret-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(secret, "Secret notes\n\n" + Talks);
        try
        {
            File.CreateSymbolicLink(Path.Combine(_inbox, "passwd.txt"), secret);
            using var app = Start();

            var reason = Path.Combine(_inbox, "failed", "passwd.txt.error.txt");
            await EditorAppFactory.EventuallyAsync(() => Task.FromResult(File.Exists(reason)), "the error file");
            Assert.StartsWith("symbolic link", await File.ReadAllTextAsync(reason));
            Assert.Equal(0, await app.QueryAsync(db => db.Articles.CountAsync()));
            Assert.True(File.Exists(secret));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task NamedPipeInTheInboxIsRefusedWithoutBlockingTheOthers()
    {
        Directory.CreateDirectory(_inbox);
        await ShellAsync("mkfifo pipe.txt");
        await File.WriteAllTextAsync(Path.Combine(_inbox, "talks.txt"), Talks);
        using var app = Start();

        await EditorAppFactory.EventuallyAsync(() => app.QueryAsync(db => db.Articles.AnyAsync(a => a.SourcePath == "inbox/talks.txt")), "the article");
        var reason = Path.Combine(_inbox, "failed", "pipe.txt.error.txt");
        await EditorAppFactory.EventuallyAsync(() => Task.FromResult(File.Exists(reason)), "the error file");
        Assert.Contains("named pipe", await File.ReadAllTextAsync(reason), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileWhoseNameIsNotUtf8DoesNotStopTheInbox()
    {
        Directory.CreateDirectory(_inbox);
        // 'caf\xe9.txt': Latin-1 bytes, which no UTF-8 string names; written through the shell, as a careless copy would.
        await ShellAsync("printf 'x' > \"$(printf 'caf\\351.txt')\"");
        Assert.Contains(Directory.EnumerateFiles(_inbox), f => f.Contains('\uFFFD', StringComparison.Ordinal));
        using var app = Start();

        await File.WriteAllTextAsync(Path.Combine(_inbox, "talks.txt"), Talks);

        await EditorAppFactory.EventuallyAsync(() => app.QueryAsync(db => db.Articles.AnyAsync(a => a.SourcePath == "inbox/talks.txt")), "the article");
        await EditorAppFactory.EventuallyAsync(() => Task.FromResult(File.Exists(Path.Combine(_inbox, "processed", "talks.txt"))), "the move");
    }

    private async Task ShellAsync(string script)
    {
        using var shell = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("sh", ["-c", script]) { WorkingDirectory = _inbox })!;
        await shell.WaitForExitAsync();
        Assert.Equal(0, shell.ExitCode);
    }

    private EditorAppFactory Start(string afterIngest = "Move")
    {
        var app = new EditorAppFactory(host =>
        {
            host.UseSetting("Tracker:InboxFolder", _inbox);
            host.UseSetting("Tracker:InboxAfterIngest", afterIngest);
            host.UseSetting("Tracker:InboxSettleMilliseconds", "200");
            host.UseSetting("Tracker:InboxRescanSeconds", "1");
        });
        _ = app.Server;
        return app;
    }
}
