using System.Security.Cryptography;
using System.Text;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DiplomacyTracker.Web.Editors;

/// <summary>
/// API tokens for editors' scripts: made from the command line, shown once, stored only as a SHA-256 hash (a token
/// is 32 random bytes, so a fast hash is enough), valid until revoked and only while its editor is configured.
/// </summary>
public sealed class EditorTokens(IDbContextFactory<TrackerDbContext> dbFactory, IOptionsMonitor<TrackerOptions> options, TimeProvider clock)
{
    public const string Scheme = "EditorToken";
    private const string Marker = "dtk_";

    /// <summary>A new token for <paramref name="editor"/>: the token itself (shown once) and its stored record.</summary>
    public async Task<(string Token, EditorToken Stored)> CreateAsync(string editor, CancellationToken cancellationToken)
    {
        if (!IsEditor(editor))
        {
            throw new InvalidOperationException($"'{editor}' is not an editor (Tracker:Editors)");
        }

        var token = Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var stored = new EditorToken { Editor = editor, Hash = HashOf(token), Prefix = token[..(Marker.Length + 6)], CreatedAt = clock.GetUtcNow() };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.EditorTokens.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return (token, stored);
    }

    /// <summary>Revokes the token with this id or prefix; false when there is none still valid.</summary>
    public async Task<bool> RevokeAsync(string idOrPrefix, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tokens = await db.EditorTokens.Where(t => t.RevokedAt == null).ToListAsync(cancellationToken);
        var match = tokens.Where(t => t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == idOrPrefix || t.Prefix == idOrPrefix).ToList();
        if (match.Count != 1)
        {
            return false;
        }

        match[0].RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<List<EditorToken>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.EditorTokens.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The editor a presented token belongs to, if it is valid.</summary>
    public async Task<string?> EditorOfAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(Marker, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        var hash = HashOf(token);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var editor = await db.EditorTokens.AsNoTracking().Where(t => t.Hash == hash && t.RevokedAt == null).Select(t => t.Editor).FirstOrDefaultAsync(cancellationToken);
        return editor is not null && IsEditor(editor) ? editor : null;
    }

    private bool IsEditor(string editor) => options.CurrentValue.Editors.Any(e => string.Equals(e.UserName, editor, StringComparison.Ordinal));

    private static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
