using Microsoft.AspNetCore.WebUtilities;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>One page of a longer list, and links to the others that keep every other query parameter.</summary>
public sealed record Paging(int Number, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public const int Size = 20;

    public int PageCount => Math.Max(1, (Total + Size - 1) / Size);

    public int Skip => (Number - 1) * Size;

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < PageCount;

    /// <summary>The page a request asks for (<c>?page=</c>), at least 1.</summary>
    public static int Requested(int? page) => Math.Max(1, page ?? 1);

    public static Paging For(HttpRequest request, int number, int total)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(q.Value.ToString()))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        // A page past the last is the last ("page=2147483647" made the offset overflow into a page that does not exist).
        var last = Math.Max(1, (total + Size - 1) / Size);
        return new Paging(Math.Clamp(number, 1, last), total, request.Path, query);
    }

    public string Href(int number) =>
        QueryHelpers.AddQueryString(Path, number > 1 ? Query.Append(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture))) : Query);

    /// <summary>The page numbers worth a link: the first, the last and a few around this one.</summary>
    public IEnumerable<int> Window() =>
        Enumerable.Range(1, PageCount).Where(n => n == 1 || n == PageCount || Math.Abs(n - Number) <= 2);
}
