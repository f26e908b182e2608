using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// The full-text index over article titles and text and over the excerpts (SQLite FTS5, see the FullTextSearch
/// migration; on PostgreSQL <see cref="PostgreSqlFullTextIndex"/>): everything the search page and the <c>q</c> filter
/// ask of it, and with that class the only place its SQL is written.
/// A <paramref name="match"/> is an expression from <see cref="FullTextQuery.From"/>, always sent as a parameter; the
/// matching words come back between <c>char(2)</c> and <c>char(3)</c>, which <see cref="Snippet.Parse"/> reads.
/// </summary>
/// <remarks>
/// Ranking costs time in proportion to the matches (bm25 reads every match's sizes), so a page of matches ranks only
/// the most recently stored <c>ranked</c> ones, best first, and lists the older ones after them, most recently stored
/// first. FTS5 keeps its matches in rowid order, so that window is a rowid range it reads directly.
/// </remarks>
internal static class FullTextIndex
{
    public static IQueryable<int> MatchingArticleIds(TrackerDbContext db, string match)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgreSql())
        {
            return PostgreSqlFullTextIndex.MatchingArticleIds(db, match);
        }

        return db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {match}""");
    }

    public static Task<int> CountArticlesAsync(TrackerDbContext db, string match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgreSql())
        {
            return PostgreSqlFullTextIndex.CountArticlesAsync(db, match, cancellationToken);
        }

        return db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {match}""")
            .SingleAsync(cancellationToken);
    }

    public static Task<int> CountSentencesAsync(TrackerDbContext db, string match, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgreSql())
        {
            return PostgreSqlFullTextIndex.CountSentencesAsync(db, match, cancellationToken);
        }

        return db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "ExcerptsFts" WHERE "ExcerptsFts" MATCH {match}""")
            .SingleAsync(cancellationToken);
    }

    /// <summary>
    /// The matching articles from <paramref name="skip"/> on: while <paramref name="skip"/> is within the
    /// <paramref name="ranked"/> most recently stored of the <paramref name="total"/> matches, those best first; past
    /// them, the older matches, most recently stored first.
    /// </summary>
    public static async Task<List<ArticleMatch>> ArticlesAsync(TrackerDbContext db, string match, int total, int ranked, int skip, int take,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgreSql())
        {
            return await PostgreSqlFullTextIndex.ArticlesAsync(db, match, ranked, skip, take, cancellationToken);
        }

        // The rowid of the oldest ranked match: FTS5 walks the matches newest first and stops there.
        var oldestRanked = total > ranked ? await db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "ArticlesFts" WHERE "ArticlesFts" MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {ranked - 1}
            """).SingleAsync(cancellationToken) : long.MinValue;
        var rows = total > ranked && skip >= ranked
            ? db.Database.SqlQuery<ArticleMatch>($"""
                SELECT a."Id", a."Publisher", a."Published",
                       highlight("ArticlesFts", 0, char(2), char(3)) AS "MarkedTitle",
                       snippet("ArticlesFts", 1, char(2), char(3), '…', 32) AS "MarkedText"
                FROM "ArticlesFts"
                JOIN "Articles" AS a ON a."Id" = "ArticlesFts".rowid
                WHERE "ArticlesFts" MATCH {match} AND "ArticlesFts".rowid < {oldestRanked}
                ORDER BY "ArticlesFts".rowid DESC
                LIMIT {take} OFFSET {skip - ranked}
                """)
            : db.Database.SqlQuery<ArticleMatch>($"""
                SELECT a."Id", a."Publisher", a."Published",
                       highlight("ArticlesFts", 0, char(2), char(3)) AS "MarkedTitle",
                       snippet("ArticlesFts", 1, char(2), char(3), '…', 32) AS "MarkedText"
                FROM "ArticlesFts"
                JOIN "Articles" AS a ON a."Id" = "ArticlesFts".rowid
                WHERE "ArticlesFts" MATCH {match} AND "ArticlesFts".rowid >= {oldestRanked}
                ORDER BY "ArticlesFts".rank, a."Id"
                LIMIT {take} OFFSET {skip}
                """);
        return await rows.ToListAsync(cancellationToken);
    }

    /// <summary>The matching excerpts from <paramref name="skip"/> on, ranked as <see cref="ArticlesAsync"/> ranks articles.</summary>
    public static async Task<List<SentenceMatch>> SentencesAsync(TrackerDbContext db, string match, int total, int ranked, int skip, int take,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.IsPostgreSql())
        {
            return await PostgreSqlFullTextIndex.SentencesAsync(db, match, ranked, skip, take, cancellationToken);
        }

        var oldestRanked = total > ranked ? await db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "ExcerptsFts" WHERE "ExcerptsFts" MATCH {match} ORDER BY rowid DESC LIMIT 1 OFFSET {ranked - 1}
            """).SingleAsync(cancellationToken) : long.MinValue;
        var rows = total > ranked && skip >= ranked
            ? db.Database.SqlQuery<SentenceMatch>($"""
                SELECT e."Id" AS "ExcerptId", e."ArticleId", a."Title", a."Publisher", a."Published",
                       highlight("ExcerptsFts", 0, char(2), char(3)) AS "Marked"
                FROM "ExcerptsFts"
                JOIN "Excerpts" AS e ON e."Id" = "ExcerptsFts".rowid
                JOIN "Articles" AS a ON a."Id" = e."ArticleId"
                WHERE "ExcerptsFts" MATCH {match} AND "ExcerptsFts".rowid < {oldestRanked}
                ORDER BY "ExcerptsFts".rowid DESC
                LIMIT {take} OFFSET {skip - ranked}
                """)
            : db.Database.SqlQuery<SentenceMatch>($"""
                SELECT e."Id" AS "ExcerptId", e."ArticleId", a."Title", a."Publisher", a."Published",
                       highlight("ExcerptsFts", 0, char(2), char(3)) AS "Marked"
                FROM "ExcerptsFts"
                JOIN "Excerpts" AS e ON e."Id" = "ExcerptsFts".rowid
                JOIN "Articles" AS a ON a."Id" = e."ArticleId"
                WHERE "ExcerptsFts" MATCH {match} AND "ExcerptsFts".rowid >= {oldestRanked}
                ORDER BY "ExcerptsFts".rank, e."Id"
                LIMIT {take} OFFSET {skip}
                """);
        return await rows.ToListAsync(cancellationToken);
    }

    /// <summary>A matching article, its title and a part of its text marked.</summary>
    internal sealed record ArticleMatch(int Id, string? Publisher, DateOnly? Published, string MarkedTitle, string MarkedText);

    /// <summary>A matching excerpt, marked, and the article it is from.</summary>
    internal sealed record SentenceMatch(int ExcerptId, int ArticleId, string Title, string? Publisher, DateOnly? Published, string Marked);
}
