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
        var rows = await db.Visits.AsNoTracking()
            .Where(v => v.Start != null)
            .Select(v => new { v.Traveler.NameKey, v.HostCountry, Start = v.Start!.Value, End = v.End ?? v.Start!.Value })
            .ToListAsync(cancellationToken);
        return new StoredTrips(rows
            .GroupBy(r => (r.NameKey, r.HostCountry))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Start).Select(r => (r.Start, r.End)).ToList()));
    }
}
