using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Countries;

/// <summary>Every country the store names, with the visits its officials made and the visits it received.</summary>
[OutputCache(PolicyName = PageCaching.Policy)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<CountryRow> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Countries = await Query(db, cancellationToken);

    /// <summary>The page's rows, most visits first; the map and other callers read the same counts.</summary>
    public static async Task<IReadOnlyList<CountryRow>> Query(TrackerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var made = await db.Visits.AsNoTracking().Where(v => v.Traveler.Country != null)
            .GroupBy(v => v.Traveler.Country!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var received = await db.Visits.AsNoTracking()
            .GroupBy(v => v.HostCountry).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var officials = await db.Officials.AsNoTracking().Where(o => o.Country != null)
            .GroupBy(o => o.Country!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return made.Keys.Union(received.Keys).Union(officials.Keys)
            .Select(c => new CountryRow(c, made.GetValueOrDefault(c), received.GetValueOrDefault(c), officials.GetValueOrDefault(c)))
            .OrderByDescending(r => r.Made + r.Received).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }

    public sealed record CountryRow(string Name, int Made, int Received, int Officials)
    {
        public string Href => CountryLink.Href(Name);
    }
}
