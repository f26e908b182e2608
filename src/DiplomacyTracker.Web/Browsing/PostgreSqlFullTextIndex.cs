using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// <see cref="FullTextIndex"/> on PostgreSQL: the generated <c>"Search"</c> vectors and their GIN indexes (see the
/// PostgreSQL FullTextSearch migration), in the text search configuration <c>tracker</c> (English stems, accents
/// folded). The expression from <see cref="FullTextQuery.From"/> is read by <c>websearch_to_tsquery</c>, which never
/// fails: each word is a quoted phrase there too, so words are combined with AND and <c>-</c>, <c>or</c>, <c>:</c>,
/// <c>*</c> and parentheses are searched as text. The matching words are marked by <c>ts_headline</c> with the same
/// two characters FTS5 uses (<see cref="Snippet.Open"/>, <see cref="Snippet.Close"/>).
/// </summary>
/// <remarks>
/// <para>
/// Ranking is the scheme SQLite uses, written as a query: the page's matches are taken from the <c>ranked</c> most
/// recently stored (highest ids, read straight from the GIN index or the primary key backwards), ranked by
/// <c>ts_rank_cd</c> (title words weigh more than text words; normalised by the log of the length, as bm25 favours
/// no long article); past them the older matches come newest first, which needs neither the total nor a second query.
/// A page so costs at most <c>ranked</c> ranks and <c>take</c> headlines however many articles match. The total is
/// another matter: counting reads every matching row, or every row when the planner prefers a scan, and decompresses
/// each vector it reads, so a word found in half of 100,000 articles took 0.6 to 0.9 s to count (0.1 s through the
/// GIN index, which the planner did not choose) where the page's rows took 15 ms.
/// </para>
/// <para>
/// A headline costs time in proportion to the text it reads, so the text's snippet is taken from its first
/// <see cref="SnippetCharacters"/> characters; a match later in a long article shows its opening words unmarked.
/// A word made only of stop words ("the") matches nothing here, while FTS5 indexes every word; and PostgreSQL's
/// parser reads markup (<c>&lt;b&gt;</c>, a script element and its content) as tags it does not index.
/// </para>
/// </remarks>
internal static class PostgreSqlFullTextIndex
{
    public const int SnippetCharacters = 10_000;

    private const string Query = "websearch_to_tsquery('tracker', @match)";

