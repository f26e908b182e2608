using System.Globalization;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.WebUtilities;

namespace DiplomacyTracker.Web.Pages;

/// <summary>
/// The same visits and meetings a page shows, in the formats other tools read: CSV, calendar, feed and JSON. Built
/// from the parsed filter, so a value the page ignored is not passed on to the API (which would refuse it).
/// </summary>
public sealed record DataLinks(string Query)
{
    public string Csv => "/api/meetings.csv" + Query;
    public string VisitsCsv => "/api/visits.csv" + Query;
    public string Calendar => "/calendar.ics" + Query;
    public string Feed => "/feed.atom" + Query;
    public string Json => "/api/visits" + Query;

    public static DataLinks For(BrowseFilter filter, string? words = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new Dictionary<string, string?>
        {
            ["issue"] = filter.Issue,
            ["official"] = filter.Official?.ToString(CultureInfo.InvariantCulture),
            ["country"] = filter.Country,
            ["from"] = filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["status"] = filter.Status switch { MeetingStatus.Held => "held", MeetingStatus.Planned => "planned", _ => null },
            ["q"] = words,
        };
        return new DataLinks(QueryHelpers.AddQueryString("", query.Where(q => !string.IsNullOrEmpty(q.Value))));
    }
}
