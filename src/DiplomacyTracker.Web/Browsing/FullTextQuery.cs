namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// Turns what a reader typed into an FTS5 MATCH expression that cannot fail to parse: each word becomes a quoted
/// phrase (quotes doubled), so FTS syntax (<c>*</c>, <c>:</c>, <c>-</c>, NEAR, AND, parentheses) is searched as text.
/// Words are combined with AND, the FTS5 default. PostgreSQL's <c>websearch_to_tsquery</c> reads the same expression
/// the same way (a quoted phrase per word, AND between them; it never fails), so one expression serves both engines.
/// </summary>
public static class FullTextQuery
{
    /// <summary>The MATCH expression, or null when the input has no word in it.</summary>
    public static string? From(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        // A control character (a NUL above all, which SQLite reads as the end of the expression) separates words like a space.
        var phrases = string.Create(input.Length, input, (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                {
                    span[i] = char.IsControl(text[i]) ? ' ' : text[i];
                }
            })
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(word => word.Any(char.IsLetterOrDigit))
            .Take(16)
            .Select(word => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")
            .ToList();
        return phrases.Count == 0 ? null : string.Join(' ', phrases);
    }
}
