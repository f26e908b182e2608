using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary><c>/api/issues</c>: the issue taxonomy; one issue, by id or slug, with every place it came up.</summary>
internal static class IssuesApi
{
    public static void MapIssuesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/issues").WithTags("Issues").AddEndpointFilter<InvalidParameterFilter>();
        group.MapGet("", ListAsync).WithName("ListIssues")
            .WithSummary("The issues, by name, with how often each came up").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", (int id, TrackerDbContext db, CancellationToken cancellationToken) =>
                GetAsync(db.Issues.Where(i => i.Id == id), $"There is no issue {id}.", cancellationToken))
            .WithName("GetIssue").WithSummary("One issue by id, with its mentions").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{slug}", (string slug, TrackerDbContext db, CancellationToken cancellationToken) =>
                GetAsync(db.Issues.Where(i => i.Slug == slug), $"There is no issue '{slug}'.", cancellationToken))
            .WithName("GetIssueBySlug").WithSummary("One issue by slug, with its mentions").ProducesProblem(StatusCodes.Status404NotFound);
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

    private static async Task<Results<Ok<IssueDetail>, ProblemHttpResult>> GetAsync(IQueryable<Issue> issue, string notFound,
        CancellationToken cancellationToken)
    {
        var detail = await issue.AsNoTracking()
            .Select(i => new IssueDetail(i.Id, i.Slug, i.Name, i.Description,
                i.Mentions
                    .OrderBy(m => m.Day).ThenBy(m => m.VisitId).ThenBy(m => m.MeetingId).ThenBy(m => m.Id)
                    .Select(m => new IssueOccasion(
                        m.Day,
                        m.VisitId,
                        m.MeetingId,
                        m.RaisedBy == null ? null : new OfficialRef(m.RaisedBy.Id, m.RaisedBy.Name, m.RaisedBy.Country),
                        new SourceExcerpt(m.Excerpt.Id, m.Excerpt.ArticleId, m.Excerpt.Text, m.Excerpt.Start, m.Excerpt.Length) { Outlet = m.Excerpt.Article.Publisher, OriginalUrl = m.Excerpt.Article.OriginalUrl }))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return detail is null ? ApiProblem.NotFound(notFound) : TypedResults.Ok(detail);
    }
}

/// <summary>An issue of the taxonomy and on how many visits and at how many meetings it came up.</summary>
internal sealed record IssueItem(int Id, string Slug, string Name, string? Description, int VisitCount, int MeetingCount)
{
    public string Href => $"/issues/{Slug}";
}

/// <summary>An issue with every mention of it, oldest first.</summary>
internal sealed record IssueDetail(int Id, string Slug, string Name, string? Description, IReadOnlyList<IssueOccasion> Mentions)
{
    public string Href => $"/issues/{Slug}";
}

/// <summary>One mention: the day it came up (<see cref="IssueMention.Day"/>), where, by whom, and the sentence.</summary>
internal sealed record IssueOccasion(DateOnly? Date, int? VisitId, int? MeetingId, OfficialRef? RaisedBy, SourceExcerpt Source);
