using System.Globalization;
using DiplomacyTracker.Domain;

namespace DiplomacyTracker.Web.Pages.Meetings;

/// <summary>What one report of a meeting says, with the article it is in.</summary>
public sealed record ReportSaid(MeetingStatus Status, DateOnly? Date, bool DateAssumed, string? City, string? Venue, int? DurationMinutes,
    int ArticleId, int ExcerptId, string? Outlet, DateOnly? Published)
{
    public SourceLink Source => new(ArticleId, ExcerptId, "") { Outlet = Outlet, Published = Published };
}

/// <summary>One value a field is given, and the articles that give it.</summary>
public sealed record Claim(string Value, IReadOnlyList<SourceLink> Sources);

/// <summary>A field of a meeting its sources give different values (date, city, venue, status, duration).</summary>
public sealed record Disagreement(string Field, IReadOnlyList<Claim> Claims);

/// <summary>
/// Where a meeting's reports disagree. Silence is not disagreement (a report that names no venue agrees with any), nor
/// is precision ("the Great Hall" and "the Great Hall of the People" are one venue, a guessed day is no claim), nor a
/// plan reported before the day (a preview says planned, the report after says held): a source must say the meeting
/// was only planned after its day to disagree with one that says it was held. Durations within a fifth (and ten
/// minutes) of each other agree ("about 90 minutes", "an hour and a half").
/// </summary>
public static class SourceDisagreements
{
    public static IReadOnlyList<Disagreement> Among(IReadOnlyList<ReportSaid> reports, DateOnly? meetingDate)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var found = new List<Disagreement>();
        void Check(string field, IEnumerable<(string Key, string Shown, ReportSaid Report)> values, Func<IReadOnlyList<string>, bool>? differ = null)
        {
            var claims = values.GroupBy(v => v.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, Claim: new Claim(g.First().Shown, g.Select(v => v.Report).DistinctBy(r => r.ArticleId).Select(r => r.Source).ToList())))
                .ToList();
            if (claims.Count > 1 && (differ?.Invoke(claims.Select(c => c.Key).ToList()) ?? true))
            {
                found.Add(new Disagreement(field, claims.Select(c => c.Claim).ToList()));
            }
        }

        Check("date", reports.Where(r => r.Date is not null && !r.DateAssumed)
            .Select(r => (r.Date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Format.Day(r.Date), r)));
        Check("city", reports.Where(r => !string.IsNullOrWhiteSpace(r.City)).Select(r => (r.City!.Trim().ToUpperInvariant(), r.City.Trim(), r)));
        var venues = reports.Where(r => !string.IsNullOrWhiteSpace(r.Venue)).Select(r => (Key: VenueKey(r.Venue!), r)).ToList();
        Check("venue", venues.Select(v => (MostSpecific(v.Key, venues.Select(o => o.Key)), v.r.Venue!.Trim(), v.r)));
        if (meetingDate is { } day && reports.Any(r => r.Status == MeetingStatus.Held))
        {
            Check("status", reports.Where(r => r.Status == MeetingStatus.Held || r.Published > day)
                .Select(r => r.Status == MeetingStatus.Held ? ("held", "held", r) : ("planned", "only planned", r)));
        }

        Check("duration", reports.Where(r => r.DurationMinutes is > 0)
                .Select(r => (r.DurationMinutes!.Value.ToString(CultureInfo.InvariantCulture), Duration(r.DurationMinutes.Value), r)),
            keys =>
            {
                var minutes = keys.Select(k => int.Parse(k, CultureInfo.InvariantCulture)).ToList();
                return minutes.Max() - minutes.Min() > Math.Max(10, minutes.Max() / 5);
            });
        return found;
    }

    /// <summary>"45 minutes", "90 minutes", "1 hour", "2 hours", "2 hours 30 minutes", as people say them.</summary>
    public static string Duration(int minutes) => (minutes / 60, minutes % 60) switch
    {
        (< 2, > 0) => Format.Count(minutes, "minute"),
        (var h, 0) => Format.Count(h, "hour"),
        (var h, var m) => $"{Format.Count(h, "hour")} {Format.Count(m, "minute")}",
    };

    private static string VenueKey(string venue)
    {
        var key = string.Join(' ', venue.Trim().ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return key.StartsWith("THE ", StringComparison.Ordinal) ? key[4..] : key;
    }

    /// <summary>The longest venue that contains this one: a shorter name of the same place is the same claim.</summary>
    private static string MostSpecific(string key, IEnumerable<string> all) =>
        all.Where(other => other.Contains(key, StringComparison.Ordinal)).MaxBy(other => other.Length) ?? key;
}
