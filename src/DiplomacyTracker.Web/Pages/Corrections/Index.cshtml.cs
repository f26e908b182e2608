using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DiplomacyTracker.Web.Pages.Corrections;

/// <summary>The corrections log: every correction editors made, newest first, with what it changed; editors can undo.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public const int Limit = 500;

    public IReadOnlyList<CorrectionLine> Lines { get; private set; } = [];

    [TempData]
    public string? CorrectionNotice { get; set; }

    [TempData]
    public string? CorrectionError { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lines = await CorrectionLine.ReadAsync(db, null, null, Limit, cancellationToken);
}
