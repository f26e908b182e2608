using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// Recomputes a visit's or a meeting's own fields from its reports, so what the tracker shows is always what its
/// remaining sources say: held wins over planned, the date most sources give wins, a fact left with no source goes.
/// </summary>
internal static class Consolidation
{
    public static async Task RefreshAsync(TrackerDbContext db, IReadOnlyCollection<int> visitIds, IReadOnlyCollection<int> meetingIds,
        CancellationToken cancellationToken)
    {
        if (meetingIds.Count > 0)
        {
            var meetings = await db.Meetings
                .Include(m => m.Participants)
                .Include(m => m.Reports).ThenInclude(r => r.Participants)
                .Where(m => meetingIds.Contains(m.Id))
                .ToListAsync(cancellationToken);
            foreach (var meeting in meetings)
            {
                if (meeting.Reports.Count == 0)
                {
                    db.Meetings.Remove(meeting);
                }
                else
                {
                    Refresh(meeting);
                }
            }
        }

        if (visitIds.Count > 0)
        {
            var visits = await db.Visits
                .Include(v => v.Reports)
                .Where(v => visitIds.Contains(v.Id))
                .ToListAsync(cancellationToken);
            foreach (var visit in visits)
            {
                if (visit.Reports.Count == 0)
                {
                    db.Visits.Remove(visit);
                }
                else
                {
                    Refresh(visit);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public static void Refresh(Visit visit)
    {
        var reports = visit.Reports.OrderBy(r => r.Start ?? DateOnly.MaxValue).ThenBy(r => r.Id).ToList();
        visit.Start = MostReported(reports.Select(r => r.Start), preferLatest: false);
        visit.End = MostReported(reports.Select(r => r.End), preferLatest: true);
        if (visit.Start is { } start && visit.End is { } end && end < start)
        {
            visit.End = start;
        }

        visit.Cities = [.. reports.SelectMany(r => r.Cities).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public static void Refresh(Meeting meeting)
    {
        var held = meeting.Reports.Where(r => r.Status == MeetingStatus.Held).ToList();
        var best = held.Count > 0 ? held : meeting.Reports;
        meeting.Status = held.Count > 0 ? MeetingStatus.Held : MeetingStatus.Planned;
        meeting.Date = MostReported(best.Select(r => r.Date), preferLatest: false);
        meeting.City = MostCommon(best.Select(r => r.City)) ?? MostCommon(meeting.Reports.Select(r => r.City));
        meeting.Venue = MostCommon(best.Select(r => r.Venue)) ?? MostCommon(meeting.Reports.Select(r => r.Venue));
        meeting.DurationMinutes = meeting.Reports.Max(r => r.DurationMinutes);

        var participants = meeting.Reports.SelectMany(r => r.Participants).DistinctBy(p => p.Id).ToList();
        meeting.Participants.RemoveAll(p => !participants.Any(q => q.Id == p.Id));
        meeting.Participants.AddRange(participants.Where(p => !meeting.Participants.Any(q => q.Id == p.Id)));
    }

    /// <summary>Deletes officials nothing refers to any more (their last article was replaced).</summary>
    public static Task<int> RemoveUnreferencedOfficialsAsync(TrackerDbContext db, CancellationToken cancellationToken) =>
        db.Officials
            .Where(o => !db.OfficialTitles.Any(t => t.OfficialId == o.Id)
                        && !db.Visits.Any(v => v.TravelerId == o.Id)
                        && !db.Meetings.Any(m => m.Participants.Any(p => p.Id == o.Id))
                        && !db.Quotes.Any(q => q.OfficialId == o.Id))
            .ExecuteDeleteAsync(cancellationToken);

    private static DateOnly? MostReported(IEnumerable<DateOnly?> dates, bool preferLatest)
    {
        var groups = dates.OfType<DateOnly>().GroupBy(d => d).ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var top = groups.Max(g => g.Count());
        var tied = groups.Where(g => g.Count() == top).Select(g => g.Key);
        return preferLatest ? tied.Max() : tied.Min();
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.OfType<string>().GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
