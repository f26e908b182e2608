using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Search;

/// <summary>
/// Full-text search (SQLite FTS5) over article titles and text, or over the sentences the tracker uses as evidence,
/// best match first, with the matching words marked.
/// </summary>
/// <remarks>
/// Ranking costs time in proportion to the matches (bm25 reads every match's sizes): ranking a word found in most of
/// 100,000 articles takes a quarter of a second. So when there are more than <see cref="RankedMatches"/> matches,
/// only the most recently stored <see cref="RankedMatches"/> are ranked, best first, and the older ones follow them,
/// most recently stored first; the page says so. FTS5 keeps its matches in rowid order, so the window is a rowid
/// range it reads directly. The count is always of every match.
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
            var total = await db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ExcerptsFts" WHERE "ExcerptsFts" MATCH {match}""")
                .SingleAsync(cancellationToken);
            Paging = Paging.For(Request, Paging.Requested(page), total);

            // The rowid of the oldest ranked match: FTS5 walks the matches newest first and stops there.
            var oldestRanked = RankedInPart ? await db.Database.SqlQuery<long>($"""
                SELECT rowid AS "Value" FROM "ExcerptsFts" WHERE "ExcerptsFts" MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {RankedMatches - 1}
                """).SingleAsync(cancellationToken) : long.MinValue;
            var rows = BeyondRanked
                ? db.Database.SqlQuery<SentenceRow>($"""
                    SELECT e."Id" AS "ExcerptId", e."ArticleId", a."Title", a."Publisher", a."Published",
                           highlight("ExcerptsFts", 0, char(2), char(3)) AS "Marked"
                    FROM "ExcerptsFts"
                    JOIN "Excerpts" AS e ON e."Id" = "ExcerptsFts".rowid
                    JOIN "Articles" AS a ON a."Id" = e."ArticleId"
                    WHERE "ExcerptsFts" MATCH {match} AND "ExcerptsFts".rowid < {oldestRanked}
                    ORDER BY "ExcerptsFts".rowid DESC
                    LIMIT {Paging.Size} OFFSET {Paging.Skip - RankedMatches}
                    """)
                : db.Database.SqlQuery<SentenceRow>($"""
                    SELECT e."Id" AS "ExcerptId", e."ArticleId", a."Title", a."Publisher", a."Published",
                           highlight("ExcerptsFts", 0, char(2), char(3)) AS "Marked"
                    FROM "ExcerptsFts"
                    JOIN "Excerpts" AS e ON e."Id" = "ExcerptsFts".rowid
                    JOIN "Articles" AS a ON a."Id" = e."ArticleId"
                    WHERE "ExcerptsFts" MATCH {match} AND "ExcerptsFts".rowid >= {oldestRanked}
                    ORDER BY "ExcerptsFts".rank, e."Id"
                    LIMIT {Paging.Size} OFFSET {Paging.Skip}
                    """);
            Sentences = (await rows.ToListAsync(cancellationToken))
                .Select(r => new SentenceHit(new SourceLink(r.ArticleId, r.ExcerptId, ""), r.Title, r.Publisher, r.Published, Snippet.Parse(r.Marked))).ToList();
        }
        else
        {
            var total = await db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {match}""")
                .SingleAsync(cancellationToken);
            Paging = Paging.For(Request, Paging.Requested(page), total);

            // The rowid of the oldest ranked match: FTS5 walks the matches newest first and stops there.
            var oldestRanked = RankedInPart ? await db.Database.SqlQuery<long>($"""
                SELECT rowid AS "Value" FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {RankedMatches - 1}
                """).SingleAsync(cancellationToken) : long.MinValue;
            var rows = BeyondRanked
                ? db.Database.SqlQuery<ArticleRow>($"""
                    SELECT a."Id", a."Publisher", a."Published",
                           highlight("ArticlesFts", 0, char(2), char(3)) AS "MarkedTitle",
                           snippet("ArticlesFts", 1, char(2), char(3), '…', 32) AS "MarkedText"
                    FROM "ArticlesFts"
                    JOIN "Articles" AS a ON a."Id" = "ArticlesFts".rowid
                    WHERE "ArticlesFts" MATCH {match} AND "ArticlesFts".rowid < {oldestRanked}
                    ORDER BY "ArticlesFts".rowid DESC
                    LIMIT {Paging.Size} OFFSET {Paging.Skip - RankedMatches}
                    """)
                : db.Database.SqlQuery<ArticleRow>($"""
                    SELECT a."Id", a."Publisher", a."Published",
                           highlight("ArticlesFts", 0, char(2), char(3)) AS "MarkedTitle",
                           snippet("ArticlesFts", 1, char(2), char(3), '…', 32) AS "MarkedText"
                    FROM "ArticlesFts"
                    JOIN "Articles" AS a ON a."Id" = "ArticlesFts".rowid
                    WHERE "ArticlesFts" MATCH {match} AND "ArticlesFts".rowid >= {oldestRanked}
                    ORDER BY "ArticlesFts".rank, a."Id"
                    LIMIT {Paging.Size} OFFSET {Paging.Skip}
                    """);
            Articles = (await rows.ToListAsync(cancellationToken))
                .Select(r => new ArticleHit(r.Id, Snippet.Parse(r.MarkedTitle), r.Publisher, r.Published, Snippet.Parse(r.MarkedText))).ToList();
        }
    }

    public sealed record ArticleHit(int Id, Snippet Title, string? Publisher, DateOnly? Published, Snippet Text);

    public sealed record SentenceHit(SourceLink Source, string ArticleTitle, string? Publisher, DateOnly? Published, Snippet Text);

    internal sealed record ArticleRow(int Id, string? Publisher, DateOnly? Published, string MarkedTitle, string MarkedText);

    internal sealed record SentenceRow(int ExcerptId, int ArticleId, string Title, string? Publisher, DateOnly? Published, string Marked);
}
