using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages;

/// <summary>The home page: the visits that match the filters, as a timeline and as cards, newest first by default.</summary>
public sealed class IndexModel(TrackerDbContext db, CountryTable countries) : PageModel
{
    /// <summary>
    /// The timeline draws the most recent visits only: at 100,000 articles the 1,000 most recent made a bar chart
    /// 11,000 pixels tall and 475 KB of SVG, a page too big to read or to cache.
    /// </summary>
    public const int TimelineLimit = 200;

    /// <summary>The filters as read and checked: what applies, and what could not be used and why.</summary>
    public FilterReading Reading { get; private set; } = new(new BrowseFilter(), null, []);

    public BrowseFilter Filter => Reading.Filter;

    /// <summary>"oldest" puts the earliest visit first.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    public bool OldestFirst => string.Equals(Order, "oldest", StringComparison.OrdinalIgnoreCase);
    public IReadOnlyList<VisitCard> Visits { get; private set; } = [];
    public VisitTimeline Timeline { get; private set; } = VisitTimeline.Layout([]);

    /// <summary>More visits match than the timeline draws.</summary>
    public bool TimelineIsPartial { get; private set; }
    public FilterChoices Choices { get; private set; } = new([], [], []);
    public Paging Paging { get; private set; } = null!;

    /// <summary>The same filters in the other order, from the first page.</summary>
    public string OrderToggleHref => Paging.Query
        .Where(q => q.Key != "order")
        .Append(new("order", OldestFirst ? null : "oldest"))
        .Where(q => q.Value is not null)
        .Aggregate("/", (href, q) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(href, q.Key, q.Value!));

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Reading = await FilterReading.Read(Request.Query).CheckAsync(db, countries, cancellationToken);
        var query = new Web.Api.BrowseQuery(Filter, Reading.Match);
        var visits = query.ApplyTo(db.Visits.AsNoTracking(), db);
        var total = await visits.CountAsync(cancellationToken);
        Paging = Paging.For(Request, Paging.Requested(page), total);

        var ordered = OldestFirst
            ? visits.OrderBy(v => v.Start).ThenBy(v => v.Id)
            : visits.OrderByDescending(v => v.Start).ThenByDescending(v => v.Id);
        var cards = await ordered.Skip(Paging.Skip).Take(Paging.Size)
            .Select(v => new VisitCard(
                v.Id, v.TravelerId, v.Traveler.Name, v.Traveler.Country, v.HostCountry, v.Cities, v.Start, v.End,
                v.Meetings.Count(),
                v.Meetings.Count(m => m.Status == MeetingStatus.Held),
                v.Reports.Select(r => r.ArticleId).Distinct().Count(),
                Array.Empty<IssueTag>(),
                null))
            .ToListAsync(cancellationToken);

        var ids = cards.Select(c => c.Id).ToList();
        var issueCounts = await db.IssueMentions.AsNoTracking()
            .Where(m => m.VisitId != null && ids.Contains(m.VisitId.Value))
            .GroupBy(m => new { VisitId = m.VisitId!.Value, m.Issue.Slug, m.Issue.Name })
            .Select(g => new { g.Key.VisitId, g.Key.Slug, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var topIssues = issueCounts.ToLookup(c => c.VisitId);

        // With filters on, a card counts the meetings that match them too: the same meetings the meetings CSV and
        // /api/meetings list for these filters (a visit can match an issue raised on the trip, not at a meeting).
        var matching = Reading.IsEmpty
            ? new Dictionary<int, int>()
            : await query.ApplyTo(db.Meetings.AsNoTracking(), db).Where(m => m.VisitId != null && ids.Contains(m.VisitId.Value))
                .GroupBy(m => m.VisitId!.Value).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        Visits = cards.Select(c => c with
        {
            MatchingMeetings = Reading.IsEmpty ? null : matching.GetValueOrDefault(c.Id),
            TopIssues = topIssues[c.Id].OrderByDescending(i => i.Count).ThenBy(i => i.Name, StringComparer.Ordinal)
                .Take(3).Select(i => new IssueTag(i.Slug, i.Name)).ToList(),
        }).ToList();

        var spans = await visits.Where(v => v.Start != null)
            .OrderByDescending(v => v.Start).Take(TimelineLimit)
            .Select(v => new VisitTimeline.Span(v.Id, v.Traveler.Name, v.HostCountry, v.Start!.Value, v.End))
            .ToListAsync(cancellationToken);
        Timeline = VisitTimeline.Layout(spans);
        TimelineIsPartial = spans.Count == TimelineLimit && Paging.Total > TimelineLimit;
        Choices = await FilterChoices.LoadAsync(db, cancellationToken);
    }

    public sealed record VisitCard(int Id, int TravelerId, string Traveler, string? TravelerCountry, string HostCountry, IReadOnlyList<string> Cities,
        DateOnly? Start, DateOnly? End, int MeetingCount, int HeldCount, int SourceCount, IReadOnlyList<IssueTag> TopIssues,
        int? MatchingMeetings);
}
