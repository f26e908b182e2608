using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Pages.Corrections;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Meetings;

/// <summary>One meeting: who took part, with the title each held that day, and what every source says about it, side by side.</summary>
public sealed class DetailsModel(TrackerDbContext db) : CorrectablePage
{
    public override string Kind => FactKind.Meeting;

    public MeetingView Meeting { get; private set; } = null!;
    public IReadOnlyList<Participant> Participants { get; private set; } = [];
    public IReadOnlyList<SourceColumn> Sources { get; private set; } = [];
    public IReadOnlyList<IssueLine> Issues { get; private set; } = [];

    /// <summary>The fields the sources give different values, with who says what.</summary>
    public IReadOnlyList<Disagreement> Disagreements { get; private set; } = [];

    public bool Disputed(string field) => Disagreements.Any(d => d.Field == field);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var meeting = await db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new MeetingView(m.Id, m.Date, m.Status, m.City, m.Venue, m.DurationMinutes,
                m.VisitId, m.Visit == null ? null : m.Visit.Traveler.Name, m.Visit == null ? null : m.Visit.HostCountry))
            .FirstOrDefaultAsync(cancellationToken);
        if (meeting is null)
        {
            return await RetiredFacts.AnswerAsync(this, db, FactKind.Meeting, id, cancellationToken);
        }

        var participants = await db.Meetings.AsNoTracking().Where(m => m.Id == id)
            .SelectMany(m => m.Participants)
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Country, Titles = p.Titles.Select(t => new TitleAt(t.Title, t.AsOf)).ToList() })
            .ToListAsync(cancellationToken);
        Participants = participants
            .Select(p => new Participant(new Person(p.Id, p.Name), p.Country, TitleOn(p.Titles, meeting.Date)))
            .ToList();

        var reports = await db.MeetingReports.AsNoTracking().Where(r => r.MeetingId == id)
            .OrderBy(r => r.Excerpt.Article.Published).ThenBy(r => r.Excerpt.ArticleId).ThenBy(r => r.Excerpt.Start)
            .Select(r => new
            {
                r.Excerpt.ArticleId, r.Excerpt.Article.Title, r.Excerpt.Article.Publisher, r.Excerpt.Article.Published, r.Excerpt.Article.OriginalUrl,
                Report = new ReportLine(r.Status, r.Date, r.City, r.Venue, new SourceLink(r.Excerpt.ArticleId, r.ExcerptId, r.Excerpt.Text) { Outlet = r.Excerpt.Article.Publisher, OriginalUrl = r.Excerpt.Article.OriginalUrl }),
            })
            .ToListAsync(cancellationToken);
        Sources = reports.GroupBy(r => r.ArticleId)
            .Select(g => new SourceColumn(g.Key, g.First().Title, g.First().Publisher, g.First().Published, g.Select(r => r.Report).ToList(), g.First().OriginalUrl))
            .ToList();

        var said = await db.MeetingReports.AsNoTracking().Where(r => r.MeetingId == id)
            .OrderBy(r => r.Excerpt.Article.Published).ThenBy(r => r.Excerpt.ArticleId).ThenBy(r => r.Id)
            .Select(r => new ReportSaid(r.Status, r.Date, r.DateAssumed, r.City, r.Venue, r.DurationMinutes, r.Excerpt.ArticleId, r.ExcerptId,
                r.Excerpt.Article.Publisher, r.Excerpt.Article.Published))
            .ToListAsync(cancellationToken);
        Disagreements = SourceDisagreements.Among(said, meeting.Date);

        Issues = await db.IssueMentions.AsNoTracking().Where(i => i.MeetingId == id)
            .OrderBy(i => i.Issue.Name).ThenBy(i => i.ExcerptId)
            .Select(i => new IssueLine(new IssueTag(i.Issue.Slug, i.Issue.Name), i.RaisedBy == null ? null : new Person(i.RaisedBy.Id, i.RaisedBy.Name),
                new SourceLink(i.Excerpt.ArticleId, i.ExcerptId, i.Excerpt.Text) { Outlet = i.Excerpt.Article.Publisher, OriginalUrl = i.Excerpt.Article.OriginalUrl }))
            .ToListAsync(cancellationToken);
        Meeting = meeting;
        await LoadCorrectionsAsync(db, id, cancellationToken);
        return Page();
    }

    /// <summary>The title held on <paramref name="date"/>: the latest one dated on or before it, else an undated one, else the earliest later one.</summary>
    internal static string? TitleOn(IReadOnlyList<TitleAt> titles, DateOnly? date)
    {
        var onOrBefore = date is { } day ? titles.Where(t => t.AsOf <= day).MaxBy(t => t.AsOf) : null;
        var chosen = onOrBefore ?? titles.FirstOrDefault(t => t.AsOf is null) ?? titles.MinBy(t => t.AsOf);
        return chosen?.Title;
    }

    public sealed record MeetingView(int Id, DateOnly? Date, MeetingStatus Status, string? City, string? Venue, int? DurationMinutes,
        int? VisitId, string? Traveler, string? HostCountry);

    public sealed record TitleAt(string Title, DateOnly? AsOf);

    public sealed record Participant(Person Person, string? Country, string? Title);

    public sealed record ReportLine(MeetingStatus Status, DateOnly? Date, string? City, string? Venue, SourceLink Source);

    public sealed record SourceColumn(int ArticleId, string Title, string? Publisher, DateOnly? Published, IReadOnlyList<ReportLine> Reports,
        string? OriginalUrl);

    public sealed record IssueLine(IssueTag Issue, Person? RaisedBy, SourceLink Source);
}
