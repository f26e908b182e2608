namespace DiplomacyTracker.Ingestion.Reading.Html;

/// <summary>Tidies a byline to the names it gives.</summary>
internal static class Bylines
{
    private static readonly string[] Prefixes = ["by:", "by "];

    public static string? Clean(string byline)
    {
        var text = PlainText.Collapse(byline);
        foreach (var prefix in Prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                text = text[prefix.Length..].TrimStart();
            }
        }
        return text.Length is > 0 and <= 200 ? text : null;
    }
}
