using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Search;

/// <summary>
/// Full-text search (<see cref="FullTextIndex"/>) over article titles and text, or over the sentences the tracker uses
/// as evidence, best match first, with the matching words marked.
/// </summary>
/// <remarks>
/// Ranking costs time in proportion to the matches: ranking a word found in most of 100,000 articles takes a quarter
/// of a second. So when there are more than <see cref="RankedMatches"/> matches, only the most recently stored
/// <see cref="RankedMatches"/> are ranked, best first, and the older ones follow them, most recently stored first; the
/// page says so. The count is always of every match.
/// </remarks>
[EnableRateLimiting(Infrastructure.RateLimits.Expensive)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    /// <summary>A whole number of pages, so that no page mixes ranked and unranked matches.</summary>
    public const int RankedMatches = 50 * Paging.Size;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"sentences" searches the excerpts; anything else the articles.</summary>
    [BindProperty(SupportsGet = true)]
    public string? In { get; set; }

    public bool InSentences => string.Equals(In, "sentences", StringComparison.OrdinalIgnoreCase);
    public bool Searched { get; private set; }
    public IReadOnlyList<ArticleHit> Articles { get; private set; } = [];
    public IReadOnlyList<SentenceHit> Sentences { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    /// <summary>More matches than are ranked: the most recently stored <see cref="RankedMatches"/> are, the rest follow.</summary>
    public bool RankedInPart => Paging.Total > RankedMatches;

    /// <summary>This page lists matches older than the ranked ones.</summary>
    public bool BeyondRanked => RankedInPart && Paging.Skip >= RankedMatches;

    public int FirstUnrankedPage => RankedMatches / Paging.Size + 1;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        var match = FullTextQuery.From(Q);
        Searched = match is not null;
        if (match is null)
        {
            Paging = Paging.For(Request, 1, 0);
            return;
        }

        if (InSentences)
        {
            Paging = Paging.For(Request, Paging.Requested(page), await FullTextIndex.CountSentencesAsync(db, match, cancellationToken));
            Sentences = (await FullTextIndex.SentencesAsync(db, match, Paging.Total, RankedMatches, Paging.Skip, Paging.Size, cancellationToken))
                .Select(r => new SentenceHit(new SourceLink(r.ArticleId, r.ExcerptId, ""), r.Title, r.Publisher, r.Published, Snippet.Parse(r.Marked))).ToList();
        }
        else
        {
            Paging = Paging.For(Request, Paging.Requested(page), await FullTextIndex.CountArticlesAsync(db, match, cancellationToken));
            Articles = (await FullTextIndex.ArticlesAsync(db, match, Paging.Total, RankedMatches, Paging.Skip, Paging.Size, cancellationToken))
                .Select(r => new ArticleHit(r.Id, Snippet.Parse(r.MarkedTitle), r.Publisher, r.Published, Snippet.Parse(r.MarkedText))).ToList();
        }
    }

    public sealed record ArticleHit(int Id, Snippet Title, string? Publisher, DateOnly? Published, Snippet Text);

    public sealed record SentenceHit(SourceLink Source, string ArticleTitle, string? Publisher, DateOnly? Published, Snippet Text);
}
