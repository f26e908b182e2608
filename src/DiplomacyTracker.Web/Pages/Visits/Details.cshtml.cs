using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Pages.Corrections;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Visits;

/// <summary>One trip day by day: each meeting with who, where, held or planned, the issues raised and the sentences behind it.</summary>
public sealed class DetailsModel(TrackerDbContext db) : CorrectablePage
{
    public override string Kind => FactKind.Visit;

    /// <summary>Longer trips are listed by the days that have meetings rather than every day.</summary>
    private const int MaxItineraryDays = 21;

    public VisitView Visit { get; private set; } = null!;
    public IReadOnlyList<Day> Itinerary { get; private set; } = [];
    public IReadOnlyList<MeetingView> Undated { get; private set; } = [];
    public IReadOnlyList<IssueChip> VisitIssues { get; private set; } = [];
    public IReadOnlyList<QuoteLine> Quotes { get; private set; } = [];

    /// <summary>The sentences about the trip not quoted under one of its meetings.</summary>
    public EvidenceGroup TripEvidence { get; private set; } = new([]);

    /// <summary>How many sentences about the trip are quoted under its meetings instead.</summary>
    public int TripSentencesAtMeetings { get; private set; }
    public IReadOnlyList<SourceArticle> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.AsNoTracking().Where(v => v.Id == id)
            .Select(v => new VisitView(v.Id, v.TravelerId, v.Traveler.Name, v.Traveler.Country, v.HostCountry, v.Cities, v.Start, v.End,
                v.Reports.SelectMany(r => r.Excerpts).OrderBy(e => e.ArticleId).ThenBy(e => e.Start)
                    .Select(e => new SourceLink(e.ArticleId, e.Id, e.Text) { Outlet = e.Article.Publisher, Published = e.Article.Published, OriginalUrl = e.Article.OriginalUrl }).ToList()))
            .FirstOrDefaultAsync(cancellationToken);
        if (visit is null)
        {
            return await RetiredFacts.AnswerAsync(this, db, FactKind.Visit, id, cancellationToken);
        }

        var meetings = await db.Meetings.AsNoTracking().Where(m => m.VisitId == id)
            .OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new MeetingView(m.Id, m.Date, m.Status, m.City, m.Venue, m.DurationMinutes,
                m.Participants.OrderBy(p => p.Name).Select(p => new Person(p.Id, p.Name)).ToList(),
                m.Issues.OrderBy(i => i.Issue.Name).ThenBy(i => i.ExcerptId)
                    .Select(i => new IssueLine(i.Issue.Slug, i.Issue.Name, i.RaisedBy == null ? null : new Person(i.RaisedBy.Id, i.RaisedBy.Name),
                    new SourceLink(i.Excerpt.ArticleId, i.ExcerptId, i.Excerpt.Text) { Outlet = i.Excerpt.Article.Publisher, Published = i.Excerpt.Article.Published, OriginalUrl = i.Excerpt.Article.OriginalUrl })).ToList(),
                m.Reports.Select(r => r.Excerpt.ArticleId).Distinct().Count(),
                m.Reports.OrderBy(r => r.Excerpt.ArticleId).ThenBy(r => r.Excerpt.Start)
                    .Select(r => new SourceLink(r.Excerpt.ArticleId, r.ExcerptId, r.Excerpt.Text) { Outlet = r.Excerpt.Article.Publisher, Published = r.Excerpt.Article.Published, OriginalUrl = r.Excerpt.Article.OriginalUrl }).ToList()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var visitIssues = await db.IssueMentions.AsNoTracking().Where(i => i.VisitId == id && i.MeetingId == null)
            .OrderBy(i => i.Issue.Name).ThenBy(i => i.ExcerptId)
            .Select(i => new IssueLine(i.Issue.Slug, i.Issue.Name, i.RaisedBy == null ? null : new Person(i.RaisedBy.Id, i.RaisedBy.Name),
                new SourceLink(i.Excerpt.ArticleId, i.ExcerptId, i.Excerpt.Text) { Outlet = i.Excerpt.Article.Publisher, Published = i.Excerpt.Article.Published, OriginalUrl = i.Excerpt.Article.OriginalUrl }))
            .ToListAsync(cancellationToken);

        var quotes = await db.Quotes.AsNoTracking().Where(q => q.VisitId == id)
            .OrderBy(q => q.Excerpt.ArticleId).ThenBy(q => q.Excerpt.Start)
            .Select(q => new { Speaker = new Person(q.OfficialId, q.Official.Name),
                Source = new SourceLink(q.Excerpt.ArticleId, q.ExcerptId, q.Text) { Outlet = q.Excerpt.Article.Publisher, Published = q.Excerpt.Article.Published, OriginalUrl = q.Excerpt.Article.OriginalUrl } })
            .ToListAsync(cancellationToken);

        // Sources: the articles that report the visit, and any that report only one of its meetings.
        var articleIds = db.VisitReports.Where(r => r.VisitId == id).Select(r => r.ArticleId)
            .Union(db.MeetingReports.Where(r => r.Meeting.VisitId == id).Select(r => r.Excerpt.ArticleId));
        Sources = await db.Articles.AsNoTracking()
            .Where(a => articleIds.Contains(a.Id))
            .OrderBy(a => a.Published).ThenBy(a => a.Id)
            .Select(a => new SourceArticle(a.Id, a.Title, a.Publisher, a.Published))
            .ToListAsync(cancellationToken);

        // Quoted once each, in the order the page shows them: the trip's own sentences (those not quoted under a
        // meeting), each meeting's and its issues', the trip's issues', the quotes.
        var plan = new EvidencePlan();
        var atMeetings = meetings.SelectMany(m => m.Evidence).Select(e => Sentence.KeyOf(e.Text)).ToHashSet(StringComparer.Ordinal);
        TripEvidence = plan.Group(visit.Evidence.Where(e => !atMeetings.Contains(Sentence.KeyOf(e.Text))));
        TripSentencesAtMeetings = visit.Evidence.Select(e => Sentence.KeyOf(e.Text)).Distinct(StringComparer.Ordinal).Count(atMeetings.Contains);
        var planned = new Dictionary<int, MeetingView>();
        foreach (var m in meetings.Where(m => m.Date is not null).Concat(meetings.Where(m => m.Date is null)))
        {
            planned[m.Id] = m with { Said = plan.Group(m.Evidence), Chips = IssueChip.For(plan, m.Issues) };
        }

        VisitIssues = IssueChip.For(plan, visitIssues);
        Quotes = quotes.Select(q => new QuoteLine(q.Speaker, plan.Group([q.Source]).Items[0])).ToList();
        Visit = visit;
        (Itinerary, Undated) = Plan(visit, meetings.Select(m => planned[m.Id]).ToList());
        await LoadCorrectionsAsync(db, id, cancellationToken);
        return Page();
    }

