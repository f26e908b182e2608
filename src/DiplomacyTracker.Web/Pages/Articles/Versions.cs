using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>
/// The earlier texts of an article, kept when a new version of the same source replaced them (the article keeps its
/// id): listed on the article's page and in the API, each readable at <c>/articles/{id}/versions/{version}</c>.
/// Versions are numbered 1, 2, ... oldest first within their article, so the address does not depend on row ids.
/// </summary>
public static class Versions
{
    public static async Task<List<VersionLine>> ListAsync(TrackerDbContext db, int articleId, CancellationToken cancellationToken)
    {
        var versions = await db.ArticleVersions.AsNoTracking().Where(v => v.ArticleId == articleId).OrderBy(v => v.Id)
            .Select(v => new { v.Title, v.ContentHash, v.IngestedAt, v.ReplacedAt, v.Text.Length })
            .ToListAsync(cancellationToken);
        return [.. versions.Select((v, i) => new VersionLine(articleId, i + 1, v.Title, v.ContentHash, v.IngestedAt, v.ReplacedAt, v.Length))];
    }

    /// <summary>Version <paramref name="number"/> of the article, the part of its text from <paramref name="from"/>; null when there is none.</summary>
    public static async Task<VersionText?> ReadAsync(TrackerDbContext db, int articleId, int number, int from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (number < 1)
        {
            return null;
        }

        var start = Math.Max(0, from);
        var version = await db.ArticleVersions.AsNoTracking().Where(v => v.ArticleId == articleId).OrderBy(v => v.Id).Skip(number - 1)
            .Select(v => new
            {
                v.Title, v.ContentHash, v.IngestedAt, v.ReplacedAt, Length = v.Text.Length,
                Part = v.Text.Substring(start, TextWindow.Size),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }

        var line = new VersionLine(articleId, number, version.Title, version.ContentHash, version.IngestedAt, version.ReplacedAt, version.Length);
        return new VersionText(line, new TextWindow(version.Part, Math.Min(start, version.Length), version.Length));
    }
}

/// <summary>One earlier text of an article: its title then, when it was ingested and when a newer text replaced it.</summary>
public sealed record VersionLine(int ArticleId, int Number, string Title, string ContentHash, DateTimeOffset IngestedAt, DateTimeOffset ReplacedAt, int Length)
{
    public string Href => $"/articles/{ArticleId}/versions/{Number}";
}

public sealed record VersionText(VersionLine Version, TextWindow Part);
