using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// Issue mentions under the visit filters, counted by month: a mention at a meeting counts when the meeting matches
/// the filters, one on a visit's other sentences when the visit does. Its month is the meeting's day, else the
/// visit's first day, else the article's.
/// </summary>
public static class IssueMonths
{
    /// <summary>The mentions the filters keep (the issue filter aside: each issue is counted for itself).</summary>
    public static IQueryable<IssueMention> Within(TrackerDbContext db, BrowseFilter filter, string? match = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var mentions = db.IssueMentions.AsNoTracking();
        var unfiltered = filter with { Issue = null };
        if (unfiltered.IsEmpty && match is null)
        {
            return mentions;
        }

        var query = new Api.BrowseQuery(unfiltered, match);
        var meetings = Api.TextSearch.ApplyTo(query, db.Meetings.AsNoTracking(), db).Select(m => m.Id);
        var visits = Api.TextSearch.ApplyTo(query, db.Visits.AsNoTracking(), db).Select(v => v.Id);
        return mentions.Where(m => m.MeetingId != null ? meetings.Contains(m.MeetingId.Value) : m.VisitId != null && visits.Contains(m.VisitId.Value));
    }

    /// <summary>Mentions per issue and month: issue id → (month index, count), the month index being year × 12 + month − 1.</summary>
    public static async Task<Dictionary<int, Dictionary<int, int>>> CountAsync(IQueryable<IssueMention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var rows = await mentions
            .Select(m => new
            {
                m.IssueId,
                When = m.Day,
            })
            .Where(m => m.When != null)
            .GroupBy(m => new { m.IssueId, m.When!.Value.Year, m.When!.Value.Month })
            .Select(g => new { g.Key.IssueId, g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.IssueId)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Year * 12 + r.Month - 1, r => r.Count));
    }

    public static DateOnly MonthOf(int index) => new(index / 12, index % 12 + 1, 1);
}
