using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Issues;

/// <summary>The issue taxonomy with how often each issue came up and when last.</summary>
public sealed class IndexModel(TrackerDbContext db, CountryTable countries) : PageModel
{
    public IReadOnlyList<IssueRow> Issues { get; private set; } = [];

    /// <summary>The filters the trend lines follow (the home page's, read by the same reader).</summary>
    public FilterReading Reading { get; private set; } = new(new BrowseFilter(), null, []);

    public IReadOnlyList<string> Countries { get; private set; } = [];

    /// <summary>Each issue's mentions month by month under the filters, on one shared span of months.</summary>
    public IReadOnlyDictionary<string, TrendChart> Trends { get; private set; } = new Dictionary<string, TrendChart>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reading = await FilterReading.Read(Request.Query).CheckAsync(db, countries, cancellationToken);
        Countries = await CountryTable.StoredAsync(db, cancellationToken);
        var months = await IssueMonths.CountAsync(IssueMonths.Within(db, Reading.Filter, Reading.Match), cancellationToken);
        var all = months.Values.SelectMany(m => m.Keys).ToList();
        var slugs = await db.Issues.AsNoTracking().Select(i => new { i.Id, i.Slug }).ToListAsync(cancellationToken);
        Trends = all.Count == 0
            ? new Dictionary<string, TrendChart>()
            : slugs.ToDictionary(i => i.Slug, i => TrendChart.For(months.GetValueOrDefault(i.Id), all.Min(), all.Max()));

        var issues = await db.Issues.AsNoTracking()
            .Select(i => new IssueRow(i.Slug, i.Name, i.Description,
                i.Mentions.Where(m => m.VisitId != null).Select(m => m.VisitId).Distinct().Count(),
                i.Mentions.Where(m => m.MeetingId != null).Select(m => m.MeetingId).Distinct().Count(),
                i.Mentions.Max(m => m.Day)))
            .ToListAsync(cancellationToken);

        // The taxonomy is small: order it here, most raised first.
        Issues = issues.OrderByDescending(i => i.VisitCount + i.MeetingCount).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
    }

    public sealed record IssueRow(string Slug, string Name, string? Description, int VisitCount, int MeetingCount, DateOnly? LastRaised);
}
