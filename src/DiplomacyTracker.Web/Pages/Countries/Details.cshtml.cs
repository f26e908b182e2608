using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Countries;

/// <summary>
/// One country: its visits made and received by partner, its officials, the issues raised on its visits and its
/// visits year by year.
/// </summary>
[OutputCache(PolicyName = PageCaching.Policy)]
public sealed class DetailsModel(TrackerDbContext db, CountryTable countries) : PageModel
{
    public const int ListLimit = 20;

    public string Country { get; private set; } = "";
    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];
    public IReadOnlyList<OfficialRow> Officials { get; private set; } = [];
    public IReadOnlyList<IssueCount> Issues { get; private set; } = [];
    public IReadOnlyList<YearRow> Years { get; private set; } = [];
    public IReadOnlyList<RecentVisit> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await countries.ResolveAsync(db, slug, cancellationToken) is not { } country || CountryRef.SlugOf(country) != slug)
        {
            return NotFound();
        }

        Country = country;
        var made = db.Visits.AsNoTracking().Where(v => v.Traveler.Country == country);
        var received = db.Visits.AsNoTracking().Where(v => v.HostCountry == country);

        var madeTo = await made.GroupBy(v => v.HostCountry)
            .Select(g => new { Partner = g.Key, Count = g.Count(), Last = g.Max(v => v.Start) }).ToListAsync(cancellationToken);
        var receivedFrom = await received.Where(v => v.Traveler.Country != null).GroupBy(v => v.Traveler.Country!)
            .Select(g => new { Partner = g.Key, Count = g.Count(), Last = g.Max(v => v.Start) }).ToListAsync(cancellationToken);
        Partners = madeTo.Select(m => m.Partner).Union(receivedFrom.Select(r => r.Partner)).Where(p => p != country)
            .Select(p => new PartnerRow(p,
                madeTo.FirstOrDefault(m => m.Partner == p)?.Count ?? 0,
                receivedFrom.FirstOrDefault(r => r.Partner == p)?.Count ?? 0,
                new[] { madeTo.FirstOrDefault(m => m.Partner == p)?.Last, receivedFrom.FirstOrDefault(r => r.Partner == p)?.Last }.Max()))
            .OrderByDescending(p => p.Made + p.Received).ThenBy(p => p.Partner, StringComparer.Ordinal)
            .ToList();

        Officials = await db.Officials.AsNoTracking().Where(o => o.Country == country)
            .Select(o => new { o.Id, o.Name, Trips = db.Visits.Count(v => v.TravelerId == o.Id) })
            .OrderByDescending(o => o.Trips).ThenBy(o => o.Name).Take(ListLimit)
            .Select(o => new OfficialRow(o.Id, o.Name, o.Trips))
            .ToListAsync(cancellationToken);

        Issues = await db.IssueMentions.AsNoTracking()
            .Where(m => m.Visit != null && (m.Visit.HostCountry == country || m.Visit.Traveler.Country == country))
            .GroupBy(m => new { m.Issue.Slug, m.Issue.Name })
            .Select(g => new { g.Key.Slug, g.Key.Name, Visits = g.Select(m => m.VisitId).Distinct().Count() })
            .OrderByDescending(i => i.Visits).ThenBy(i => i.Name).Take(10)
            .Select(i => new IssueCount(i.Slug, i.Name, i.Visits))
            .ToListAsync(cancellationToken);

        var madeYears = await made.Where(v => v.Start != null).GroupBy(v => v.Start!.Value.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var receivedYears = await received.Where(v => v.Start != null).GroupBy(v => v.Start!.Value.Year)
            .Select(g => new { Year = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Years = madeYears.Select(y => y.Year).Union(receivedYears.Select(y => y.Year)).OrderDescending()
            .Select(y => new YearRow(y, madeYears.FirstOrDefault(m => m.Year == y)?.Count ?? 0, receivedYears.FirstOrDefault(r => r.Year == y)?.Count ?? 0))
            .ToList();

        Recent = await db.Visits.AsNoTracking().Where(v => v.HostCountry == country || v.Traveler.Country == country)
            .OrderByDescending(v => v.Start).ThenByDescending(v => v.Id).Take(ListLimit)
            .Select(v => new RecentVisit(v.Id, new Person(v.TravelerId, v.Traveler.Name), v.Traveler.Country, v.HostCountry, v.Start, v.End))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>Visits this country's officials made to <see cref="Partner"/>, and the partner's officials made here.</summary>
    public sealed record PartnerRow(string Partner, int Made, int Received, DateOnly? Last);

    public sealed record OfficialRow(int Id, string Name, int Trips);

    public sealed record IssueCount(string Slug, string Name, int Visits);

    public sealed record YearRow(int Year, int Made, int Received);

    public sealed record RecentVisit(int Id, Person Traveler, string? TravelerCountry, string HostCountry, DateOnly? Start, DateOnly? End);
}
