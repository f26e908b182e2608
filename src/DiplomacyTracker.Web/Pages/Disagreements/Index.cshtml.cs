using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using DiplomacyTracker.Web.Infrastructure;
using DiplomacyTracker.Web.Pages.Meetings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Disagreements;

/// <summary>Every meeting whose sources disagree on its date, city, venue, status or duration, newest first.</summary>
[OutputCache(PolicyName = PageCaching.Policy)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    /// <summary>
    /// Meetings whose reports give more than one value for a field are read, the most recent this many: SQL finds
    /// them, the rules that tell a real disagreement from precision (<see cref="SourceDisagreements"/>) run here.
    /// </summary>
    public const int CandidateLimit = 5000;

    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public bool IsPartial { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var all = await Query(db, CandidateLimit, cancellationToken);
        IsPartial = all.Partial;
        Paging = Paging.For(Request, Paging.Requested(page), all.Found.Count);
        var shown = all.Found.Skip(Paging.Skip).Take(Paging.Size).ToList();
        var ids = shown.Select(f => f.MeetingId).ToList();
        var meetings = await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id, m.Date, m.VisitId,
                Visit = m.Visit == null ? null : m.Visit.Traveler.Name + " in " + m.Visit.HostCountry,
                Participants = m.Participants.OrderBy(p => p.Name).Select(p => p.Name).ToList(),
            })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        Entries = shown.Select(f => new Entry(f.MeetingId, meetings[f.MeetingId].Date, meetings[f.MeetingId].VisitId, meetings[f.MeetingId].Visit,
            meetings[f.MeetingId].Participants, f.Disagreements)).ToList();
    }

    /// <summary>The meetings with a disagreement, newest first; callable by other readers of the same list.</summary>
    public static async Task<(IReadOnlyList<(int MeetingId, IReadOnlyList<Disagreement> Disagreements)> Found, bool Partial)> Query(
        TrackerDbContext db, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var candidates = await db.Meetings.AsNoTracking()
            .Where(m => m.Reports.Where(r => r.Date != null && !r.DateAssumed).Select(r => r.Date).Distinct().Count() > 1
                || m.Reports.Where(r => r.City != null).Select(r => r.City).Distinct().Count() > 1
                || m.Reports.Where(r => r.Venue != null).Select(r => r.Venue).Distinct().Count() > 1
                || m.Reports.Where(r => r.DurationMinutes != null).Select(r => r.DurationMinutes).Distinct().Count() > 1
                || (m.Date != null && m.Reports.Any(r => r.Status == MeetingStatus.Held)
                    && m.Reports.Any(r => r.Status == MeetingStatus.Planned && r.Excerpt.Article.Published > m.Date)))
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Take(limit + 1)
            .Select(m => new { m.Id, m.Date })
            .ToListAsync(cancellationToken);
        var partial = candidates.Count > limit;
        candidates = candidates.Take(limit).ToList();
        var ids = candidates.Select(c => c.Id).ToList();
        var reports = (await db.MeetingReports.AsNoTracking().Where(r => ids.Contains(r.MeetingId))
            .OrderBy(r => r.Excerpt.Article.Published).ThenBy(r => r.Excerpt.ArticleId).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.MeetingId,
                Said = new ReportSaid(r.Status, r.Date, r.DateAssumed, r.City, r.Venue, r.DurationMinutes, r.Excerpt.ArticleId, r.ExcerptId,
                    r.Excerpt.Article.Publisher, r.Excerpt.Article.Published),
            })
            .ToListAsync(cancellationToken)).ToLookup(r => r.MeetingId, r => r.Said);
        var found = candidates
            .Select(c => (MeetingId: c.Id, Disagreements: SourceDisagreements.Among(reports[c.Id].ToList(), c.Date)))
            .Where(f => f.Disagreements.Count > 0)
            .ToList();
        return (found, partial);
    }

    public sealed record Entry(int MeetingId, DateOnly? Date, int? VisitId, string? Visit, IReadOnlyList<string> Participants, IReadOnlyList<Disagreement> Disagreements);
}
