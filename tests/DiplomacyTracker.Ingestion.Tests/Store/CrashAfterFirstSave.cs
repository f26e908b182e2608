using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DiplomacyTracker.Ingestion.Tests.Store;

/// <summary>
/// Simulates a crash in the middle of writing an article: once armed, the next save goes through (its rows are in
/// the database, inside the article's transaction) and then throws, before the writer can commit.
/// </summary>
internal sealed class CrashAfterFirstSave : SaveChangesInterceptor
{
    public bool Armed { get; set; }
    public int RowsWrittenBeforeCrash { get; private set; }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Armed && eventData.Context!.Database.CurrentTransaction is not null)
        {
            Armed = false;
            RowsWrittenBeforeCrash = result;
            throw new InvalidOperationException("simulated crash mid-article");
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
