namespace DiplomacyTracker.Ingestion.Reading;

/// <summary>
/// Reads a plain-text article as it is. The title is the first line that reads like a headline; dates and
/// publishers are left to the pipeline, which reads datelines itself.
/// </summary>
internal sealed class TextArticleReader : IArticleReader
{
    private const int MaxTitleLength = 200;

    // Lines that pages copied as text often start with, before the headline.
    private static readonly string[] Boilerplate =
    [
        "accessibility links", "skip to content", "skip to main content", "skip to navigation", "skip navigation",
        "breaking news", "advertisement", "menu", "search", "sign in", "log in", "subscribe", "home",
    ];

    public bool CanRead(string extension) => extension is "" or ".txt" or ".text";

    public SourceDocument Read(string sourcePath, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        return new SourceDocument(sourcePath, text, Title: FindTitle(text));
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
