using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Search;

/// <summary>
/// Full-text search (SQLite FTS5) over article titles and text, or over the sentences the tracker uses as evidence,
/// best match first, with the matching words marked.
/// </summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
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
            var rows = await db.Database.SqlQuery<SentenceRow>($"""
                SELECT e."Id" AS "ExcerptId", e."ArticleId", a."Title", a."Publisher", a."Published",
                       highlight("ExcerptsFts", 0, char(2), char(3)) AS "Marked"
                FROM "ExcerptsFts"
                JOIN "Excerpts" AS e ON e."Id" = "ExcerptsFts".rowid
                JOIN "Articles" AS a ON a."Id" = e."ArticleId"
                WHERE "ExcerptsFts" MATCH {match}
                ORDER BY "ExcerptsFts".rank, e."Id"
                LIMIT {Paging.Size} OFFSET {Paging.Skip}
                """).ToListAsync(cancellationToken);
            Sentences = rows.Select(r => new SentenceHit(new SourceLink(r.ArticleId, r.ExcerptId, ""), r.Title, r.Publisher, r.Published, Snippet.Parse(r.Marked))).ToList();
        }
        else
        {
            var total = await db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {match}""")
                .SingleAsync(cancellationToken);
            Paging = Paging.For(Request, Paging.Requested(page), total);
            var rows = await db.Database.SqlQuery<ArticleRow>($"""
                SELECT a."Id", a."Publisher", a."Published",
                       highlight("ArticlesFts", 0, char(2), char(3)) AS "MarkedTitle",
                       snippet("ArticlesFts", 1, char(2), char(3), '…', 32) AS "MarkedText"
                FROM "ArticlesFts"
                JOIN "Articles" AS a ON a."Id" = "ArticlesFts".rowid
                WHERE "ArticlesFts" MATCH {match}
                ORDER BY "ArticlesFts".rank, a."Id"
                LIMIT {Paging.Size} OFFSET {Paging.Skip}
                """).ToListAsync(cancellationToken);
            Articles = rows.Select(r => new ArticleHit(r.Id, Snippet.Parse(r.MarkedTitle), r.Publisher, r.Published, Snippet.Parse(r.MarkedText))).ToList();
        }
    }

    public sealed record ArticleHit(int Id, Snippet Title, string? Publisher, DateOnly? Published, Snippet Text);

    public sealed record SentenceHit(SourceLink Source, string ArticleTitle, string? Publisher, DateOnly? Published, Snippet Text);

    internal sealed record ArticleRow(int Id, string? Publisher, DateOnly? Published, string MarkedTitle, string MarkedText);

    internal sealed record SentenceRow(int ExcerptId, int ArticleId, string Title, string? Publisher, DateOnly? Published, string Marked);
}
