using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Editors;
using DiplomacyTracker.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Tests.Commands;

public sealed class IngestionCommandsTests : IDisposable
{
    private const string Talks = "2025-03-04: Anna Berg (Sweden) in Chile meets Luis Soto (Chile) about trade.";

    private readonly EditorAppFactory _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("dt-cmd-").FullName;

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task IngestPrintsOneLinePerFileAndKeepsTheCounterOnTheTerminal()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), Talks);
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "Nothing happened.");
        File.WriteAllText(Path.Combine(_folder, "c.txt"), "");
        var output = new StringWriter();
        var terminal = new StringWriter();
        _ = _app.Server;

        var code = await IngestCommand.RunAsync(_app.Services, [_folder], output, terminal, CancellationToken.None);

        Assert.Equal(1, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.DoesNotContain('\r', output.ToString());
        Assert.EndsWith("3 files: 2 ingested, 0 replaced, 0 unchanged, 1 failed", lines[^1]);
        Assert.Contains("3/3 · ", terminal.ToString());
    }

    [Fact]
    public void ProgressSaysHowFastAndHowLongIsLeft()
    {
        Assert.Equal("10/40 · 2.0/s · about 15 s left", ProgressLine.Describe(10, 40, TimeSpan.FromSeconds(5)));
        Assert.Equal("40/40 · 8.0/s · done", ProgressLine.Describe(40, 40, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task ReextractRebuildsFactsAndReportsEachArticle()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), Talks);
        _ = _app.Server;
        await IngestCommand.RunAsync(_app.Services, [_folder], TextWriter.Null, null, CancellationToken.None);
        _app.Extractor.Current = new DiplomacyTracker.Ingestion.Tests.Store.BlindExtractor();
        var output = new StringWriter();

        var code = await ReextractCommand.RunAsync(_app.Services, output, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.EndsWith("1 articles: 1 re-extracted, 0 failed", output.ToString().TrimEnd());
        Assert.Equal(0, await _app.QueryAsync(db => db.Visits.CountAsync()));
    }

    [Fact]
    public void HashPasswordPrintsAHashThatVerifies()
    {
        var output = new StringWriter();

        var code = HashPasswordCommand.Run(new StringReader("s3cret words\n"), output, TextWriter.Null, interactive: false);

        Assert.Equal(0, code);
        var hash = output.ToString().Trim();
        Assert.DoesNotContain("s3cret", hash);
        Assert.NotEqual(PasswordVerificationResult.Failed, new PasswordHasher<DiplomacyTracker.Web.Infrastructure.EditorAccount>()
            .VerifyHashedPassword(new(), hash, "s3cret words"));
        Assert.Equal(PasswordVerificationResult.Failed, new PasswordHasher<DiplomacyTracker.Web.Infrastructure.EditorAccount>()
            .VerifyHashedPassword(new(), hash, "s3cret word"));
    }

    [Fact]
    public void HashPasswordRefusesAnEmptyPassword() =>
        Assert.Equal(2, HashPasswordCommand.Run(new StringReader(""), TextWriter.Null, TextWriter.Null, interactive: false));

    [Theory]
    [InlineData("reextract")]
    [InlineData("hash-password")]
    public void NewVerbsParse(string verb) => Assert.Equal(verb, CommandLine.Parse([verb, "--db", "t.db"]).Verb);
}
