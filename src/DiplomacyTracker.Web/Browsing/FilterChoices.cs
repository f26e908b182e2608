using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>The values the filter form offers: the issue taxonomy, the officials on trips or at meetings, the countries.</summary>
public sealed record FilterChoices(IReadOnlyList<FilterChoices.Option> Issues, IReadOnlyList<FilterChoices.Option> Officials, IReadOnlyList<string> Countries)
{
    public sealed record Option(string Value, string Label);

    public static async Task<FilterChoices> LoadAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var issues = await db.Issues.AsNoTracking().OrderBy(i => i.Name)
            .Select(i => new Option(i.Slug, i.Name)).ToListAsync(cancellationToken);
        var officials = await db.Officials.AsNoTracking()
            .Where(o => db.Visits.Any(v => v.TravelerId == o.Id) || Attendance.Attendees(db).Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Country })
            .ToListAsync(cancellationToken);
        var hosts = await db.Visits.AsNoTracking().Select(v => v.HostCountry).Distinct().ToListAsync(cancellationToken);
        var countries = hosts.Concat(officials.Where(o => o.Country != null).Select(o => o.Country!))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new FilterChoices(
            issues,
            officials.Select(o => new Option(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Country is null ? o.Name : $"{o.Name} ({o.Country})")).ToList(),
            countries);
    }
}
