namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>
/// Reads a plain-text article as it is. The title is the first line that reads like a headline. A file that opens with
/// a date marker (" date 2024-07-29 ...", as saved pages and crawls write it) states its publication day; other dates
/// and publishers are left to the pipeline, which reads datelines itself.
/// </summary>
internal sealed partial class TextArticleReader : IArticleReader
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*date:?\s+(?<y>(?:19|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)\b[ \t]*", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DateMarker();

    private const int MaxTitleLength = 200;

    // Lines that pages copied as text often start with, before the headline.
    private static readonly string[] Boilerplate =
    [
        "accessibility links", "skip to content", "skip to main content", "skip to navigation", "skip navigation",
        "breaking news", "advertisement", "menu", "search", "sign in", "log in", "subscribe", "home",
    ];

    public bool CanRead(string extension) => extension is "" or ".txt" or ".text";

    public SourceDocument Read(string sourcePath, string content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var marker = DateMarker().Match(text);
        DateTimeOffset? published = marker.Success && DateOnly.TryParseExact($"{marker.Groups["y"]}-{marker.Groups["m"]}-{marker.Groups["d"]}", "yyyy-MM-dd", out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
        return new SourceDocument(sourcePath, text, Title: FindTitle(published is null ? text : text[marker.Length..]), Published: published);
    }

    internal static string? FindTitle(string text) => text
        .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .FirstOrDefault(LooksLikeHeadline);

    private static bool LooksLikeHeadline(string line) =>
        line.Length <= MaxTitleLength
        && line.Any(char.IsLetter)
        && !IsSkipLink(line)
        && !Boilerplate.Contains(line.TrimEnd('.', ':', '!').ToLowerInvariant());

    // "1. Skip to content", "2) Skip to navigation" and the like.
    private static bool IsSkipLink(string line) =>
        line.TrimStart("0123456789.) ".ToCharArray()).StartsWith("skip to", StringComparison.OrdinalIgnoreCase);
}
