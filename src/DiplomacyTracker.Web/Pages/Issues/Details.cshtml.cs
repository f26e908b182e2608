using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Issues;

/// <summary>
/// One issue through time: every visit and meeting where it came up, oldest first, with the sentence that says so
/// and who raised it when the text tells.
/// </summary>
public sealed class DetailsModel(TrackerDbContext db, CountryTable countries) : PageModel
{
    /// <summary>The filters the chart and the list follow.</summary>
    public FilterReading Reading { get; private set; } = new(new BrowseFilter(), null, []);

    public IReadOnlyList<string> Countries { get; private set; } = [];

    /// <summary>The issue's mentions month by month under the filters, from the first month with one to the last.</summary>
    public TrendChart? Chart { get; private set; }

    public IssueView Issue { get; private set; } = null!;
    public IReadOnlyList<Occasion> Occasions { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var issue = await db.Issues.AsNoTracking().Where(i => i.Slug == slug)
            .Select(i => new IssueView(i.Id, i.Slug, i.Name, i.Description))
            .FirstOrDefaultAsync(cancellationToken);
        if (issue is null)
        {
            return NotFound();
        }

        Reading = await FilterReading.Read(Request.Query).CheckAsync(db, countries, cancellationToken);
        Countries = await CountryTable.StoredAsync(db, cancellationToken);
        var within = IssueMonths.Within(db, Reading.Filter, Reading.Match);
        var months = (await IssueMonths.CountAsync(within.Where(m => m.IssueId == issue.Id), cancellationToken)).GetValueOrDefault(issue.Id);
        Chart = months is { Count: > 0 } ? TrendChart.For(months, months.Keys.Min(), months.Keys.Max()) : null;

        var mentions = within.Where(m => m.IssueId == issue.Id);
        Paging = Paging.For(Request, Paging.Requested(page), await mentions.CountAsync(cancellationToken));
        var ordered = await PageOfMentions(db, issue.Id, Paging.Skip, Paging.Size, within).ToListAsync(cancellationToken);
        var ids = ordered.Select(m => m.Id).ToList();
        var details = await db.IssueMentions.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                m.VisitId,
                Visit = m.Visit == null ? null : new VisitRef(m.Visit.Id, m.Visit.Traveler.Name, m.Visit.HostCountry, m.Visit.Start, m.Visit.End),
                m.MeetingId,
                Meeting = m.Meeting == null ? null : new MeetingRef(m.Meeting.Id, m.Meeting.Date, m.Meeting.Status, m.Meeting.Venue, m.Meeting.City,
                    m.Meeting.Participants.OrderBy(p => p.Name).Select(p => p.Name).ToList()),
                RaisedBy = m.RaisedBy == null ? null : new Person(m.RaisedBy.Id, m.RaisedBy.Name),
                Source = new SourceLink(m.Excerpt.ArticleId, m.ExcerptId, m.Excerpt.Text) { Outlet = m.Excerpt.Article.Publisher, OriginalUrl = m.Excerpt.Article.OriginalUrl },
            })
            .ToDictionaryAsync(m => m.Id, cancellationToken);
        var rows = ordered.Select(m => (m.When, Row: details[m.Id])).ToList();

        // Consecutive mentions of one visit or meeting read as one occasion with several sentences.
        var occasions = new List<Occasion>();
        foreach (var (when, row) in rows)
        {
            var mention = new Mention(row.RaisedBy, row.Source);
            if (occasions.Count > 0 && occasions[^1] is var last && last.Visit?.Id == row.VisitId && last.Meeting?.Id == row.MeetingId)
            {
                occasions[^1] = last with { Mentions = [.. last.Mentions, mention] };
            }
            else
            {
                occasions.Add(new Occasion(when, row.Visit, row.Meeting, [mention]));
            }
        }

        Issue = issue;
        Occasions = occasions;
        return Page();
    }

    /// <summary>
    /// The page's mentions, found first, sorting only what the order needs: an issue has thousands of mentions at
    /// 100,000 articles, and joining each to its sentence and article cost three quarters of the page. Each mention
    /// carries the day it came up (<see cref="IssueMention.Day"/>), so the order reads the mentions alone. The API
    /// pages through the same order.
    /// </summary>
    internal static IQueryable<MentionDate> PageOfMentions(TrackerDbContext db, int issueId, int skip, int take, IQueryable<IssueMention>? within = null) =>
        (within ?? db.IssueMentions.AsNoTracking()).Where(m => m.IssueId == issueId)
            .OrderBy(m => m.Day).ThenBy(m => m.VisitId).ThenBy(m => m.MeetingId).ThenBy(m => m.Id)
            .Skip(skip).Take(take)
            .Select(m => new MentionDate(m.Id, m.Day));

    internal sealed record MentionDate(int Id, DateOnly? When);

    public sealed record IssueView(int Id, string Slug, string Name, string? Description);

    public sealed record VisitRef(int Id, string Traveler, string HostCountry, DateOnly? Start, DateOnly? End);

    public sealed record MeetingRef(int Id, DateOnly? Date, MeetingStatus Status, string? Venue, string? City, IReadOnlyList<string> Participants);

    public sealed record Mention(Person? RaisedBy, SourceLink Source);

    public sealed record Occasion(DateOnly? When, VisitRef? Visit, MeetingRef? Meeting, IReadOnlyList<Mention> Mentions);
}
