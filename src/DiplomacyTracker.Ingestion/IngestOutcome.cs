namespace DiplomacyTracker.Ingestion;

public enum IngestStatus
{
    Ingested,
    Replaced,
    Unchanged,
    Reextracted,
    Failed,
}

/// <summary>What happened to one file: the line the <c>ingest</c> command prints for it.</summary>
public sealed record IngestOutcome(string SourcePath, IngestStatus Status, int? ArticleId = null, string? Message = null,
    IReadOnlyList<string>? Warnings = null)
{
    public override string ToString()
    {
        var word = Status.ToString().ToLowerInvariant();
        var detail = Status == IngestStatus.Failed ? $": {Message}" :
            Warnings is { Count: > 0 } ? $" ({string.Join("; ", Warnings)})" : "";
        return $"{word,-9} {Printable(SourcePath)}{Printable(detail)}";
    }

    /// <summary>
    /// Control characters shown as escapes: a file named "a.txt\ningested  b.txt" must not print a line of its own.
    /// </summary>
    public static string Printable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var printable = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            printable.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return printable.ToString();
    }
}
