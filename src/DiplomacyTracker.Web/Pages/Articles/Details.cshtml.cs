using DiplomacyTracker.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>An article's full text with every excerpt the tracker uses highlighted and anchored.</summary>
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public ArticleView Article { get; private set; } = null!;
    public IReadOnlyList<TextPiece> Pieces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.Title, a.Publisher, a.Published, a.PublishedInferred, a.SourcePath, a.Text, a.Warnings))
            .FirstOrDefaultAsync(cancellationToken);
        if (article is null)
        {
            return NotFound();
        }

        var excerpts = await db.Excerpts.AsNoTracking().Where(e => e.ArticleId == id)
            .OrderBy(e => e.Start).Select(e => new { e.Id, e.Start, e.Length })
            .ToListAsync(cancellationToken);
        Article = article;
        Pieces = TextPiece.Split(article.Text, excerpts.Select(e => (e.Id, e.Start, e.Length)));
        return Page();
    }

    public sealed record ArticleView(int Id, string Title, string? Publisher, DateOnly? Published, bool PublishedInferred,
        string SourcePath, string Text, IReadOnlyList<string> Warnings);
}

/// <summary>A run of article text, either plain or an excerpt (with the excerpt's id for its anchor).</summary>
public sealed record TextPiece(string Text, int? ExcerptId)
{
    /// <summary>Cuts the text at the excerpts' edges; overlapping excerpts are merged into the first one's mark.</summary>
    public static IReadOnlyList<TextPiece> Split(string text, IEnumerable<(int Id, int Start, int Length)> excerpts)
    {
        var pieces = new List<TextPiece>();
        var at = 0;
        foreach (var (id, start, length) in excerpts.OrderBy(e => e.Start))
        {
            var end = Math.Min(text.Length, start + length);
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
