using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Corrections;

/// <summary>An article that reports a fact, as the split form offers it: the editor ticks those that report another one.</summary>
public sealed record SplitChoice(int ArticleId, string Title, string? Outlet, DateOnly? Published)
{
    /// <summary>The articles that report the visit, meeting or official, newest first.</summary>
    public static async Task<List<SplitChoice>> ReadAsync(TrackerDbContext db, string kind, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var articles = kind switch
        {
            FactKind.Visit => db.Articles.Where(a => db.VisitReports.Any(r => r.VisitId == id && r.ArticleId == a.Id)),
            FactKind.Meeting => db.Articles.Where(a => db.MeetingReports.Any(r => r.MeetingId == id && r.Excerpt.ArticleId == a.Id)),
            _ => db.Articles.Where(a =>
                db.OfficialTitles.Any(t => t.OfficialId == id && t.Excerpt!.ArticleId == a.Id)
                || db.VisitReports.Any(r => r.Visit.TravelerId == id && r.ArticleId == a.Id)
                || db.MeetingReports.Any(r => r.Excerpt.ArticleId == a.Id && r.Participants.Any(p => p.Id == id))),
        };
        return await articles.AsNoTracking().OrderByDescending(a => a.Published).ThenByDescending(a => a.Id).Take(200)
            .Select(a => new SplitChoice(a.Id, a.Title, a.Publisher, a.Published))
            .ToListAsync(cancellationToken);
    }
}
