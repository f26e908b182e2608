using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Ingestion;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Ingestion;

/// <summary>
/// The ingestion log: the queue, every article with its warnings and when it came in, and the recent log
/// entries, failures included (a file that failed never became an article, so only the log remembers it).
/// </summary>
public sealed class IndexModel(TrackerDbContext db, IngestionQueue queue) : PageModel
{
    private const int Shown = 200;

    public int Waiting { get; private set; }
    public string? Current { get; private set; }
    public IReadOnlyList<ArticleLine> Articles { get; private set; } = [];
    public int ArticleCount { get; private set; }
    public IReadOnlyList<LogLine> Log { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public bool IsEditor => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Waiting, Current) = (queue.Waiting, queue.Current);
        ArticleCount = await db.Articles.CountAsync(cancellationToken);
        Articles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.Id).Take(Shown)
            .Select(a => new ArticleLine(a.Id, a.Title, a.SourcePath, a.IngestedAt, a.Warnings,
                db.IngestionEvents.Where(e => e.ArticleId == a.Id).OrderByDescending(e => e.Id).Select(e => e.Status).FirstOrDefault() ?? "ingested"))
            .ToListAsync(cancellationToken);
        Log = await db.IngestionEvents.AsNoTracking()
            .OrderByDescending(e => e.Id).Take(Shown)
            .Select(e => new LogLine(e.Id, e.At, e.Source, e.Status, e.Message, e.ArticleId))
            .ToListAsync(cancellationToken);
    }

    public sealed record ArticleLine(int Id, string Title, string SourcePath, DateTimeOffset IngestedAt, IReadOnlyList<string> Warnings, string Status);

    public sealed record LogLine(int Id, DateTimeOffset At, string Source, string Status, string? Message, int? ArticleId);
}
