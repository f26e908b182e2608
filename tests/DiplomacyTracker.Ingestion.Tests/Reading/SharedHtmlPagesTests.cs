using System.Text.Json;
using System.Text.RegularExpressions;
using DiplomacyTracker.Ingestion.Reading;

namespace DiplomacyTracker.Ingestion.Tests.Reading;

/// <summary>
/// Reads the saved news pages in ../shared/html-pages and scores the text as eval/html_score.py does: word
/// precision and recall against Readability's expected body, and the title against its expected title.
/// </summary>
public sealed partial class SharedHtmlPagesTests
{
    // Measured 1.00 / 0.98 when set; recall is below 1 because captions are dropped on purpose.
    private const double PrecisionFloor = 0.98;
    private const double RecallFloor = 0.96;

    [SharedHtmlPagesFact]
    public void SavedNewsPagesAreReadWellEnough()
    {
        var pages = SharedHtmlPages.Folder!;
        var readers = new ArticleReaders();
        var scores = new List<(string Page, double Precision, double Recall)>();
        var wrongTitles = new List<string>();
        foreach (var folder in Directory.GetDirectories(pages).Order(StringComparer.Ordinal))
        {
            var page = readers.ReadFile(Path.Combine(folder, "source.html"));
            var expected = Words(StripTags(File.ReadAllText(Path.Combine(folder, "expected.html"))));
            var (precision, recall) = Overlap(Words(page.Text), expected);
            scores.Add((Path.GetFileName(folder), precision, recall));
            if (!TitleAgrees(page.Title, ExpectedTitle(folder)))
            {
                wrongTitles.Add($"{Path.GetFileName(folder)}: {page.Title}");
            }
        }

        Assert.NotEmpty(scores);
        Assert.Empty(wrongTitles);
        var report = string.Join("\n", scores.Select(s => $"{s.Page} {s.Precision:F3} {s.Recall:F3}"));
        Assert.True(scores.Average(s => s.Precision) >= PrecisionFloor, report);
        Assert.True(scores.Average(s => s.Recall) >= RecallFloor, report);
    }

    private static string? ExpectedTitle(string folder)
    {
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
        return meta.RootElement.TryGetProperty("title", out var title) ? title.GetString() : null;
    }

    // As html_score.py: the same words, or the expected title contained in ours.
    private static bool TitleAgrees(string? got, string? want)
    {
        var (g, w) = (string.Join(" ", Words(got ?? "")), string.Join(" ", Words(want ?? "")));
        return g == w || (w.Length > 0 && g.Contains(w, StringComparison.Ordinal));
    }

    private static (double Precision, double Recall) Overlap(List<string> got, List<string> want)
    {
        var wanted = want.CountBy(w => w).ToDictionary();
        var common = 0;
        foreach (var (word, count) in got.CountBy(w => w))
        {
            common += Math.Min(count, wanted.GetValueOrDefault(word));
        }
        return (got.Count == 0 ? 0 : (double)common / got.Count, want.Count == 0 ? 1 : (double)common / want.Count);
    }

    private static List<string> Words(string text) =>
        WordPattern().Matches(System.Net.WebUtility.HtmlDecode(text).ToLowerInvariant()).Select(m => m.Value).ToList();

    private static string StripTags(string html) => TagPattern().Replace(ScriptPattern().Replace(html, " "), " ");

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?is)<(script|style)\b.*?</\1>")]
    private static partial Regex ScriptPattern();

    [GeneratedRegex(@"(?s)<[^>]+>")]
    private static partial Regex TagPattern();
}
