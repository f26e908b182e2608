using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// What an address of a fact that is no longer stored answers: a merged fact's survivor (following later merges),
/// or that it is gone and what replaced it, if anything. Unknown ids stay 404.
/// </summary>
public static class RetiredFacts
{
    /// <summary>The key <see cref="HttpContext.Items"/> holds a gone fact's replacement under, for the status page.</summary>
    public const string ReplacementItem = "GoneReplacement";

    private const int MaxHops = 32;

    public static async Task<Retired?> FindAsync(TrackerDbContext db, string kind, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var merged = false;
        var current = id;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var redirect = await db.FactRedirects.AsNoTracking().Where(r => r.Kind == kind && r.FromId == current)
                .OrderByDescending(r => r.Id).Select(r => new { r.ToId, r.Merged }).FirstOrDefaultAsync(cancellationToken);
            if (redirect is null)
            {
                return hop == 0 ? null : new Retired(current, merged, Exists: true);
            }

            if (redirect.ToId is not int next || !redirect.Merged)
            {
                // Gone: point at what replaced it, when that is still there (or itself went somewhere).
                var replacement = redirect.ToId is int to ? await SurvivorAsync(db, kind, to, cancellationToken) : null;
                return new Retired(replacement, Merged: false, Exists: false);
            }

            merged = true;
            current = next;
            if (await ExistsAsync(db, kind, current, cancellationToken))
            {
                return new Retired(current, merged, Exists: true);
            }
        }

        return null;
    }

    /// <summary>The page answer for a missing fact: 301 to the survivor, 410 (with the replacement for the status page), else 404.</summary>
    public static async Task<Microsoft.AspNetCore.Mvc.IActionResult> AnswerAsync(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, TrackerDbContext db,
        string kind, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var retired = await FindAsync(db, kind, id, cancellationToken);
        if (retired is { Merged: true, To: int survivor })
        {
            return page.RedirectPermanent(PathOf(kind, survivor));
        }

        if (retired is { Exists: false })
        {
            if (retired.To is int replacement)
            {
                page.HttpContext.Items[ReplacementItem] = PathOf(kind, replacement);
            }

            return page.StatusCode(StatusCodes.Status410Gone);
        }

        return page.NotFound();
    }

    public static string PathOf(string kind, int id) => kind switch
    {
        FactKind.Visit => $"/visits/{id}",
        FactKind.Meeting => $"/meetings/{id}",
        _ => $"/officials/{id}",
    };

    private static async Task<int?> SurvivorAsync(TrackerDbContext db, string kind, int id, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(db, kind, id, cancellationToken))
        {
            return id;
        }

        return await FindAsync(db, kind, id, cancellationToken) is { Exists: true, To: int to } ? to : null;
    }

    private static Task<bool> ExistsAsync(TrackerDbContext db, string kind, int id, CancellationToken cancellationToken) => kind switch
    {
        FactKind.Visit => db.Visits.AnyAsync(v => v.Id == id, cancellationToken),
        FactKind.Meeting => db.Meetings.AnyAsync(m => m.Id == id, cancellationToken),
        _ => db.Officials.AnyAsync(o => o.Id == id, cancellationToken),
    };
}

/// <summary>A fact's address that no longer holds it: <paramref name="To"/> is the survivor of a merge or what replaced it.</summary>
public sealed record Retired(int? To, bool Merged, bool Exists);
