using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>Reads one page of an ordered query and writes the links to the others into the body and a Link header (RFC 8288).</summary>
internal static class ApiPage
{
    public static async Task<Paged<T>> ReadAsync<T>(IQueryable<T> ordered, int total, PageRequest page, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = await ordered.Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var last = Math.Max(1, (total + page.Size - 1) / page.Size);
        var links = new PageLinks(
            Href(context.Request, page.Number),
            Href(context.Request, 1),
            Href(context.Request, last),
            page.Number > 1 ? Href(context.Request, Math.Min(page.Number - 1, last)) : null,
            page.Number < last ? Href(context.Request, page.Number + 1) : null);

        var header = new List<string> { $"<{links.First}>; rel=\"first\"", $"<{links.Last}>; rel=\"last\"" };
        if (links.Prev is not null)
        {
            header.Add($"<{links.Prev}>; rel=\"prev\"");
        }

        if (links.Next is not null)
        {
            header.Add($"<{links.Next}>; rel=\"next\"");
        }

        context.Response.Headers.Link = string.Join(", ", header);
        return new Paged<T>(items, page.Number, page.Size, total, links);
    }

    /// <summary>This request's path and query with <c>page</c> set to <paramref name="number"/>.</summary>
    private static string Href(HttpRequest request, int number)
    {
        var query = request.Query
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", number.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }
}
