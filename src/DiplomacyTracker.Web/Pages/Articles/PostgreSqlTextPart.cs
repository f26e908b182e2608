using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>
/// <see cref="TextWindow"/> on PostgreSQL: the part is cut from the text by the server (<c>substring</c>), so a
/// request receives at most <see cref="TextWindow.Size"/> characters of it. PostgreSQL counts code points and the
/// app UTF-16 code units (as excerpt offsets do), which differ by one for each character outside the Basic
/// Multilingual Plane (an emoji): so the server also says where the part starts in code points and how long the
/// whole text is in UTF-16 units.
/// </summary>
/// <remarks>
/// A text of ASCII alone (its length in bytes is its length in characters) needs no translation. Any other is split
/// by the server at each astral character (<c>regexp_split_to_table</c>, one pass over the text, nothing sent but
/// three numbers): the pieces' running lengths in both units give the piece the part starts in, and the total.
/// </remarks>
internal static class PostgreSqlTextPart
{
    private const string Astral = @"[\U00010000-\U0010FFFF]";

    public static async Task<TextWindow?> ReadAsync(TrackerDbContext db, string table, string column, int articleId, int from,
        CancellationToken cancellationToken)
    {
        var text = $"\"{table}\".\"{column}\"";
        var key = $"\"{table}\".\"{nameof(Article.Id)}\" = @id";
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            long points;
            long bytes;
            await using (var size = Command(connection, $"""SELECT char_length({text}), octet_length({text}) FROM "{table}" WHERE {key}""", articleId))
            await using (var reader = await size.ExecuteReaderAsync(cancellationToken))
            {
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return null;
                }

                (points, bytes) = (reader.GetInt32(0), reader.GetInt32(1));
            }

            // Where the part starts, in code points and in UTF-16 units, and the whole text's UTF-16 length.
            var (point, unit, total) = points == bytes ? (Math.Min(from, points), Math.Min(from, points), points) : await LocateAsync(connection, table, text, key, articleId, from, cancellationToken);
            await using var read = Command(connection, $"""SELECT substring({text} FROM @point + 1 FOR @size) FROM "{table}" WHERE {key}""", articleId);
            read.Parameters.AddWithValue("point", (int)point);
            read.Parameters.AddWithValue("size", TextWindow.Size);
            var part = (string)(await read.ExecuteScalarAsync(cancellationToken))!;
            if (part.Length > TextWindow.Size)
            {
                part = part[..TextWindow.Size];
            }

            // Never end a part between the halves of a surrogate pair.
            if (part.Length > 0 && unit + part.Length < total && char.IsHighSurrogate(part[^1]))
            {
                part = part[..^1];
            }

            return new TextWindow(part, (int)unit, (int)total);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // Piece n of the text split at its astral characters starts after n - 1 pieces and n - 1 astral characters, one
    // code point and two UTF-16 units each. A start between the halves of a pair moves back to the pair.
    private static async Task<(long Point, long Unit, long Total)> LocateAsync(NpgsqlConnection connection, string table, string text, string key,
        int articleId, int from, CancellationToken cancellationToken)
    {
        await using var locate = Command(connection, $"""
            WITH piece AS (
                SELECT char_length(s.piece) AS length,
                       sum(char_length(s.piece) + 1) OVER w - char_length(s.piece) - 1 AS point,
                       sum(char_length(s.piece) + 2) OVER w - char_length(s.piece) - 2 AS unit
                FROM "{table}", regexp_split_to_table({text}, '{Astral}') WITH ORDINALITY AS s(piece, n)
                WHERE {key}
                WINDOW w AS (ORDER BY s.n))
            SELECT point, unit, length, (SELECT max(unit + length) FROM piece)
            FROM piece WHERE unit <= @from ORDER BY unit DESC LIMIT 1
            """, articleId);
        locate.Parameters.AddWithValue("from", (long)from);
        await using var reader = await locate.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (point, unit, length, total) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        var into = Math.Min(from - unit, length);
        return (point + into, unit + into, total);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, int articleId)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", articleId);
        return command;
    }
}
