using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages;

/// <summary>The home page: every visit in time order with its meetings, participants and the sentences behind them.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<VisitCard> Visits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var visits = await db.Visits.AsNoTracking()
            .OrderByDescending(v => v.Start).ThenByDescending(v => v.Id)
            .Select(v => new VisitCard(
                v.Id,
                v.Traveler.Name,
                v.HostCountry,
                v.Cities,
                v.Start,
                v.End,
                v.Reports.Select(r => r.ArticleId).Distinct().Count(),
                v.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Id).Select(m => new MeetingLine(
                    m.Id,
                    m.Date,
                    m.Status,
                    m.City,
                    m.Venue,
                    m.Participants.Where(p => p.Id != v.TravelerId).Select(p => p.Name).ToList(),
                    m.Reports.OrderBy(r => r.Excerpt.ArticleId).Select(r => new SourceLink(r.Excerpt.ArticleId, r.ExcerptId, r.Excerpt.Text)).ToList()))
                    .ToList()))
            .ToListAsync(cancellationToken);
        Visits = visits;
    }

    public sealed record VisitCard(int Id, string Traveler, string HostCountry, IReadOnlyList<string> Cities, DateOnly? Start, DateOnly? End,
        int SourceCount, IReadOnlyList<MeetingLine> Meetings);

    public sealed record MeetingLine(int Id, DateOnly? Date, MeetingStatus Status, string? City, string? Venue,
        IReadOnlyList<string> Counterparts, IReadOnlyList<SourceLink> Sources);
}

/// <summary>A link to the sentence a fact was read from: the article page, anchored at the excerpt.</summary>
public sealed record SourceLink(int ArticleId, int ExcerptId, string Text)
{
    public string Href => $"/articles/{ArticleId}#excerpt-{ExcerptId}";
}
