using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary><c>/api/articles</c>: the ingested articles, newest first; one article with its text and every excerpt in it.</summary>
internal static class ArticlesApi
{
    public static void MapArticlesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/articles").WithTags("Articles").AddEndpointFilter<InvalidParameterFilter>();
        group.MapGet("", ListAsync).WithName("ListArticles").RequireRateLimiting(Infrastructure.RateLimits.Expensive)
            .WithSummary("Articles, newest first").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id:int}", GetAsync).WithName("GetArticle").RequireRateLimiting(Infrastructure.RateLimits.Expensive)
            .WithSummary("One article with its text (a part of it when long) and excerpts").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/versions", VersionsAsync).WithName("ListArticleVersions")
            .WithSummary("The earlier texts of an article that newer versions of its source replaced, oldest first").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/versions/{version:int}", VersionAsync).WithName("GetArticleVersion").RequireRateLimiting(Infrastructure.RateLimits.Expensive)
            .WithSummary("One earlier text of an article (a part of it when long)").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Paged<ArticleItem>>> ListAsync([AsParameters] ArticleParameters filter, [AsParameters] PageParameters paging,
        TrackerDbContext db, Browsing.PublicSources sources, HttpContext context, CancellationToken cancellationToken)
    {
        var page = ApiArguments.Page(paging);
        var (from, to) = ApiArguments.Range(filter.From, filter.To);
        var articles = db.Articles.AsNoTracking();
        if (Browsing.FullTextQuery.From(filter.Q) is { } match)
        {
            var matching = Browsing.FullTextIndex.MatchingArticleIds(db, match);
            articles = articles.Where(a => matching.Contains(a.Id));
        }

        if (from is { } first)
        {
            articles = articles.Where(a => a.Published >= first);
        }

        if (to is { } last)
        {
            articles = articles.Where(a => a.Published <= last);
        }

        var total = await articles.CountAsync(cancellationToken);
        var ordered = articles.OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Select(a => new ArticleItem(a.Id, a.Title, a.Publisher, a.Published, a.PublishedInferred, a.SourcePath, a.IngestedAt, a.Excerpts.Count()) { OriginalUrl = a.OriginalUrl });
        var paged = await ApiPage.ReadAsync(ordered, total, page, context, cancellationToken);
        return TypedResults.Ok(paged with { Items = [.. paged.Items.Select(a => a with { Source = sources.Of(a.Source) })] });
    }

    /// <param name="from">Where the part of the text starts (a long text comes in parts of at most 100,000 characters; <c>textNext</c> links the next).</param>
    private static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> GetAsync(int id, int? from, TrackerDbContext db, Browsing.PublicSources sources,
        CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleDetail(a.Id, a.Title, a.Publisher, a.Published, a.PublishedInferred, a.SourcePath, a.IngestedAt, "", a.Warnings,
                a.Excerpts.OrderBy(e => e.Start).ThenBy(e => e.Id).Select(e => new SourceExcerpt(e.Id, e.ArticleId, e.Text, e.Start, e.Length) { Outlet = e.Article.Publisher, OriginalUrl = e.Article.OriginalUrl }).ToList()) { OriginalUrl = a.OriginalUrl })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null || await Pages.Articles.TextWindow.ReadAsync(db, id, from ?? 0, cancellationToken) is not { } part)
        {
            return ApiProblem.NotFound($"There is no article {id}.");
        }

        return TypedResults.Ok(article with
        {
            Source = sources.Of(article.Source),
            Text = part.Text,
            TextFrom = part.From,
            TextLength = part.Total,
            TextNext = part.Next is int next ? $"/api/articles/{id}?from={next}" : null,
            Versions = [.. (await Pages.Articles.Versions.ListAsync(db, id, cancellationToken)).Select(ArticleVersionItem.Of)],
        });
    }

    private static async Task<Results<Ok<List<ArticleVersionItem>>, ProblemHttpResult>> VersionsAsync(int id, TrackerDbContext db, CancellationToken cancellationToken) =>
        await db.Articles.AnyAsync(a => a.Id == id, cancellationToken)
            ? TypedResults.Ok((await Pages.Articles.Versions.ListAsync(db, id, cancellationToken)).Select(ArticleVersionItem.Of).ToList())
            : ApiProblem.NotFound($"There is no article {id}.");

    /// <param name="from">Where the part of the text starts (parts of at most 100,000 characters; <c>textNext</c> links the next).</param>
    private static async Task<Results<Ok<ArticleVersionItem>, ProblemHttpResult>> VersionAsync(int id, int version, int? from, TrackerDbContext db,
        CancellationToken cancellationToken)
    {
        if (await Pages.Articles.Versions.ReadAsync(db, id, version, from ?? 0, cancellationToken) is not { } shown)
        {
            return ApiProblem.NotFound($"Article {id} has no version {version}.");
        }

        var part = shown.Part;
        return TypedResults.Ok(ArticleVersionItem.Of(shown.Version) with
        {
            Text = part.Text,
            TextFrom = part.From,
            TextNext = part.Next is int next ? $"/api/articles/{id}/versions/{version}?from={next}" : null,
        });
    }
}

/// <summary>An earlier text of an article: <c>number</c> counts from 1, oldest first; <c>text</c> is a part of it when long (<c>textNext</c> links the next).</summary>
internal sealed record ArticleVersionItem(int Number, string Title, string ContentHash, DateTimeOffset IngestedAt, DateTimeOffset ReplacedAt, int TextLength,
    string Href, string ApiHref)
{
    public string? Text { get; init; }

    public int? TextFrom { get; init; }

    public string? TextNext { get; init; }

    public static ArticleVersionItem Of(Pages.Articles.VersionLine v) =>
        new(v.Number, v.Title, v.ContentHash, v.IngestedAt, v.ReplacedAt, v.Length, v.Href, $"/api{v.Href}");
}

/// <summary>An article: title, outlet, publication day (inferred from the text when no dateline gave it), where it was read from, when ingested.</summary>
internal sealed record ArticleItem(int Id, string Title, string? Publisher, DateOnly? Published, bool PublishedInferred, string Source,
    DateTimeOffset IngestedAt, int ExcerptCount)
{
    public string Href => $"/articles/{Id}";

    /// <summary>The original story's address (canonical link, a URL: line, or what an editor gave), when known.</summary>
    public string? OriginalUrl { get; init; }
}

/// <summary>
/// An article with its text and every excerpt the tracker reads facts from. A text longer than 100,000 characters
/// comes in parts: <c>text</c> starts at <c>textFrom</c> of <c>textLength</c>, and <c>textNext</c> links the next part.
/// </summary>
internal sealed record ArticleDetail(int Id, string Title, string? Publisher, DateOnly? Published, bool PublishedInferred, string Source,
    DateTimeOffset IngestedAt, string Text, IReadOnlyList<string> Warnings, IReadOnlyList<SourceExcerpt> Excerpts)
{
    public string Href => $"/articles/{Id}";

    public int TextFrom { get; init; }

    public int TextLength { get; init; }

    public string? TextNext { get; init; }

    /// <summary>The original story's address, when known.</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>The earlier texts newer versions of the source replaced (without their text: follow <c>apiHref</c>).</summary>
    public IReadOnlyList<ArticleVersionItem> Versions { get; init; } = [];
}
