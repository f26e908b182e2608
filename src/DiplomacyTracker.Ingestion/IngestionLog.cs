using DiplomacyTracker.Domain;

namespace DiplomacyTracker.Ingestion;

/// <summary>Writes each outcome to the ingestion log, so failures show even where no article was stored.</summary>
internal static class IngestionLog
{
    public static async Task<IngestOutcome> RecordAsync(TrackerDbContext db, IngestOutcome outcome, CancellationToken cancellationToken)
    {
        db.IngestionEvents.Add(new IngestionEvent
        {
            At = DateTimeOffset.UtcNow,
            Source = outcome.SourcePath,
            Status = outcome.Status.ToString().ToLowerInvariant(),
            Message = outcome.Status == IngestStatus.Failed ? outcome.Message
                : outcome.Warnings is { Count: > 0 } warnings ? string.Join("; ", warnings) : null,
            ArticleId = outcome.ArticleId,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return outcome;
    }
}
