using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>
/// An article's text with every excerpt the tracker uses highlighted and anchored; a text longer than
/// <see cref="TextWindow.Size"/> characters is shown a part at a time (<c>?from=</c>), each part linking to the next,
/// so one request never renders a whole huge article. Expensive enough to be limited in concurrency.
/// </summary>
[EnableRateLimiting(RateLimits.Expensive)]
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public ArticleView Article { get; private set; } = null!;
    public TextWindow Part { get; private set; } = null!;
    public IReadOnlyList<TextPiece> Pieces { get; private set; } = [];

    /// <summary>The texts a newer version of the source replaced, oldest first.</summary>
    public IReadOnlyList<VersionLine> EarlierVersions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? from, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.Title, a.Publisher, a.Published, a.PublishedInferred, a.SourcePath, a.Warnings, a.OriginalUrl))
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null || await TextWindow.ReadAsync(db, id, from ?? 0, cancellationToken) is not { } part)
        {
            return NotFound();
        }

        var excerpts = await db.Excerpts.AsNoTracking().Where(e => e.ArticleId == id && e.Start < part.To && e.Start + e.Length > part.From)
            .OrderBy(e => e.Start).Select(e => new { e.Id, e.Start, e.Length })
            .ToListAsync(cancellationToken);
        Article = article;
        Part = part;
        EarlierVersions = await Versions.ListAsync(db, id, cancellationToken);
        Pieces = TextPiece.Split(part.Text, excerpts.Select(e => (e.Id, e.Start - part.From, e.Length)));
        return Page();
    }

    public sealed record ArticleView(int Id, string Title, string? Publisher, DateOnly? Published, bool PublishedInferred,
        string SourcePath, IReadOnlyList<string> Warnings, string? OriginalUrl);
}

/// <summary>A run of article text, either plain or an excerpt (with the excerpt's id for its anchor).</summary>
public sealed record TextPiece(string Text, int? ExcerptId)
{
    /// <summary>Cuts the text at the excerpts' edges; overlapping excerpts are merged into the first one's mark.</summary>
    public static IReadOnlyList<TextPiece> Split(string text, IEnumerable<(int Id, int Start, int Length)> excerpts)
    {
        var pieces = new List<TextPiece>();
        var at = 0;
        foreach (var (id, offset, length) in excerpts.OrderBy(e => e.Start))
        {
            // An excerpt that begins before this part of the text is marked from the part's start.
            var start = Math.Max(0, offset);
            var end = Math.Min(text.Length, offset + length);
            if (end <= at)
            {
                continue;
            }

            var from = Math.Max(at, start);
            if (from > at)
            {
                pieces.Add(new TextPiece(text[at..from], null));
            }

            pieces.Add(new TextPiece(text[from..end], id));
            at = end;
        }

        if (at < text.Length)
        {
            pieces.Add(new TextPiece(text[at..], null));
        }

        return pieces;
    }
}
