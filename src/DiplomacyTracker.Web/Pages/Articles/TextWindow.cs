using System.Text;
using DiplomacyTracker.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>
/// One part of an article's text, read from the database a buffer at a time (SQLite's incremental blob I/O; on
/// PostgreSQL <see cref="PostgreSqlTextPart"/>), so a request costs at most <see cref="Size"/> characters however long
/// the stored article is: a 19 MB article is shown and served in parts, each with a link to the next, instead of whole
/// per request.
/// </summary>
/// <param name="Text">The part.</param>
/// <param name="From">Where the part starts in the article's text (UTF-16 code units, as excerpt offsets are).</param>
/// <param name="Total">The length of the article's whole text.</param>
public sealed record TextWindow(string Text, int From, int Total)
{
    /// <summary>Characters per part: more than any news article has, so an ordinary one is always one part.</summary>
    public const int Size = 100_000;

    public int To => From + Text.Length;

    public bool IsWhole => From == 0 && To == Total;

    /// <summary>Where the next part starts, or null at the end.</summary>
    public int? Next => To < Total ? To : null;

    /// <summary>Where the previous part starts, or null at the start.</summary>
    public int? Previous => From > 0 ? Math.Max(0, From - Size) : null;

    /// <summary>The part of article <paramref name="articleId"/>'s text that starts at <paramref name="from"/>; null when there is no such article.</summary>
    public static async Task<TextWindow?> ReadAsync(TrackerDbContext db, int articleId, int from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(Article))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var column = entity.FindProperty(nameof(Article.Text))!.GetColumnName(table)!;
        if (db.IsPostgreSql())
        {
            return await PostgreSqlTextPart.ReadAsync(db, table.Name, column, articleId, Math.Max(0, from), cancellationToken);
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
            {
                return null;
            }

            // The article's id is its rowid (INTEGER PRIMARY KEY).
            await using var blob = new SqliteBlob(connection, table.Name, column, articleId, readOnly: true);
            return await ReadAsync(blob, Math.Max(0, from), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Decodes the stored UTF-8 a buffer at a time, keeping only the part asked for; the whole text is counted, so the
    // total is exact in the units excerpts use.
    private static async Task<TextWindow> ReadAsync(Stream utf8, int from, CancellationToken cancellationToken)
    {
        var decoder = new UTF8Encoding(false, false).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[new UTF8Encoding(false, false).GetMaxCharCount(bytes.Length)];
        var part = new StringBuilder();
        var total = 0;
        int read;
        while ((read = await utf8.ReadAsync(bytes, cancellationToken)) > 0)
        {
            var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            Keep(chars.AsSpan(0, count), total, from, part);
            total += count;
        }

        var last = decoder.GetChars([], 0, 0, chars, 0, flush: true);
        Keep(chars.AsSpan(0, last), total, from, part);
        total += last;
        var start = Math.Min(from, total);
        // Never end a part between the halves of a surrogate pair.
        if (part.Length > 0 && start + part.Length < total && char.IsHighSurrogate(part[^1]))
        {
            part.Length--;
        }

        return new TextWindow(part.ToString(), start, total);
    }

    private static void Keep(ReadOnlySpan<char> chunk, int at, int from, StringBuilder part)
    {
        var start = Math.Max(0, from - at);
        if (start >= chunk.Length || part.Length >= Size)
        {
            return;
        }

        var take = Math.Min(chunk.Length - start, Size - part.Length);
        part.Append(chunk.Slice(start, take));
    }
}
