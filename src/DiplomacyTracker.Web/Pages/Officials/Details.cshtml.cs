using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Pages.Corrections;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Officials;

/// <summary>One official: titles over time, trips made, meetings attended, issues raised and words quoted.</summary>
public sealed class DetailsModel(TrackerDbContext db) : CorrectablePage
{
    public override string Kind => FactKind.Official;

    /// <summary>The most recent entries of each list; the filtered home page has the rest.</summary>
    public const int ListLimit = 50;

    public OfficialView Official { get; private set; } = null!;
    public IReadOnlyList<TitleLine> Titles { get; private set; } = [];
    public IReadOnlyList<TripLine> Trips { get; private set; } = [];

    /// <summary>Visits to the official's country on which they met the traveller: the visits they received as host.</summary>
    public IReadOnlyList<HostedLine> Hosted { get; private set; } = [];
    public IReadOnlyList<MeetingLine> Meetings { get; private set; } = [];
    public IReadOnlyList<RaisedLine> Raised { get; private set; } = [];
    public IReadOnlyList<SourceLink> Quotes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var official = await db.Officials.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OfficialView(o.Id, o.Name, o.Country, o.Aliases, o.NotOfficial))
            .FirstOrDefaultAsync(cancellationToken);
        if (official is null)
        {
            return await RetiredFacts.AnswerAsync(this, db, FactKind.Official, id, cancellationToken);
        }

        var said = await db.OfficialTitles.AsNoTracking().Where(t => t.OfficialId == id)
            .OrderBy(t => t.AsOf).ThenBy(t => t.Id)
            .Select(t => new TitleSaid(t.Title, t.AsOf, t.Excerpt == null ? null : new SourceLink(t.Excerpt.ArticleId, t.Excerpt.Id, "") { Outlet = t.Excerpt.Article.Publisher, OriginalUrl = t.Excerpt.Article.OriginalUrl }))
            .ToListAsync(cancellationToken);
        Titles = TitleLine.Periods(said);
        Trips = await db.Visits.AsNoTracking().Where(v => v.TravelerId == id)
            .OrderByDescending(v => v.Start).ThenByDescending(v => v.Id).Take(ListLimit)
            .Select(v => new TripLine(v.Id, v.HostCountry, v.Cities, v.Start, v.End, v.Meetings.Count()))
            .ToListAsync(cancellationToken);
        Hosted = await db.Visits.AsNoTracking()
            .Where(v => v.TravelerId != id && (official.Country == null || v.HostCountry == official.Country)
                && v.Meetings.Any(m => m.Participants.Any(p => p.Id == id)))
            .OrderByDescending(v => v.Start).ThenByDescending(v => v.Id).Take(ListLimit)
            .Select(v => new HostedLine(v.Id, new Person(v.TravelerId, v.Traveler.Name), v.Traveler.Country, v.HostCountry, v.Start, v.End,
                v.Meetings.Count(m => m.Participants.Any(p => p.Id == id))))
            .ToListAsync(cancellationToken);
        Meetings = await db.Meetings.AsNoTracking().Where(m => Attendance.MeetingIdsOf(db, id).Contains(m.Id))
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Take(ListLimit)
            .Select(m => new MeetingLine(m.Id, m.Date, m.Status, m.City, m.Venue,
                m.Participants.Where(p => p.Id != id).OrderBy(p => p.Name).Select(p => new Person(p.Id, p.Name)).ToList()))
            .ToListAsync(cancellationToken);
        Raised = await db.IssueMentions.AsNoTracking().Where(i => i.RaisedById == id)
            .OrderByDescending(i => i.Meeting != null ? i.Meeting.Date : i.Visit != null ? i.Visit.Start : null).ThenByDescending(i => i.Id)
            .Take(ListLimit)
            .Select(i => new RaisedLine(new IssueTag(i.Issue.Slug, i.Issue.Name), i.MeetingId, i.VisitId,
                i.Meeting != null ? i.Meeting.Date : i.Visit != null ? i.Visit.Start : null,
                new SourceLink(i.Excerpt.ArticleId, i.ExcerptId, i.Excerpt.Text) { Outlet = i.Excerpt.Article.Publisher, OriginalUrl = i.Excerpt.Article.OriginalUrl }))
            .ToListAsync(cancellationToken);
        Quotes = await db.Quotes.AsNoTracking().Where(q => q.OfficialId == id)
            .OrderByDescending(q => q.Excerpt.Article.Published).ThenByDescending(q => q.Id).Take(ListLimit)
            .Select(q => new SourceLink(q.Excerpt.ArticleId, q.ExcerptId, q.Text) { Outlet = q.Excerpt.Article.Publisher, OriginalUrl = q.Excerpt.Article.OriginalUrl })
            .ToListAsync(cancellationToken);
        Official = official;
        await LoadCorrectionsAsync(db, id, cancellationToken);
        return Page();
    }

    public sealed record OfficialView(int Id, string Name, string? Country, IReadOnlyList<string> Aliases, bool NotOfficial);

    /// <summary>One article saying the official held a title, as of a date.</summary>
    public sealed record TitleSaid(string Title, DateOnly? AsOf, SourceLink? Source);

    /// <summary>
    /// A title held over a period: from the first article that gave it (<see cref="AsOf"/>, <see cref="Source"/>) to
    /// the last before another title (<see cref="LastSaid"/>), said <see cref="Sayings"/> times in all.
    /// </summary>
    public sealed record TitleLine(string Title, DateOnly? AsOf, SourceLink? Source, DateOnly? LastSaid, int Sayings)
    {
        /// <summary>
        /// Consecutive sayings of one title, in date order, make one line: every article that names an official's
        /// title is kept, which at 100,000 articles is over a thousand per official, nearly all repeating the last.
        /// </summary>
        public static IReadOnlyList<TitleLine> Periods(IReadOnlyList<TitleSaid> said)
        {
            ArgumentNullException.ThrowIfNull(said);
            var lines = new List<TitleLine>();
            foreach (var t in said)
            {
                if (lines.Count > 0 && lines[^1] is var last && string.Equals(last.Title, t.Title, StringComparison.Ordinal))
                {
                    lines[^1] = last with { LastSaid = t.AsOf ?? last.LastSaid, Sayings = last.Sayings + 1, Source = last.Source ?? t.Source };
                }
                else
                {
                    lines.Add(new TitleLine(t.Title, t.AsOf, t.Source, t.AsOf, 1));
                }
            }

            return lines;
        }
    }

    public sealed record TripLine(int Id, string HostCountry, IReadOnlyList<string> Cities, DateOnly? Start, DateOnly? End, int MeetingCount);

    public sealed record HostedLine(int Id, Person Traveler, string? TravelerCountry, string HostCountry, DateOnly? Start, DateOnly? End, int MeetingsWith);

    public sealed record MeetingLine(int Id, DateOnly? Date, MeetingStatus Status, string? City, string? Venue, IReadOnlyList<Person> Others);

    public sealed record RaisedLine(IssueTag Issue, int? MeetingId, int? VisitId, DateOnly? When, SourceLink Source);
}
