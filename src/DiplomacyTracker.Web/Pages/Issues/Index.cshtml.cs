using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Issues;

/// <summary>The issue taxonomy with how often each issue came up and when last.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<IssueRow> Issues { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var issues = await db.Issues.AsNoTracking()
            .Select(i => new IssueRow(i.Slug, i.Name, i.Description,
                i.Mentions.Where(m => m.VisitId != null).Select(m => m.VisitId).Distinct().Count(),
                i.Mentions.Where(m => m.MeetingId != null).Select(m => m.MeetingId).Distinct().Count(),
                i.Mentions.Max(m => m.Meeting != null && m.Meeting.Date != null ? m.Meeting.Date : m.Visit != null ? m.Visit.Start : null)))
            .ToListAsync(cancellationToken);

        // The taxonomy is small: order it here, most raised first.
        Issues = issues.OrderByDescending(i => i.VisitCount + i.MeetingCount).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
    }

    public sealed record IssueRow(string Slug, string Name, string? Description, int VisitCount, int MeetingCount, DateOnly? LastRaised);
}
