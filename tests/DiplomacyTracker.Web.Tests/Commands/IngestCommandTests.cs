using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TrackerAppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dt-ingest-").FullName;

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PrintsALinePerArticleAndASummaryAndFailsWhenAFileFails()
    {
        var seed = Directory.GetFiles(Path.Combine(TrackerAppFactory.RepositoryRoot, "seeds")).Order().First();
        File.Copy(seed, Path.Combine(_folder, "a.txt"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "b.txt"), "");
        _ = _app.Server;

        var (code, lines) = await IngestAsync(_folder);

        Assert.Equal(1, code);
        Assert.Collection(lines,
            l => Assert.StartsWith("ingested", l, StringComparison.Ordinal),
            l => Assert.Matches(@"^failed\s+.*b\.txt: empty file", l),
            l => Assert.Equal("2 files: 1 ingested, 0 replaced, 0 unchanged, 1 failed", l));
    }

    [Fact]
    public async Task IngestingTheSameFilesAgainChangesNothing()
    {
        File.Copy(Directory.GetFiles(Path.Combine(TrackerAppFactory.RepositoryRoot, "seeds")).Order().First(), Path.Combine(_folder, "a.txt"));
        _ = _app.Server;
        await IngestAsync(_folder);

        var (code, lines) = await IngestAsync(_folder);

        Assert.Equal(0, code);
        Assert.StartsWith("unchanged", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 files: 0 ingested, 0 replaced, 1 unchanged, 0 failed", lines[^1]);
    }

    [Fact]
    public async Task MissingPathFails()
    {
        _ = _app.Server;

        var (code, lines) = await IngestAsync(Path.Combine(_folder, "nope.txt"));

        Assert.Equal(1, code);
        Assert.Contains("no such file or folder", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFolderWithALinkToItselfIsWalkedOnceAndLinkedFilesAreRefused()
    {
        File.Copy(Seed, Path.Combine(_folder, "a.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_folder, "loop"), _folder);
        File.CreateSymbolicLink(Path.Combine(_folder, "link.txt"), Path.Combine(_folder, "a.txt"));
        _ = _app.Server;

        var walk = Task.Run(() => IngestAsync(_folder));
        Assert.Same(walk, await Task.WhenAny(walk, Task.Delay(TimeSpan.FromMinutes(2))));
        var (code, lines) = await walk;

        Assert.Equal(1, code);
        Assert.Collection(lines,
            l => Assert.StartsWith("ingested", l, StringComparison.Ordinal),
            l => Assert.Matches(@"^failed\s+.*link\.txt: symbolic link", l),
            l => Assert.Equal("2 files: 1 ingested, 0 replaced, 0 unchanged, 1 failed", l));
    }

    [Fact]
    public async Task APathSpeltTwoWaysIsOneSource()
    {
        File.Copy(Seed, Path.Combine(_folder, "a.txt"));
        _ = _app.Server;
        var folder = Path.GetRelativePath(Environment.CurrentDirectory, _folder);

        await IngestAsync(Path.Combine(folder, "a.txt"));
        var (_, lines) = await IngestAsync(Path.Combine(_folder, ".", "..", Path.GetFileName(_folder), "a.txt"));

        Assert.StartsWith("unchanged", lines[0], StringComparison.Ordinal);
        Assert.Equal(1, await _app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Articles)));
        Assert.Equal(1, await _app.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.IngestionEvents.Select(e => e.Source).Distinct())));
    }

    [Fact]
    public async Task AFileNameWithANewlineCannotForgeAnOutputLine()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "x.txt\ningested  forged.txt"), "");
        _ = _app.Server;

        var (_, lines) = await IngestAsync(_folder);

        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^failed\s+.*x\.txt\\ningested  forged\.txt: empty file$", lines[0]);
    }

    private static string Seed => Directory.GetFiles(Path.Combine(TrackerAppFactory.RepositoryRoot, "seeds")).Order().First();

    private async Task<(int Code, string[] Lines)> IngestAsync(string path)
    {
        var output = new StringWriter();
        var code = await IngestCommand.RunAsync(_app.Services, [path], output, null, CancellationToken.None);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
