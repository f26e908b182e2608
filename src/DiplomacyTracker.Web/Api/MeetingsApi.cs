using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary><c>/api/meetings</c>: meetings, newest first, with the timeline's filters; <c>/api/meetings.csv</c> for spreadsheets.</summary>
internal static class MeetingsApi
{
    public static void MapMeetingsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/meetings").WithTags("Meetings").AddEndpointFilter<InvalidParameterFilter>();
        group.MapGet("", ListAsync).WithName("ListMeetings")
            .WithSummary("Meetings that match the filters, newest first").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", GetAsync).WithName("GetMeeting")
            .WithSummary("One meeting").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

        endpoints.MapGet("/api/meetings.csv", MeetingsCsv.WriteAsync).WithName("MeetingsCsv").WithTags("Meetings")
            .WithSummary("Meetings that match the filters as CSV (RFC 4180), oldest first")
            .Produces<string>(StatusCodes.Status200OK, MeetingsCsv.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .AddEndpointFilter<InvalidParameterFilter>();
    }

    private static async Task<Ok<Paged<MeetingItem>>> ListAsync([AsParameters] FilterParameters filter, [AsParameters] PageParameters paging,
        TrackerDbContext db, Browsing.CountryTable countries, HttpContext context, CancellationToken cancellationToken)
    {
        var (query, page) = (await ApiArguments.BrowseAsync(filter, db, countries, cancellationToken), ApiArguments.Page(paging));
        var meetings = query.ApplyTo(db.Meetings.AsNoTracking(), db);
        var total = await meetings.CountAsync(cancellationToken);
        var ordered = Project(meetings.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id));
        return TypedResults.Ok(await ApiPage.ReadAsync(ordered, total, page, context, cancellationToken));
    }

    private static async Task<Results<Ok<MeetingItem>, RedirectHttpResult, ProblemHttpResult>> GetAsync(int id, TrackerDbContext db,
        CancellationToken cancellationToken)
    {
        if (await Project(db.Meetings.AsNoTracking().Where(m => m.Id == id)).FirstOrDefaultAsync(cancellationToken) is { } meeting)
        {
            return TypedResults.Ok(meeting);
        }

        var (redirect, problem) = await ApiProblem.MissingAsync(db, FactKind.Meeting, id, cancellationToken);
        return redirect is null ? problem! : redirect;
    }

    private static IQueryable<MeetingItem> Project(IQueryable<Meeting> meetings) => meetings
        .Select(m => new MeetingItem(
            m.Id,
            m.VisitId,
            m.Date,
            m.Status == MeetingStatus.Held ? "held" : "planned",
            m.City,
            m.Venue,
            m.Visit == null ? null : m.Visit.HostCountry,
            m.DurationMinutes,
            m.Visit == null ? null : new OfficialRef(m.Visit.Traveler.Id, m.Visit.Traveler.Name, m.Visit.Traveler.Country),
            m.Participants.OrderBy(p => p.Name).Select(p => new OfficialRef(p.Id, p.Name, p.Country)).ToList(),
            m.Issues.OrderBy(i => i.Issue.Name).ThenBy(i => i.ExcerptId)
                .Select(i => new IssueMentionItem(i.Issue.Slug, i.Issue.Name,
                    i.RaisedBy == null ? null : new OfficialRef(i.RaisedBy.Id, i.RaisedBy.Name, i.RaisedBy.Country),
                    new SourceExcerpt(i.Excerpt.Id, i.Excerpt.ArticleId, i.Excerpt.Text, i.Excerpt.Start, i.Excerpt.Length) { Outlet = i.Excerpt.Article.Publisher, OriginalUrl = i.Excerpt.Article.OriginalUrl }))
                .ToList(),
            m.Reports.OrderBy(r => r.Excerpt.ArticleId).ThenBy(r => r.Excerpt.Start)
                .Select(r => new SourceExcerpt(r.Excerpt.Id, r.Excerpt.ArticleId, r.Excerpt.Text, r.Excerpt.Start, r.Excerpt.Length) { Outlet = r.Excerpt.Article.Publisher, OriginalUrl = r.Excerpt.Article.OriginalUrl })
                .ToList()))
        .AsSplitQuery();
}

/// <summary>
/// A meeting: its day (yyyy-MM-dd, when known), held or planned, where, the visit it belongs to and that visit's
/// traveller, who took part, the issues raised and the sentences that report it.
/// </summary>
internal sealed record MeetingItem(int Id, int? VisitId, DateOnly? Date, string Status, string? City, string? Venue, string? Country,
    int? DurationMinutes, OfficialRef? Traveler, IReadOnlyList<OfficialRef> Participants, IReadOnlyList<IssueMentionItem> Issues,
    IReadOnlyList<SourceExcerpt> Sources)
{
    public string Href => $"/meetings/{Id}";
}
