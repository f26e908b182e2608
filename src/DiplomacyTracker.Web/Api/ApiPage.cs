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
        return new Paged<T>(items, page.Number, page.Size, total, Links(total, page, context));
    }

    /// <summary>
    /// The links to this list's other pages, also written into the response's Link header: at this request's path, or
    /// at <paramref name="path"/> when the list has one address of its own (an issue asked for by id or by slug).
    /// </summary>
    public static PageLinks Links(int total, PageRequest page, HttpContext context, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        var last = Math.Max(1, (total + page.Size - 1) / page.Size);
        var links = new PageLinks(
            Href(context.Request, path, page.Number),
            Href(context.Request, path, 1),
            Href(context.Request, path, last),
            page.Number > 1 ? Href(context.Request, path, Math.Min(page.Number - 1, last)) : null,
            page.Number < last ? Href(context.Request, path, page.Number + 1) : null);

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
        return links;
    }

    /// <summary>This request's path (or <paramref name="path"/>) and query with <c>page</c> set to <paramref name="number"/>.</summary>
    private static string Href(HttpRequest request, string? path, int number)
    {
        var query = request.Query
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", number.ToString(CultureInfo.InvariantCulture)));
        return QueryHelpers.AddQueryString(path is null ? request.PathBase + request.Path : request.PathBase + path, query);
    }
}
