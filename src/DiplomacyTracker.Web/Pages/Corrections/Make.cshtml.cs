using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Corrections;
using DiplomacyTracker.Web.Browsing;
using DiplomacyTracker.Web.Ingestion;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Corrections;

/// <summary>
/// Where the correction forms of the visit, meeting and official pages post (editors only; antiforgery checked):
/// each one a <see cref="Correction"/> through <see cref="FactCorrections"/>, then back to the fact's page (after a
/// deletion, or when asked, to the corrections log) with what happened.
/// </summary>
[Authorize]
public sealed class MakeModel(FactCorrections corrections, IngestionQueue queue) : PageModel
{
    [TempData]
    public string? CorrectionNotice { get; set; }

    [TempData]
    public string? CorrectionError { get; set; }

    public IActionResult OnGet(string kind, int id) => Known(kind) ? Redirect(RetiredFacts.PathOf(kind, id)) : NotFound();

    public Task<IActionResult> OnPostEditAsync(string kind, int id, Dictionary<string, string?> fields, string? reason, CancellationToken cancellationToken) =>
        CorrectAsync(kind, id, () => corrections.EditAsync(kind, id, fields ?? [], Author(reason), cancellationToken), "Corrected.");

    public Task<IActionResult> OnPostIssuesAsync(string kind, int id, string? add, string? remove, string? reason, CancellationToken cancellationToken) =>
        CorrectAsync(kind, id, () => corrections.SetIssuesAsync(kind, id, CorrectionFields.List(add), CorrectionFields.List(remove), Author(reason), cancellationToken),
            "Issues corrected.");

    public Task<IActionResult> OnPostMergeAsync(string kind, int id, int other, string? reason, CancellationToken cancellationToken) =>
        CorrectAsync(kind, id, () => corrections.MergeAsync(kind, id, other, Author(reason), cancellationToken), $"Merged {kind} {other} into this one.");

    public Task<IActionResult> OnPostSplitAsync(string kind, int id, int[]? articles, string? name, string? reason, CancellationToken cancellationToken) =>
        CorrectAsync(kind, id, () => corrections.SplitAsync(kind, id, articles ?? [], name, Author(reason), cancellationToken),
            made => $"Split: {Format.Count(articles?.Length ?? 0, "article")} moved to {kind} {made.OtherId} ({RetiredFacts.PathOf(kind, made.OtherId!.Value)}).");

    public async Task<IActionResult> OnPostDeleteAsync(string kind, int id, string? reason, CancellationToken cancellationToken)
    {
        var back = await CorrectAsync(kind, id, () => corrections.DeleteAsync(kind, id, Author(reason), cancellationToken), $"Deleted {kind} {id}.");
        return CorrectionError is null && Known(kind) ? RedirectToPage("/Corrections/Index") : back;
    }

    public async Task<IActionResult> OnPostUndoAsync(string kind, int id, int correction, string? back, CancellationToken cancellationToken)
    {
        if (!Known(kind))
        {
            return NotFound();
        }

        try
        {
            var reread = await corrections.UndoAsync(correction, User.Identity!.Name!, cancellationToken);
            if (reread.Count > 0)
            {
                queue.Enqueue(IngestionJob.Reextract($"undo correction {correction}", reread));
            }

            CorrectionNotice = reread.Count > 0
                ? $"Correction {correction} undone; its {reread.Count} article(s) are being read again."
                : $"Correction {correction} undone.";
        }
        catch (CorrectionException e)
        {
            CorrectionError = e.Message;
        }

        return back == "log" ? RedirectToPage("/Corrections/Index") : Redirect(RetiredFacts.PathOf(kind, id));
    }

    private static bool Known(string kind) => kind is FactKind.Visit or FactKind.Meeting or FactKind.Official;

    private CorrectionAuthor Author(string? reason) => new(User.Identity!.Name!, reason);

    private Task<IActionResult> CorrectAsync(string kind, int id, Func<Task<Correction>> correct, string notice) =>
        CorrectAsync(kind, id, correct, _ => notice);

    private async Task<IActionResult> CorrectAsync(string kind, int id, Func<Task<Correction>> correct, Func<Correction, string> notice)
    {
        if (!Known(kind))
        {
            return NotFound();
        }

        try
        {
            CorrectionNotice = notice(await correct());
        }
        catch (CorrectionException e)
        {
            CorrectionError = e.Message;
        }

        return Redirect(RetiredFacts.PathOf(kind, id));
    }
}
