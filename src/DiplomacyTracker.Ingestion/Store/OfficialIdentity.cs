using DiplomacyTracker.Domain;
using DiplomacyTracker.Ingestion.Pipeline;

namespace DiplomacyTracker.Ingestion.Store;

/// <summary>
/// Finds the stored official another spelling names ("Sergey"/"Sergei Lavrov", "Zelensky"/"Zelenskyy", "Albanese" and
/// "Anthony Albanese", "Joe"/"Joseph Biden"): the names' match tokens (see <c>PersonNames.MatchTokens</c>) are the
/// same, or one name's are part of the other's, and their countries do not disagree. A lone family name joins only
/// the one official it can be, by country and title.
/// </summary>
internal sealed class OfficialIdentity(StoreSql sql)
{
    /// <summary>The stored official this one is, if there is exactly one.</summary>
    public (int Id, string Name, bool Fuller)? Find(ExtractedOfficial found)
    {
        var tokens = found.MatchTokens.ToHashSet(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return null;
        }

        var candidates = tokens
            .SelectMany(t => sql.Query(static s => $"""
                SELECT {s.C<OfficialNameToken>(nameof(OfficialNameToken.OfficialId))} FROM {s.T<OfficialNameToken>()}
                WHERE {s.C<OfficialNameToken>(nameof(OfficialNameToken.Token))} = @Token
                """, r => r.GetInt32(0), (nameof(OfficialNameToken.Token), t)))
            .Distinct()
            .Select(Candidate)
            .Where(c => c.Country is null || found.Country is null || c.Country == found.Country)
            .Where(c => c.Tokens.IsSubsetOf(tokens) || tokens.IsSubsetOf(c.Tokens))
            .ToList();

        // Two names of two words or more, one within the other, are one person; a lone family name needs more.
        var strong = candidates.Where(c => Math.Min(c.Tokens.Count, tokens.Count) >= 2).ToList();
        var pick = strong.Count == 1 ? strong[0]
            : strong.Count > 1 ? Single(strong.Where(c => SharesTitle(c, found)))
            : Single(candidates.Where(c => SharesTitle(c, found) || candidates.Count == 1 && c.Country is not null && c.Country == found.Country));
        return pick is null ? null : (pick.Id, pick.Name, Fuller: tokens.Count > pick.Tokens.Count && pick.Tokens.IsSubsetOf(tokens));
    }

    /// <summary>Indexes the folded tokens of a name the official goes by.</summary>
    public void Remember(int officialId, IEnumerable<string> matchTokens)
    {
        foreach (var token in matchTokens.Distinct(StringComparer.Ordinal))
        {
            sql.Execute(static s => $"""
                INSERT INTO {s.T<OfficialNameToken>()} ({s.Columns<OfficialNameToken>(nameof(OfficialNameToken.Token), nameof(OfficialNameToken.OfficialId))})
                VALUES (@Token, @OfficialId)
                ON CONFLICT DO NOTHING
                """, (nameof(OfficialNameToken.Token), token), (nameof(OfficialNameToken.OfficialId), officialId));
        }
    }

    private Stored Candidate(int id)
    {
        var (name, country) = sql.Query(static s => $"""
                SELECT {s.Columns<Official>(nameof(Official.Name), nameof(Official.Country))} FROM {s.T<Official>()} WHERE {s.C<Official>(nameof(Official.Id))} = @Id
                """, r => (r.GetString(0), StoreSql.TextOf(r, 1)), (nameof(Official.Id), id)).Single();
        var tokens = sql.Query(static s => $"""
                SELECT {s.C<OfficialNameToken>(nameof(OfficialNameToken.Token))} FROM {s.T<OfficialNameToken>()}
                WHERE {s.C<OfficialNameToken>(nameof(OfficialNameToken.OfficialId))} = @OfficialId
                """, r => r.GetString(0), (nameof(OfficialNameToken.OfficialId), id))
            .ToHashSet(StringComparer.Ordinal);
        var titles = sql.Query(static s => $"""
            SELECT DISTINCT {s.C<OfficialTitle>(nameof(OfficialTitle.Title))} FROM {s.T<OfficialTitle>()}
            WHERE {s.C<OfficialTitle>(nameof(OfficialTitle.OfficialId))} = @OfficialId LIMIT 50
            """, r => r.GetString(0), (nameof(OfficialTitle.OfficialId), id));
        return new Stored(id, name, country, tokens, titles);
    }

    private static bool SharesTitle(Stored stored, ExtractedOfficial found) =>
        found.Titles.Any(t => stored.Titles.Any(s => s.Equals(t.Title, StringComparison.OrdinalIgnoreCase)
            || s.EndsWith(" " + t.Title, StringComparison.OrdinalIgnoreCase) || t.Title.EndsWith(" " + s, StringComparison.OrdinalIgnoreCase)));

    private static Stored? Single(IEnumerable<Stored> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private sealed record Stored(int Id, string Name, string? Country, HashSet<string> Tokens, List<string> Titles);
}
