using System.Globalization;
using System.Text;
using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// <c>/api/meetings.csv</c>: one row per meeting matching the filters, oldest first, in RFC 4180 form
/// (<see cref="CsvText"/>). Lists within a cell are joined with "; "; sources are absolute links to the sentences.
/// </summary>
internal static class MeetingsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Header = ["id", "date", "traveller", "counterparts", "city", "venue", "country", "status", "issues", "sources", "url"];

    public static async Task<IResult> WriteAsync([AsParameters] FilterParameters filter, TrackerDbContext db, Browsing.CountryTable countries, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = await ApiArguments.BrowseAsync(filter, db, countries, cancellationToken);
        var meetings = await DataLines.Meetings(query.ApplyTo(db.Meetings.AsNoTracking(), db).OrderBy(m => m.Date).ThenBy(m => m.Id))
            .ToListAsync(cancellationToken);

        var csv = new CsvText().Record(Header);
        string Link(string path) => SiteAddress.Absolute(context.Request, path);
        foreach (var m in meetings)
        {
            csv.Record([
                m.Id.ToString(CultureInfo.InvariantCulture),
                m.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                m.Traveler?.Name,
                string.Join("; ", m.Counterparts.Select(p => p.Name)),
                m.City,
                m.Venue,
                m.Country,
                m.StatusName,
                string.Join("; ", m.Issues),
                string.Join("; ", m.Sources.Select(s => Link(s.Href))),
                Link(m.Href),
            ]);
        }

        return TypedResults.File(new UTF8Encoding(false).GetBytes(csv.ToString()), ContentType, DownloadName.For("meetings", "csv", query, filter.Q));
    }
}
