using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary><c>/api/visits</c>: trips, newest first, with the timeline's filters.</summary>
internal static class VisitsApi
{
    public static void MapVisitsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/visits").WithTags("Visits").AddEndpointFilter<InvalidParameterFilter>();
        group.MapGet("", ListAsync).WithName("ListVisits")
            .WithSummary("Visits that match the filters, newest first").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", GetAsync).WithName("GetVisit")
            .WithSummary("One visit").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
    }

    private static async Task<Ok<Paged<VisitItem>>> ListAsync([AsParameters] FilterParameters filter, [AsParameters] PageParameters paging,
        TrackerDbContext db, Browsing.CountryTable countries, HttpContext context, CancellationToken cancellationToken)
    {
        var (query, page) = (await ApiArguments.BrowseAsync(filter, db, countries, cancellationToken), ApiArguments.Page(paging));
        var visits = query.ApplyTo(db.Visits.AsNoTracking(), db);
        var total = await visits.CountAsync(cancellationToken);
        var ordered = Project(visits.OrderByDescending(v => v.Start).ThenByDescending(v => v.Id));
        return TypedResults.Ok(await ApiPage.ReadAsync(ordered, total, page, context, cancellationToken));
    }

    private static async Task<Results<Ok<VisitItem>, RedirectHttpResult, ProblemHttpResult>> GetAsync(int id, TrackerDbContext db,
        CancellationToken cancellationToken)
    {
        if (await Project(db.Visits.AsNoTracking().Where(v => v.Id == id)).FirstOrDefaultAsync(cancellationToken) is { } visit)
        {
            return TypedResults.Ok(visit);
        }

        var (redirect, problem) = await ApiProblem.MissingAsync(db, FactKind.Visit, id, cancellationToken);
        return redirect is null ? problem! : redirect;
    }

    private static IQueryable<VisitItem> Project(IQueryable<Visit> visits) => visits
        .Select(v => new VisitItem(
            v.Id,
            new OfficialRef(v.Traveler.Id, v.Traveler.Name, v.Traveler.Country),
            v.HostCountry,
            v.Cities,
            v.Start,
            v.End,
            v.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Id).Select(m => m.Id).ToList(),
            v.Issues.OrderBy(i => i.Issue.Name).ThenBy(i => i.ExcerptId)
                .Select(i => new IssueMentionItem(i.Issue.Slug, i.Issue.Name,
                    i.RaisedBy == null ? null : new OfficialRef(i.RaisedBy.Id, i.RaisedBy.Name, i.RaisedBy.Country),
                    new SourceExcerpt(i.Excerpt.Id, i.Excerpt.ArticleId, i.Excerpt.Text, i.Excerpt.Start, i.Excerpt.Length) { Outlet = i.Excerpt.Article.Publisher, OriginalUrl = i.Excerpt.Article.OriginalUrl }))
                .ToList(),
            v.Reports.SelectMany(r => r.Excerpts).OrderBy(e => e.ArticleId).ThenBy(e => e.Start)
                .Select(e => new SourceExcerpt(e.Id, e.ArticleId, e.Text, e.Start, e.Length) { Outlet = e.Article.Publisher, OriginalUrl = e.Article.OriginalUrl })
                .ToList()))
        .AsSplitQuery();
}

/// <summary>
/// A trip: who travelled, to which country and cities, when (yyyy-MM-dd, either may be unknown), its meetings'
/// ids, the issues raised on it (its meetings' included) and the sentences that report the trip itself.
/// </summary>
internal sealed record VisitItem(int Id, OfficialRef Traveler, string HostCountry, IReadOnlyList<string> Cities, DateOnly? Start, DateOnly? End,
    IReadOnlyList<int> MeetingIds, IReadOnlyList<IssueMentionItem> Issues, IReadOnlyList<SourceExcerpt> Sources)
{
    public string Href => $"/visits/{Id}";
}
