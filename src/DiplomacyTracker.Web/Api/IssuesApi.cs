using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary><c>/api/issues</c>: the issue taxonomy; one issue, by id or slug, with the places it came up, a page at a time.</summary>
internal static class IssuesApi
{
    public static void MapIssuesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/issues").WithTags("Issues").AddEndpointFilter<InvalidParameterFilter>();
        group.MapGet("", ListAsync).WithName("ListIssues")
            .WithSummary("The issues, by name, with how often each came up").ProducesProblem(StatusCodes.Status400BadRequest);
        // Cached like the issue page, and refreshed like it after every write to the store.
        group.MapGet("/{id:int}", (int id, [AsParameters] PageParameters paging, TrackerDbContext db, HttpContext context, CancellationToken cancellationToken) =>
                GetAsync(db.Issues.Where(i => i.Id == id), $"There is no issue {id}.", paging, db, context, cancellationToken))
            .WithName("GetIssue").WithSummary("One issue by id, with a page of its mentions, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest).CacheOutput(Infrastructure.PageCaching.Policy);
        group.MapGet("/{slug}", (string slug, [AsParameters] PageParameters paging, TrackerDbContext db, HttpContext context, CancellationToken cancellationToken) =>
                GetAsync(db.Issues.Where(i => i.Slug == slug), $"There is no issue '{slug}'.", paging, db, context, cancellationToken))
            .WithName("GetIssueBySlug").WithSummary("One issue by slug, with a page of its mentions, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status400BadRequest).CacheOutput(Infrastructure.PageCaching.Policy);
    }

    private static async Task<Ok<Paged<IssueItem>>> ListAsync([AsParameters] PageParameters paging, TrackerDbContext db, HttpContext context,
        CancellationToken cancellationToken)
    {
        var page = ApiArguments.Page(paging);
        var issues = db.Issues.AsNoTracking();
        var total = await issues.CountAsync(cancellationToken);
        var ordered = issues.OrderBy(i => i.Name).ThenBy(i => i.Id)
            .Select(i => new IssueItem(i.Id, i.Slug, i.Name, i.Description,
                i.Mentions.Where(m => m.VisitId != null).Select(m => m.VisitId).Distinct().Count(),
                i.Mentions.Where(m => m.MeetingId != null).Select(m => m.MeetingId).Distinct().Count()));
        return TypedResults.Ok(await ApiPage.ReadAsync(ordered, total, page, context, cancellationToken));
    }

    /// <summary>
    /// One issue and a page of its mentions, in the issue page's order (<see cref="Pages.Issues.DetailsModel.PageOfMentions"/>):
    /// by the day each came up, oldest first.
    /// </summary>
    private static async Task<Results<Ok<IssueDetail>, ProblemHttpResult>> GetAsync(IQueryable<Issue> issue, string notFound, PageParameters paging,
        TrackerDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var page = ApiArguments.Page(paging);
        var found = await issue.AsNoTracking()
            .Select(i => new { i.Id, i.Slug, i.Name, i.Description, Total = i.Mentions.Count() })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return ApiProblem.NotFound(notFound);
        }

        var ordered = await Pages.Issues.DetailsModel.PageOfMentions(db, found.Id, page.Skip, page.Size).ToListAsync(cancellationToken);
        var ids = ordered.Select(m => m.Id).ToList();
        var occasions = await db.IssueMentions.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                Occasion = new IssueOccasion(
                    m.Day,
                    m.VisitId,
                    m.MeetingId,
                    m.RaisedBy == null ? null : new OfficialRef(m.RaisedBy.Id, m.RaisedBy.Name, m.RaisedBy.Country),
                    new SourceExcerpt(m.Excerpt.Id, m.Excerpt.ArticleId, m.Excerpt.Text, m.Excerpt.Start, m.Excerpt.Length) { Outlet = m.Excerpt.Article.Publisher, OriginalUrl = m.Excerpt.Article.OriginalUrl }),
            })
            .ToDictionaryAsync(m => m.Id, m => m.Occasion, cancellationToken);
        return TypedResults.Ok(new IssueDetail(found.Id, found.Slug, found.Name, found.Description, [.. ids.Select(id => occasions[id])],
            page.Number, page.Size, found.Total, ApiPage.Links(found.Total, page, context, $"/api/issues/{found.Slug}")));
    }
}

/// <summary>An issue of the taxonomy and on how many visits and at how many meetings it came up.</summary>
internal sealed record IssueItem(int Id, string Slug, string Name, string? Description, int VisitCount, int MeetingCount)
{
    public string Href => $"/issues/{Slug}";
}

/// <summary>An issue with a page of its mentions, oldest first: <see cref="Total"/> mentions in all, <see cref="Links"/> to the other pages.</summary>
internal sealed record IssueDetail(int Id, string Slug, string Name, string? Description, IReadOnlyList<IssueOccasion> Mentions,
    int Page, int PageSize, int Total, PageLinks Links)
{
    public string Href => $"/issues/{Slug}";
}

/// <summary>One mention: the day it came up (<see cref="IssueMention.Day"/>), where, by whom, and the sentence.</summary>
internal sealed record IssueOccasion(DateOnly? Date, int? VisitId, int? MeetingId, OfficialRef? RaisedBy, SourceExcerpt Source);
