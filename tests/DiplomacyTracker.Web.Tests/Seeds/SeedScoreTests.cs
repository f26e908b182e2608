using System.Diagnostics;
using System.Text.Json;
using DiplomacyTracker.Web.Commands;
using DiplomacyTracker.Web.Tests.Infrastructure;

namespace DiplomacyTracker.Web.Tests.Seeds;

/// <summary>
/// The extraction on the seeds, scored by the reference scorer (../shared/eval/score.py) against the hand-made
/// gold file. The floors are what the pipeline reaches today: a change that makes extraction worse fails here.
/// </summary>
public sealed class SeedScoreTests(SeededAppFactory app) : IClassFixture<SeededAppFactory>
{
    [Fact]
    public Task SeedExtractionScoresAtLeastTheFloors() =>
        ExtractionScore.AssertFloorsAsync(app, Path.Combine(ExtractionScore.Eval, "seeds.gold.json"), "seeds", Floors);

    private static readonly (string Figure, double Floor)[] Floors =
    [
        ("visits.f1", 1.0),
        ("meetings.f1", 1.0),
        ("meetings.date_exact", 1.0),
        ("officials.f1", 1.0),
        ("issues.f1", 1.0),
    ];
}

/// <summary>
/// The team's unseen-shape fixtures, scored the same way: these catch rules that fit the seeds' sentences only.
/// </summary>
public sealed class UnseenFixturesScoreTests(UnseenFixturesAppFactory app) : IClassFixture<UnseenFixturesAppFactory>
{
    [Fact]
    public Task UnseenFixturesScoreAtLeastTheFloors() =>
        ExtractionScore.AssertFloorsAsync(app, Path.Combine(TrackerAppFactory.RepositoryRoot, "tests", "fixtures", "unseen.gold.json"),
            Path.Combine("tests", "fixtures", "unseen"), Floors);

    private static readonly (string Figure, double Floor)[] Floors =
    [
        ("visits.f1", 1.0),
        ("meetings.f1", 1.0),
        ("meetings.date_exact", 1.0),
        ("officials.f1", 1.0),
        ("issues.f1", 1.0),
    ];
}

/// <summary>
/// The development set: fifty real articles about sixteen other trips, read from ../shared/eval/dev at test time (the
/// repository never copies them). The floors are what the pipeline reaches today; they only ever go up.
/// </summary>
public sealed class DevelopmentSetScoreTests(DevelopmentSetAppFactory app) : IClassFixture<DevelopmentSetAppFactory>
{
    [Fact]
    public Task DevelopmentSetScoresAtLeastTheFloors() =>
        ExtractionScore.AssertFloorsAsync(app, Path.Combine(ExtractionScore.Eval, "dev", "gold.json"), DevelopmentSetAppFactory.Articles, Floors);

    private static readonly (string Figure, double Floor)[] Floors =
    [
        ("visits.f1", 1.0),
        ("meetings.f1", 0.98),
        ("meetings.date_exact", 0.91),
        ("officials.f1", 0.97),
        ("issues.f1", 0.95),
    ];
}

internal static class ExtractionScore
{
    public static readonly string Eval = Path.GetFullPath(Path.Combine(TrackerAppFactory.RepositoryRoot, "..", "shared", "eval"));

    public static async Task AssertFloorsAsync(TrackerAppFactory app, string gold, string articles, (string Figure, double Floor)[] floors)
    {
        Assert.True(File.Exists(Path.Combine(Eval, "score.py")), $"the reference scorer is missing: {Eval}/score.py");
        var export = Path.Combine(Path.GetTempPath(), $"dt-score-{Guid.NewGuid():N}.json");
        _ = app.Server;
        await ExportCommand.RunAsync(app.Services, export, TextWriter.Null, CancellationToken.None);

        var scores = await ScoreAsync(export, gold, Path.Combine(TrackerAppFactory.RepositoryRoot, articles));
        File.Delete(export);

        Assert.Equal(1.0, scores["excerpts.verbatim"]);
        Assert.Equal(0, scores["officials.non_officials_listed"]);
        Assert.Equal(0, scores["meetings.forbidden"]);
        Assert.Equal(0, scores["visits.duplicates"]);
        foreach (var (figure, floor) in floors)
        {
            Assert.True(scores[figure] >= floor, $"{figure} = {scores[figure]:0.000}, below the floor {floor}");
        }
    }

    private static async Task<Dictionary<string, double>> ScoreAsync(string export, string gold, string articles)
    {
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { Path.Combine(Eval, "score.py"), export, gold, articles, "--json" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"score.py failed: {errors}");
        return JsonSerializer.Deserialize<Dictionary<string, double>>(output)!;
    }
}
