using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary><c>/api/officials</c>: officials by name, with the officials page's filters.</summary>
internal static class OfficialsApi
{
    public static void MapOfficialsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/officials").WithTags("Officials").AddEndpointFilter<InvalidParameterFilter>();
        group.MapGet("", ListAsync).WithName("ListOfficials")
            .WithSummary("Officials by name").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", GetAsync).WithName("GetOfficial")
            .WithSummary("One official").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
    }

    private static async Task<Ok<Paged<OfficialItem>>> ListAsync([AsParameters] OfficialParameters filter, [AsParameters] PageParameters paging,
        TrackerDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        var page = ApiArguments.Page(paging);
        var officials = db.Officials.AsNoTracking();
        if (ApiArguments.Text(filter.Q) is { } name)
        {
            // As on the officials page: the name contains the words typed, LIKE's own wildcards taken literally.
            var pattern = "%" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
                .Replace("_", "\\_", StringComparison.Ordinal) + "%";
            officials = officials.Where(o => EF.Functions.Like(o.Name, pattern, "\\"));
        }

        if (ApiArguments.Text(filter.Country) is { } country)
        {
            officials = officials.Where(o => o.Country == country);
        }

        var total = await officials.CountAsync(cancellationToken);
        var ordered = Project(officials.OrderBy(o => o.Name).ThenBy(o => o.Id));
        return TypedResults.Ok(await ApiPage.ReadAsync(ordered, total, page, context, cancellationToken));
    }

    private static async Task<Results<Ok<OfficialItem>, RedirectHttpResult, ProblemHttpResult>> GetAsync(int id, TrackerDbContext db,
        CancellationToken cancellationToken)
    {
        if (await Project(db.Officials.AsNoTracking().Where(o => o.Id == id)).FirstOrDefaultAsync(cancellationToken) is { } official)
        {
            return TypedResults.Ok(official);
        }

        var (redirect, problem) = await ApiProblem.MissingAsync(db, FactKind.Official, id, cancellationToken);
        return redirect is null ? problem! : redirect;
    }

    private static IQueryable<OfficialItem> Project(IQueryable<Official> officials) => officials
        .Select(o => new OfficialItem(
            o.Id,
            o.Name,
            o.Country,
            o.Aliases,
            o.Titles.OrderBy(t => t.AsOf).ThenBy(t => t.Id)
                .Select(t => new TitleItem(t.Title, t.AsOf,
                    t.Excerpt == null ? null : new SourceExcerpt(t.Excerpt.Id, t.Excerpt.ArticleId, t.Excerpt.Text, t.Excerpt.Start, t.Excerpt.Length) { Outlet = t.Excerpt.Article.Publisher, OriginalUrl = t.Excerpt.Article.OriginalUrl }))
                .ToList()))
        .AsSplitQuery();
}

/// <summary>An official: name, country, other spellings seen, and the titles they held with the day and sentence that say so.</summary>
internal sealed record OfficialItem(int Id, string Name, string? Country, IReadOnlyList<string> Aliases, IReadOnlyList<TitleItem> Titles)
{
    public string Href => $"/officials/{Id}";
}

/// <summary>A title as of the day an article gave it (null when undated), with that sentence when there is one.</summary>
internal sealed record TitleItem(string Title, DateOnly? AsOf, SourceExcerpt? Source);
