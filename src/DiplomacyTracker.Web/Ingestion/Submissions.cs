using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Ingestion;

/// <summary>
/// Where what an editor submits (uploaded files, pasted text) is written before it is queued: <c>submitted/</c> beside
/// the database, under the name it will be stored as (<c>submitted/paste/…</c>, <c>submitted/upload/…</c>). Nothing is
/// held in memory while it waits, nothing is lost when the queue is busy or the page gives up waiting, and a file
/// stays until its article is stored (a failed one stays, with the log saying why).
/// </summary>
public sealed class Submissions(string folder, IDbContextFactory<TrackerDbContext> dbFactory)
{
    /// <summary>The folder, <c>submitted/</c> beside the database.</summary>
    public string Folder { get; } = folder;

    /// <summary>
    /// Writes <paramref name="content"/> to a new file and gives the source it is to be stored under: <paramref name="wanted"/>
    /// unless another article already has that source (then <c>NAME-2.ext</c>, <c>NAME-3.ext</c>, ...), or unless
    /// <paramref name="replace"/> says a new version of that article is meant; <paramref name="taken"/> are sources
    /// already given out in the same submission.
    /// </summary>
    public async Task<Submitted> SaveAsync(string wanted, Stream content, bool replace, ISet<string> taken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(taken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        for (var n = 1; ; n++)
        {
            var source = n == 1 ? wanted : $"{Path.ChangeExtension(wanted, null)}-{n}{Path.GetExtension(wanted)}";
            if (taken.Contains(source) || (!replace && await db.Articles.AnyAsync(a => a.SourcePath == source, cancellationToken)))
            {
                continue;
            }

            var file = Path.GetFullPath(Path.Combine(Folder, source));
            if (!file.StartsWith(Path.GetFullPath(Folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{source}' is not a name inside {Folder}", nameof(wanted));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            FileStream stream;
            try
            {
                stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
            }
            catch (IOException) when (File.Exists(file))
            {
                // Still waiting from an earlier submission: this one gets a name of its own.
                continue;
            }

            await using (stream)
            {
                await content.CopyToAsync(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            taken.Add(source);
            return new Submitted(source, file, Path.GetRelativePath(Path.GetDirectoryName(Folder)!, file));
        }
    }

    /// <summary>Once the job is done, removes the saved copies of the articles it stored; failed ones stay to be looked at.</summary>
    public static void ForgetWhenStored(IngestionJob job, IReadOnlyList<Submitted> saved)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(saved);
        _ = job.Completion.ContinueWith(done =>
        {
            foreach (var outcome in done.Result.Where(o => o.Status != DiplomacyTracker.Ingestion.IngestStatus.Failed))
            {
                foreach (var copy in saved.Where(s => s.Source == outcome.SourcePath))
                {
                    try
                    {
                        File.Delete(copy.File);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        // Left for the operator: the article is stored either way.
                    }
                }
            }
        }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }
}

/// <summary>A saved submission: the source it is stored under, the file, and the file relative to the data folder.</summary>
public sealed record Submitted(string Source, string File, string ShownAs);
