using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Api;
using DiplomacyTracker.Web.Browsing;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Map;

/// <summary>
/// The trips of the current filters on a world map drawn on the server: an arc from each traveller's country to the
/// host, as thick as the trips it stands for, each a link to the two countries' relationship; the same routes as a table.
/// </summary>
[OutputCache(PolicyName = PageCaching.Policy)]
public sealed class IndexModel(TrackerDbContext db, CountryTable countries, WorldMap world) : PageModel
{
    public FilterReading Reading { get; private set; } = new(new BrowseFilter(), null, []);
    public IReadOnlyList<string> Countries { get; private set; } = [];
    public WorldMap World => world;
    public MapLayout Layout { get; private set; } = null!;

    /// <summary>
    /// The map and its table show the most travelled routes only: at 10,000 generated articles 561 routes made a
    /// 594 KB page, most of it thin arcs nobody could tell apart. The country pages list every partner.
    /// </summary>
    public const int RouteLimit = 150;

    /// <summary>All routes of the filters, of which <see cref="RouteLimit"/> are drawn.</summary>
    public int RouteCount { get; private set; }

    public int VisitCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reading = await FilterReading.Read(Request.Query).CheckAsync(db, countries, cancellationToken);
        Countries = await CountryTable.StoredAsync(db, cancellationToken);
        var routes = await Routes(db, new BrowseQuery(Reading.Filter, Reading.Match), cancellationToken);
        (RouteCount, VisitCount) = (routes.Count, routes.Sum(r => r.Visits));
        Layout = MapLayout.For(world, routes.Take(RouteLimit).ToList(), name => countries.Of(name).Iso2);
    }

    /// <summary>The filtered visits by home country and host, most travelled first: the map's and its table's data.</summary>
    internal static async Task<IReadOnlyList<Route>> Routes(TrackerDbContext db, BrowseQuery query, CancellationToken cancellationToken)
    {
        var rows = await query.ApplyTo(db.Visits.AsNoTracking(), db)
            .GroupBy(v => new { Home = v.Traveler.Country, Host = v.HostCountry })
            .Select(g => new { g.Key.Home, g.Key.Host, Count = g.Count(), Latest = g.Max(v => v.Start) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Route(r.Home, r.Host, r.Count, r.Latest))
            .OrderByDescending(r => r.Visits).ThenBy(r => r.Home, StringComparer.Ordinal).ThenBy(r => r.Host, StringComparer.Ordinal)
            .ToList();
    }

    public sealed record Route(string? Home, string Host, int Visits, DateOnly? Latest)
    {
        /// <summary>The relationship page, or the host's page when the home country is unknown or the same.</summary>
        public string Href => Home is { } home && home != Host ? CountryLink.Between(home, Host) : CountryLink.Href(Host);

        public string Description => $"{Format.Count(Visits, "visit")} by officials of {Home ?? "an unknown country"} to {Host}";
    }
}
