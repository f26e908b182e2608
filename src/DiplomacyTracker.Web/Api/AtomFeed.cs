using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>
/// <c>/feed.atom</c>: the visits and meetings that match the filters, newest news first — ordered by when the
/// newest article reporting each was ingested — as Atom 1.0 (RFC 4287), written by System.ServiceModel.Syndication.
/// </summary>
internal static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    public const int Size = 50;

    public static void MapAtomFeed(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/feed.atom", WriteAsync).WithName("Feed").WithTags("Formats")
            .WithSummary("Newly reported visits and meetings that match the filters as an Atom 1.0 feed")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddEndpointFilter<InvalidParameterFilter>();

    private static async Task<IResult> WriteAsync([AsParameters] FilterParameters filter, TrackerDbContext db, Browsing.CountryTable countries, HttpContext context, CancellationToken cancellationToken)
    {
        var query = await ApiArguments.BrowseAsync(filter, db, countries, cancellationToken);

        // Article ids grow with ingestion (a re-ingested article is stored anew), so the newest source's id orders
        // by ingest time in SQL, where SQLite cannot compare the DateTimeOffset column itself.
        var visits = await DataLines.Visits(query.ApplyTo(db.Visits.AsNoTracking(), db)
                .OrderByDescending(v => v.Reports.Max(r => (int?)r.ArticleId)).ThenByDescending(v => v.Id).Take(Size))
            .ToListAsync(cancellationToken);
        var meetings = await DataLines.Meetings(query.ApplyTo(db.Meetings.AsNoTracking(), db)
                .OrderByDescending(m => m.Reports.Max(r => (int?)r.Excerpt.ArticleId)).ThenByDescending(m => m.Id).Take(Size))
            .ToListAsync(cancellationToken);
        var articleIds = visits.Select(v => v.NewestArticleId).Concat(meetings.Select(m => m.NewestArticleId)).OfType<int>().Distinct().ToList();
        var ingested = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.IngestedAt })
            .ToDictionaryAsync(a => a.Id, a => a.IngestedAt, cancellationToken);

        string Link(string path) => SiteAddress.Absolute(context.Request, path);
        DateTimeOffset Updated(int? articleId) => articleId is { } id && ingested.TryGetValue(id, out var at) ? at : DateTimeOffset.UnixEpoch;

        var entries = visits.Select(v => (Order: v.NewestArticleId ?? 0, Item: Entry(
                $"tag:diplomacytracker,2024:visit-{v.Id}", v.Title + ", " + Format.Range(v.Start, v.End), Link(v.Href), Updated(v.NewestArticleId),
                Summary(v.Place + ". " + Format.Count(v.MeetingCount, "meeting") + ".", v.Issues, v.Sources.Count))))
            .Concat(meetings.Select(m => (Order: m.NewestArticleId ?? 0, Item: Entry(
                $"tag:diplomacytracker,2024:meeting-{m.Id}", m.Title + ", " + Format.Day(m.Date), Link(m.Href), Updated(m.NewestArticleId),
                Summary((m.Place.Length > 0 ? m.Place + ". " : "") + "Meeting " + m.StatusName + ".", m.Issues, m.Sources.Count)))))
            .OrderByDescending(e => e.Item.LastUpdatedTime).ThenByDescending(e => e.Order).ThenBy(e => e.Item.Id, StringComparer.Ordinal)
            .Take(Size)
            .Select(e => e.Item)
            .ToList();

        var self = Link(context.Request.Path + context.Request.QueryString);
        var feed = new SyndicationFeed(entries)
        {
            Id = self,
            Title = new TextSyndicationContent("DiplomacyTracker: visits and meetings"),
            LastUpdatedTime = entries.Count > 0 ? entries.Max(e => e.LastUpdatedTime) : DateTimeOffset.UnixEpoch,
            Generator = "DiplomacyTracker",
        };
        feed.Authors.Add(new SyndicationPerson { Name = "DiplomacyTracker" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(self), "application/atom+xml"));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(Link("/")), "text/html"));

        // The formatter writes synchronously, so it writes to memory; the response is then sent as one body.
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return TypedResults.Bytes(buffer.ToArray(), ContentType);
    }

    private static SyndicationItem Entry(string id, string title, string link, DateTimeOffset updated, string summary)
    {
        var item = new SyndicationItem
        {
            Id = id,
            Title = new TextSyndicationContent(title),
            LastUpdatedTime = updated,
            Summary = new TextSyndicationContent(summary),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(link), "text/html"));
        return item;
    }

    private static string Summary(string what, IReadOnlyList<string> issues, int sourceCount) =>
        what + (issues.Count > 0 ? " Issues: " + string.Join(", ", issues) + "." : "") + " " + Format.Count(sourceCount, "source sentence") + ".";
}
