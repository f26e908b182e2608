using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Officials;

/// <summary>Officials by name, searchable and filtered by country, with their latest title and how active they are.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    public IReadOnlyList<OfficialRow> Officials { get; private set; } = [];
    public IReadOnlyList<string> Countries { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var officials = db.Officials.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var pattern = "%" + Q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            officials = officials.Where(o => EF.Functions.Like(o.Name, pattern, "\\"));
        }

        if (!string.IsNullOrEmpty(Country))
        {
            officials = officials.Where(o => o.Country == Country);
        }

        Paging = Paging.For(Request, Paging.Requested(page), await officials.CountAsync(cancellationToken));
        var rows = await officials.OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip(Paging.Skip).Take(Paging.Size)
            .Select(o => new OfficialRow(o.Id, o.Name, o.Country,
                o.Titles.OrderByDescending(t => t.AsOf).Select(t => t.Title).FirstOrDefault(),
                db.Visits.Count(v => v.TravelerId == o.Id),
                0))
            .ToListAsync(cancellationToken);
        var meetings = await Attendance.MeetingCountsAsync(db, rows.Select(r => r.Id).ToList(), cancellationToken);
        Officials = rows.Select(r => r with { MeetingCount = meetings.GetValueOrDefault(r.Id) }).ToList();
        Countries = await db.Officials.AsNoTracking().Where(o => o.Country != null).Select(o => o.Country!).Distinct()
            .OrderBy(c => c).ToListAsync(cancellationToken);
    }

    public sealed record OfficialRow(int Id, string Name, string? Country, string? LatestTitle, int TripCount, int MeetingCount);
}
