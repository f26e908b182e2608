using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>The dated trips in the store, for articles that do not say when they were written.</summary>
internal sealed class StoredTrips(IReadOnlyDictionary<(string Traveler, string Host), List<(DateOnly Start, DateOnly End)>> trips) : IKnownTrips
{
    public IReadOnlyList<(DateOnly Start, DateOnly End)> Find(string travelerKey, string hostCountry) =>
        trips.TryGetValue((travelerKey, hostCountry), out var found) ? found : [];

    public static async Task<StoredTrips> LoadAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var rows = await Rows(db).ToListAsync(cancellationToken);
        return Of(rows);
    }

    /// <summary>
    /// The trips as stored now, read on first use: most articles give their own dates and never ask, and reading
    /// every dated visit for each batch costs more than extracting it once the store holds years of coverage.
    /// Safe to ask from several threads; reads through a context of its own.
    /// </summary>
    public static IKnownTrips OnDemand(IDbContextFactory<TrackerDbContext> dbFactory) => new OnDemandTrips(new Lazy<StoredTrips>(() =>
    {
        using var db = dbFactory.CreateDbContext();
        return Of(Rows(db).ToList());
    }));

    private static IQueryable<TripRow> Rows(TrackerDbContext db) => db.Visits.AsNoTracking()
        .Where(v => v.Start != null)
        .Select(v => new TripRow(v.Traveler.NameKey, v.HostCountry, v.Start!.Value, v.End ?? v.Start!.Value));

    private static StoredTrips Of(List<TripRow> rows) => new(rows
        .GroupBy(r => (r.NameKey, r.HostCountry))
        .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Start).Select(r => (r.Start, r.End)).ToList()));

    private sealed record TripRow(string NameKey, string HostCountry, DateOnly Start, DateOnly End);

    private sealed class OnDemandTrips(Lazy<StoredTrips> trips) : IKnownTrips
    {
        public IReadOnlyList<(DateOnly Start, DateOnly End)> Find(string travelerKey, string hostCountry) => trips.Value.Find(travelerKey, hostCountry);
    }
}
