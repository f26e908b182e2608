using System.Globalization;
using System.Text;
using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// <c>/api/visits.csv</c>: one row per visit matching the filters, oldest first, in the same RFC 4180 form as the
/// meetings CSV. The meeting count is of the visit's meetings that match the same filters, as the home page shows.
/// </summary>
internal static class VisitsCsv
{
    public static readonly string[] Header = ["id", "start", "end", "traveller", "traveller_country", "host_country", "cities", "meetings", "issues", "sources", "url"];

    public static void MapVisitsCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/visits.csv", WriteAsync).WithName("VisitsCsv").WithTags("Visits")
            .WithSummary("Visits that match the filters as CSV (RFC 4180), oldest first")
            .Produces<string>(StatusCodes.Status200OK, MeetingsCsv.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddEndpointFilter<InvalidParameterFilter>();

    private static async Task<IResult> WriteAsync([AsParameters] FilterParameters filter, TrackerDbContext db, Browsing.CountryTable countries,
        HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = await ApiArguments.BrowseAsync(filter, db, countries, cancellationToken);
        var visits = await DataLines.Visits(query.ApplyTo(db.Visits.AsNoTracking(), db).OrderBy(v => v.Start).ThenBy(v => v.Id))
            .ToListAsync(cancellationToken);
        var ids = visits.Select(v => v.Id).ToList();
        var matching = await query.ApplyTo(db.Meetings.AsNoTracking(), db).Where(m => m.VisitId != null && ids.Contains(m.VisitId.Value))
            .GroupBy(m => m.VisitId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var csv = new CsvText().Record(Header);
        string Link(string path) => SiteAddress.Absolute(context.Request, path);
        foreach (var v in visits)
        {
            csv.Record([
                v.Id.ToString(CultureInfo.InvariantCulture),
                v.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                v.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                v.Traveler.Name,
                v.Traveler.Country,
                v.HostCountry,
                string.Join("; ", v.Cities),
                matching.GetValueOrDefault(v.Id).ToString(CultureInfo.InvariantCulture),
                string.Join("; ", v.Issues),
                string.Join("; ", v.Sources.Select(s => Link(s.Href))),
                Link(v.Href),
            ]);
        }

        return TypedResults.File(new UTF8Encoding(false).GetBytes(csv.ToString()), MeetingsCsv.ContentType, DownloadName.For("visits", "csv", query, filter.Q));
    }
}