    // ts_headline's options, the markers written as chr() so that no control character sits in this source.
    private const string Marks = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)";
    private const string Whole = Marks + " || ', HighlightAll=true'";
    private const string Fragment = Marks + " || ', MaxFragments=1, MaxWords=32, MinWords=12'";

    // The page's ids are chosen first, in a subquery with its own LIMIT, so that only they get headlines. The query
    // is written out where it is used rather than in a CTE so that the planner estimates how many rows match it.
    private const string RankedArticles = $"""
        SELECT a."Id", ts_rank_cd(a."Search", {Query}, 1) AS "Rank"
        FROM (SELECT "Id" FROM "Articles" WHERE "Search" @@ {Query} ORDER BY "Id" DESC LIMIT @ranked) AS recent
        JOIN "Articles" AS a ON a."Id" = recent."Id"
        ORDER BY "Rank" DESC, a."Id" LIMIT @take OFFSET @skip
        """;

    private const string OlderArticles = $"""
        SELECT "Id", 0::real AS "Rank" FROM "Articles" WHERE "Search" @@ {Query} ORDER BY "Id" DESC LIMIT @take OFFSET @skip
        """;

    private const string RankedSentences = $"""
        SELECT e."Id", ts_rank_cd(e."Search", {Query}, 1) AS "Rank"
        FROM (SELECT "Id" FROM "Excerpts" WHERE "Search" @@ {Query} ORDER BY "Id" DESC LIMIT @ranked) AS recent
        JOIN "Excerpts" AS e ON e."Id" = recent."Id"
        ORDER BY "Rank" DESC, e."Id" LIMIT @take OFFSET @skip
        """;

    private const string OlderSentences = $"""
        SELECT "Id", 0::real AS "Rank" FROM "Excerpts" WHERE "Search" @@ {Query} ORDER BY "Id" DESC LIMIT @take OFFSET @skip
        """;

    // The query is a FormattableString here (EF names its parameter), as the q filter may use it twice in one statement.
    public static IQueryable<int> MatchingArticleIds(TrackerDbContext db, string match) =>
        db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Articles" WHERE "Search" @@ websearch_to_tsquery('tracker', {match})""");

    public static Task<int> CountArticlesAsync(TrackerDbContext db, string match, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""SELECT COUNT(*)::int AS "Value" FROM "Articles" WHERE "Search" @@ websearch_to_tsquery('tracker', {match})""")
            .SingleAsync(cancellationToken);

    public static Task<int> CountSentencesAsync(TrackerDbContext db, string match, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"""SELECT COUNT(*)::int AS "Value" FROM "Excerpts" WHERE "Search" @@ websearch_to_tsquery('tracker', {match})""")
            .SingleAsync(cancellationToken);

    private static readonly string RankedArticlePage = ArticlePage(RankedArticles, "ORDER BY hit.\"Rank\" DESC, hit.\"Id\"");
    private static readonly string OlderArticlePage = ArticlePage(OlderArticles, "ORDER BY hit.\"Id\" DESC");
    private static readonly string RankedSentencePage = SentencePage(RankedSentences, "ORDER BY hit.\"Rank\" DESC, hit.\"Id\"");
    private static readonly string OlderSentencePage = SentencePage(OlderSentences, "ORDER BY hit.\"Id\" DESC");

    public static Task<List<FullTextIndex.ArticleMatch>> ArticlesAsync(TrackerDbContext db, string match, int ranked, int skip, int take,
        CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<FullTextIndex.ArticleMatch>(skip >= ranked ? OlderArticlePage : RankedArticlePage, Parameters(match, ranked, skip, take))
            .ToListAsync(cancellationToken);

    public static Task<List<FullTextIndex.SentenceMatch>> SentencesAsync(TrackerDbContext db, string match, int ranked, int skip, int take,
        CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<FullTextIndex.SentenceMatch>(skip >= ranked ? OlderSentencePage : RankedSentencePage, Parameters(match, ranked, skip, take))
            .ToListAsync(cancellationToken);

    private static string ArticlePage(string hits, string order) => $"""
        SELECT a."Id", a."Publisher", a."Published",
               ts_headline('tracker', a."Title", q, {Whole}) AS "MarkedTitle",
               ts_headline('tracker', left(a."Text", {SnippetCharacters}), q, {Fragment}) AS "MarkedText"
        FROM ({hits}) AS hit
        JOIN "Articles" AS a ON a."Id" = hit."Id"
        CROSS JOIN {Query} AS q
        {order}
        """;

    private static string SentencePage(string hits, string order) => $"""
        SELECT e."Id" AS "ExcerptId", e."ArticleId", a."Title", a."Publisher", a."Published",
               ts_headline('tracker', e."Text", q, {Whole}) AS "Marked"
        FROM ({hits}) AS hit
        JOIN "Excerpts" AS e ON e."Id" = hit."Id"
        JOIN "Articles" AS a ON a."Id" = e."ArticleId"
        CROSS JOIN {Query} AS q
        {order}
        """;

    private static object[] Parameters(string match, int ranked, int skip, int take) => skip >= ranked
        ? [new NpgsqlParameter<string>("match", match), new NpgsqlParameter<int>("skip", skip), new NpgsqlParameter<int>("take", take)]
        : [new NpgsqlParameter<string>("match", match), new NpgsqlParameter<int>("ranked", ranked), new NpgsqlParameter<int>("skip", skip),
            new NpgsqlParameter<int>("take", take)];
}
