using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Articles;

/// <summary>Every ingested article, newest first, with its outlet, date and how many of its sentences the tracker uses.</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        Paging = Paging.For(Request, Paging.Requested(page), await db.Articles.CountAsync(cancellationToken));
        Articles = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip(Paging.Skip).Take(Paging.Size)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Publisher, a.Published, a.PublishedInferred, a.Excerpts.Count()))
            .ToListAsync(cancellationToken);
    }

    public sealed record ArticleRow(int Id, string Title, string? Publisher, DateOnly? Published, bool PublishedInferred, int ExcerptCount);
}
