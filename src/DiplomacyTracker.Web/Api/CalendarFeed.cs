using System.Text;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// <c>/calendar.ics</c>: a subscribable calendar of the visits and meetings that match the filters. A visit is an
/// all-day span (DTEND is the day after it ends, as iCalendar's end is exclusive); a meeting is an all-day event on
/// its day, since articles give the day but seldom the hour. UIDs are the ids, so a calendar that refreshes
/// updates events instead of doubling them. Visits and meetings without a known day are left out.
/// </summary>
internal static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The newest this many of each, so a subscription to everything stays a reasonable size.</summary>
    public const int Limit = 2000;

    public static void MapCalendar(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/calendar.ics", WriteAsync).WithName("Calendar").WithTags("Formats")
            .WithSummary("Visits and meetings that match the filters as iCalendar (RFC 5545)")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddEndpointFilter<InvalidParameterFilter>();

    private static async Task<IResult> WriteAsync([AsParameters] FilterParameters filter, Domain.TrackerDbContext db, Browsing.CountryTable countries, HttpContext context,
        CancellationToken cancellationToken)
    {
        var query = await ApiArguments.BrowseAsync(filter, db, countries, cancellationToken);
        var visits = await DataLines.Visits(query.ApplyTo(db.Visits.AsNoTracking(), db).Where(v => v.Start != null)
                .OrderByDescending(v => v.Start).ThenByDescending(v => v.Id).Take(Limit))
            .ToListAsync(cancellationToken);
        var meetings = await DataLines.Meetings(query.ApplyTo(db.Meetings.AsNoTracking(), db).Where(m => m.Date != null)
                .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).Take(Limit))
            .ToListAsync(cancellationToken);

        var now = DateTimeOffset.UtcNow;
        string Link(string path) => SiteAddress.Absolute(context.Request, path);
        var calendar = new ICalendarWriter()
            .Line("BEGIN", "VCALENDAR")
            .Line("VERSION", "2.0")
            .Line("PRODID", "-//DiplomacyTracker//Visits and meetings//EN")
            .Line("CALSCALE", "GREGORIAN")
            .Line("METHOD", "PUBLISH")
            .Text("X-WR-CALNAME", "DiplomacyTracker");
        foreach (var v in visits.OrderBy(v => v.Start).ThenBy(v => v.Id))
        {
            var description = Describe(Format.Range(v.Start, v.End) + ", " + Format.Count(v.MeetingCount, "meeting") + ".",
                v.Issues, Link(v.Href), v.Sources.Select(s => Link(s.Href)));
            calendar.Line("BEGIN", "VEVENT")
                .Line("UID", $"visit-{v.Id}@diplomacytracker")
                .Utc("DTSTAMP", now)
                .Date("DTSTART", v.Start!.Value)
                .Date("DTEND", Max(v.Start.Value, v.End ?? v.Start.Value).AddDays(1))
                .Text("SUMMARY", v.Title)
                .Text("LOCATION", v.Place)
                .Text("DESCRIPTION", description)
                .Line("URL", Link(v.Href))
                .Line("TRANSP", "TRANSPARENT")
                .Line("END", "VEVENT");
        }

        foreach (var m in meetings.OrderBy(m => m.Date).ThenBy(m => m.Id))
        {
            var description = Describe(
                $"Meeting {m.StatusName}" + (m.Participants.Count > 0 ? " with " + Format.Names(m.Participants.Select(p => p.Name).ToList()) : "") + ".",
                m.Issues, Link(m.Href), m.Sources.Select(s => Link(s.Href)));
            calendar.Line("BEGIN", "VEVENT")
                .Line("UID", $"meeting-{m.Id}@diplomacytracker")
                .Utc("DTSTAMP", now)
                .Date("DTSTART", m.Date!.Value)
                .Date("DTEND", m.Date.Value.AddDays(1))
                .Text("SUMMARY", m.Title)
                .Text("LOCATION", m.Place)
                .Text("DESCRIPTION", description)
                .Line("URL", Link(m.Href))
                .Line("STATUS", m.Status == Domain.MeetingStatus.Held ? "CONFIRMED" : "TENTATIVE")
                .Line("END", "VEVENT");
        }

        calendar.Line("END", "VCALENDAR");
        return TypedResults.File(new UTF8Encoding(false).GetBytes(calendar.ToString()), ContentType, "diplomacytracker.ics");
    }

    /// <summary>A few lines: what it was, the issues, the page and each source sentence.</summary>
    private static string Describe(string what, IReadOnlyList<string> issues, string page, IEnumerable<string> sources)
    {
        var lines = new List<string> { what };
        if (issues.Count > 0)
        {
            lines.Add("Issues: " + string.Join(", ", issues) + ".");
        }

        lines.Add("Details: " + page);
        lines.AddRange(sources.Select(s => "Source: " + s));
        return string.Join('\n', lines);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
