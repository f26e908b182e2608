using DiplomacyTracker.Ingestion;
using DiplomacyTracker.Web.Ingestion;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Ingestion;

/// <summary>Re-extracts one article (<c>id</c>) or all of them through the queue; editors only.</summary>
public sealed class ReextractModel(IngestionQueue queue) : PageModel
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [TempData]
    public string? Notice { get; set; }

    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        var job = queue.Enqueue(IngestionJob.Reextract(id is int one ? $"re-extract article {one}" : "re-extract all articles",
            id is int only ? [only] : null));
        try
        {
            var outcomes = await job.Completion.WaitAsync(Patience, cancellationToken);
            var failed = outcomes.Count(o => o.Status == IngestStatus.Failed);
            Notice = $"Re-extracted {outcomes.Count - failed} of {outcomes.Count} articles" + (failed > 0 ? $"; {failed} failed (see the log)." : ".");
        }
        catch (TimeoutException)
        {
            Notice = "Re-extraction is queued; reload this page to follow it.";
        }

        return RedirectToPage("Index");
    }
}