    /// <summary>Every day of a short trip in order, or only the days with meetings; meetings with no date apart.</summary>
    private static (IReadOnlyList<Day>, IReadOnlyList<MeetingView>) Plan(VisitView visit, IReadOnlyList<MeetingView> meetings)
    {
        var byDay = meetings.Where(m => m.Date is not null).ToLookup(m => m.Date!.Value);
        var days = new SortedSet<DateOnly>(byDay.Select(g => g.Key));
        if (visit.Start is { } start && (visit.End ?? start) is var end && end.DayNumber - start.DayNumber < MaxItineraryDays)
        {
            for (var d = start; d <= end; d = d.AddDays(1))
            {
                days.Add(d);
            }
        }

        var first = visit.Start ?? (days.Count > 0 ? days.Min : default);
        var itinerary = days.Select(d => new Day(d, visit.Start is null || d < first ? null : d.DayNumber - first.DayNumber + 1, byDay[d].ToList())).ToList();
        return (itinerary, meetings.Where(m => m.Date is null).ToList());
    }

    public sealed record VisitView(int Id, int TravelerId, string Traveler, string? TravelerCountry, string HostCountry, IReadOnlyList<string> Cities,
        DateOnly? Start, DateOnly? End, IReadOnlyList<SourceLink> Evidence);

    public sealed record Day(DateOnly Date, int? Number, IReadOnlyList<MeetingView> Meetings);

    public sealed record MeetingView(int Id, DateOnly? Date, MeetingStatus Status, string? City, string? Venue, int? DurationMinutes,
        IReadOnlyList<Person> Participants, IReadOnlyList<IssueLine> Issues, int ArticleCount, IReadOnlyList<SourceLink> Evidence)
    {
        public EvidenceGroup Said { get; init; } = new([]);

        public IReadOnlyList<IssueChip> Chips { get; init; } = [];
    }

    public sealed record IssueLine(string Slug, string Name, Person? RaisedBy, SourceLink Source);

    /// <summary>An issue once, with how many sentences raise it, who raised it and those sentences.</summary>
    public sealed record IssueChip(string Slug, string Name, int Count, IReadOnlyList<Person> RaisedBy, EvidenceGroup Sentences)
    {
        internal static IReadOnlyList<IssueChip> For(EvidencePlan plan, IReadOnlyList<IssueLine> lines) => lines
            .GroupBy(l => (l.Slug, l.Name))
            .Select(g =>
            {
                var sentences = plan.Group(g.Select(l => l.Source));
                return new IssueChip(g.Key.Slug, g.Key.Name, sentences.Items.Count,
                    g.Where(l => l.RaisedBy is not null).Select(l => l.RaisedBy!).DistinctBy(p => p.Id).ToList(), sentences);
            })
            .ToList();
    }

    public sealed record QuoteLine(Person Speaker, Cited Source);

    public sealed record SourceArticle(int Id, string Title, string? Publisher, DateOnly? Published);
}
