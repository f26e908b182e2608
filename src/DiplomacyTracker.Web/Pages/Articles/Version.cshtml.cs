using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>An earlier text of an article, as it was before a newer version of its source replaced it, a part at a time.</summary>
[EnableRateLimiting(RateLimits.Expensive)]
public sealed class VersionModel(TrackerDbContext db) : PageModel
{
    public string CurrentTitle { get; private set; } = "";
    public VersionText Shown { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int version, int? from, CancellationToken cancellationToken)
    {
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(cancellationToken);
        if (current is null || await Versions.ReadAsync(db, id, version, from ?? 0, cancellationToken) is not { } shown)
        {
            return NotFound();
        }

        CurrentTitle = current;
        Shown = shown;
        return Page();
    }
}
