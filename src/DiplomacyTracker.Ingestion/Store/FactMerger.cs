using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// Adds one article's facts to what the store knows: the same person, trip or meeting reported by another article
/// becomes one more source of the existing fact rather than a second fact.
/// </summary>
internal sealed class FactMerger(TrackerDbContext db, Article article, IssueCatalog issues)
{
    /// <summary>Two reports of one trip may disagree on its dates by this much and still be the same trip.</summary>
    private const int VisitDateSlackDays = 2;

    private readonly Dictionary<TextSpan, Excerpt> _excerpts = [];
    private readonly Dictionary<string, Official> _officials = new(StringComparer.Ordinal);

    public async Task MergeAsync(ArticleFacts facts, CancellationToken cancellationToken)
    {
        foreach (var official in facts.Officials)
        {
            await MergeOfficialAsync(official, cancellationToken);
        }

        var visits = new List<Visit?>();
        foreach (var visit in facts.Visits)
        {
            visits.Add(await MergeVisitAsync(visit, cancellationToken));
        }

        var meetings = new List<Meeting?>();
        foreach (var meeting in facts.Meetings)
        {
            meetings.Add(await MergeMeetingAsync(meeting, At(visits, meeting.VisitIndex), cancellationToken));
        }

        foreach (var issue in facts.Issues)
        {
            AddIssueMention(issue, At(visits, issue.VisitIndex), At(meetings, issue.MeetingIndex));
        }

        foreach (var quote in facts.Quotes)
        {
            if (_officials.TryGetValue(quote.OfficialKey, out var speaker))
            {
                var excerpt = ExcerptFor(quote.Evidence);
                db.Quotes.Add(new Quote { Official = speaker, Excerpt = excerpt, Text = excerpt.Text, Visit = At(visits, quote.VisitIndex) });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await Consolidation.RefreshAsync(db,
            visits.OfType<Visit>().Select(v => v.Id).Distinct().ToList(),
            meetings.OfType<Meeting>().Select(m => m.Id).Distinct().ToList(),
            cancellationToken);
    }

    private static T? At<T>(List<T?> items, int? index) where T : class =>
        index is int i && i >= 0 && i < items.Count ? items[i] : null;

    private Excerpt ExcerptFor(TextSpan span)
    {
        if (!_excerpts.TryGetValue(span, out var excerpt))
        {
            excerpt = new Excerpt { Article = article, Start = span.Start, Length = span.Length, Text = span.Of(article.Text) };
            article.Excerpts.Add(excerpt);
            _excerpts[span] = excerpt;
        }

        return excerpt;
    }

    private async Task MergeOfficialAsync(ExtractedOfficial found, CancellationToken cancellationToken)
    {
        var official = await OfficialAsync(found.Key, cancellationToken);
        if (official is null)
        {
            official = new Official { Name = found.Name, NameKey = found.Key, Country = found.Country };
            db.Officials.Add(official);
            _officials[found.Key] = official;
        }

        official.Country ??= found.Country;
        foreach (var alias in found.Aliases.Append(found.Name))
        {
            if (!official.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase) && alias != official.Name)
            {
                official.Aliases = [.. official.Aliases, alias];
            }
        }

        foreach (var title in found.Titles)
        {
            if (!official.Titles.Any(t => string.Equals(t.Title, title.Title, StringComparison.OrdinalIgnoreCase) && t.AsOf == title.AsOf))
            {
                official.Titles.Add(new OfficialTitle { Title = title.Title, AsOf = title.AsOf, Excerpt = ExcerptFor(title.Evidence) });
            }
        }
    }

    private async Task<Official?> OfficialAsync(string key, CancellationToken cancellationToken)
    {
        if (!_officials.TryGetValue(key, out var official))
        {
            official = await db.Officials.Include(o => o.Titles).FirstOrDefaultAsync(o => o.NameKey == key, cancellationToken);
            if (official is not null)
            {
                _officials[key] = official;
            }
        }

        return official;
    }

    private async Task<Visit?> MergeVisitAsync(ExtractedVisit found, CancellationToken cancellationToken)
    {
        if (await OfficialAsync(found.TravelerKey, cancellationToken) is not { } traveler)
        {
            return null;
        }

        var visit = traveler.Id == 0 ? null : await SameTripAsync(traveler.Id, found, cancellationToken);
        visit ??= db.Visits.Local.FirstOrDefault(v => v.Traveler == traveler && v.HostCountry == found.HostCountry && Overlaps(v.Start, v.End, found));
        if (visit is null)
        {
            visit = new Visit { Traveler = traveler, HostCountry = found.HostCountry, Start = found.Start, End = found.End, Cities = [.. found.Cities] };
            db.Visits.Add(visit);
        }

        visit.Reports.Add(new VisitReport
        {
            Article = article,
            Start = found.Start,
            End = found.End,
            Cities = [.. found.Cities],
            Excerpts = [.. found.Evidence.Distinct().Select(ExcerptFor)],
        });
        return visit;
    }

    private async Task<Visit?> SameTripAsync(int travelerId, ExtractedVisit found, CancellationToken cancellationToken)
    {
        var candidates = await db.Visits
            .Where(v => v.TravelerId == travelerId && v.HostCountry == found.HostCountry)
            .ToListAsync(cancellationToken);
        if (found.Start is null && found.End is null)
        {
            // An undated report can only join a trip when there is no doubt which one it is.
            return candidates.Count == 1 ? candidates[0] : candidates.FirstOrDefault(v => v.Start is null);
        }

        return candidates.FirstOrDefault(v => Overlaps(v.Start, v.End, found));
    }

    private static bool Overlaps(DateOnly? start, DateOnly? end, ExtractedVisit found)
    {
        if (start is null && end is null)
        {
            return found.Start is null && found.End is null;
        }

        var (a0, a1) = (start ?? end!.Value, end ?? start!.Value);
        var (b0, b1) = (found.Start ?? found.End!.Value, found.End ?? found.Start!.Value);
        return a0.AddDays(-VisitDateSlackDays) <= b1 && b0.AddDays(-VisitDateSlackDays) <= a1;
    }

    private async Task<Meeting?> MergeMeetingAsync(ExtractedMeeting found, Visit? visit, CancellationToken cancellationToken)
    {
        var participants = new List<Official>();
        foreach (var key in found.ParticipantKeys.Distinct())
        {
            if (await OfficialAsync(key, cancellationToken) is { } official)
            {
                participants.Add(official);
            }
        }

        var counterparts = participants.Where(p => visit is null || p != visit.Traveler).ToList();
        if (counterparts.Count == 0)
        {
            return null;
        }

        var meeting = await SameMeetingAsync(visit, found.Date, counterparts, cancellationToken);
        if (meeting is null)
        {
            meeting = new Meeting { Visit = visit, Date = found.Date, City = found.City, Venue = found.Venue, Status = StatusOf(found.Status) };
            db.Meetings.Add(meeting);
        }

        meeting.Reports.Add(new MeetingReport
        {
            Excerpt = ExcerptFor(found.Evidence),
            Date = found.Date,
            Status = StatusOf(found.Status),
            City = found.City,
            Venue = found.Venue,
            DurationMinutes = found.DurationMinutes,
            Participants = participants,
        });
        return meeting;
    }

    private async Task<Meeting?> SameMeetingAsync(Visit? visit, DateOnly? date, List<Official> counterparts, CancellationToken cancellationToken)
    {
        var keys = counterparts.Select(c => c.NameKey).ToHashSet(StringComparer.Ordinal);
        var stored = visit is { Id: > 0 }
            ? await db.Meetings.Include(m => m.Participants).Where(m => m.VisitId == visit.Id).ToListAsync(cancellationToken)
            : visit is null && date is not null
                ? await db.Meetings.Include(m => m.Participants).Where(m => m.VisitId == null && m.Date == date).ToListAsync(cancellationToken)
                : [];
        var pending = db.Meetings.Local.Where(m => m.Id == 0 && m.Visit == visit);
        return stored.Concat(pending).FirstOrDefault(m =>
            (m.Date is null || date is null || m.Date == date) &&
            m.Participants.Concat(m.Reports.SelectMany(r => r.Participants)).Any(p => keys.Contains(p.NameKey)));
    }

    private void AddIssueMention(ExtractedIssue found, Visit? visit, Meeting? meeting)
    {
        if (issues.IdOf(found.Slug) is not int issueId)
        {
            return;
        }

        db.IssueMentions.Add(new IssueMention
        {
            IssueId = issueId,
            Excerpt = ExcerptFor(found.Evidence),
            Visit = meeting is null ? visit : meeting.Visit ?? visit,
            Meeting = meeting,
            RaisedBy = found.RaisedByKey is { } key && _officials.TryGetValue(key, out var raiser) ? raiser : null,
        });
    }

    private static MeetingStatus StatusOf(ExtractedMeetingStatus status) =>
        status == ExtractedMeetingStatus.Held ? MeetingStatus.Held : MeetingStatus.Planned;
}
