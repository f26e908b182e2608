using System.Globalization;
using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// The visit and meeting filters as read from a query string, with what could not be used: the pages show the
/// problems above the results and leave those filters out, the API answers them with a 400. Both read the same
/// parameters through this one reader, so a page and its exports never disagree on what a value means.
/// </summary>
public sealed record FilterReading(BrowseFilter Filter, string? Words, IReadOnlyList<string> Problems)
{
    /// <summary>The words of <c>q</c> as an FTS5 expression, or null.</summary>
    public string? Match => FullTextQuery.From(Words);

    public bool IsEmpty => Filter.IsEmpty && Match is null;

    /// <summary>The filters that apply, the issue aside, as a query string ("?country=China&amp;from=2024-01-01"), or "".</summary>
    public string QueryString()
    {
        var links = Pages.DataLinks.For(Filter with { Issue = null }, Match is null ? null : Words);
        return links.Query;
    }

    /// <summary>Parses <c>issue</c>, <c>official</c>, <c>country</c>, <c>from</c>, <c>to</c>, <c>status</c> and <c>q</c>.</summary>
    public static FilterReading Read(Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var problems = new List<string>();
        var from = Date("from", parameter("from"), problems);
        var to = Date("to", parameter("to"), problems);
        if (from > to)
        {
            problems.Add($"'from' ({Iso(from)}) is after 'to' ({Iso(to)}).");
            (from, to) = (null, null);
        }

        var filter = new BrowseFilter
        {
            Issue = Text(parameter("issue")),
            Official = Id("official", parameter("official"), problems),
            Country = Text(parameter("country")),
            From = from,
            To = to,
            Status = Status(parameter("status"), problems),
        };
        return new FilterReading(filter, Text(parameter("q")), problems);
    }

    public static FilterReading Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(name => query.TryGetValue(name, out var value) ? value.ToString() : null);
    }

    /// <summary>
    /// Checks that the issue, official and country named exist: an unknown slug would otherwise match nothing without
    /// a word, and a misspelt country look like a country nobody visits. An unknown value stays in the filter, so the
    /// page shows nothing rather than everything, with the message saying why. A country is written as stored, in any
    /// case, or as its slug; it is given back as stored.
    /// </summary>
    public async Task<FilterReading> CheckAsync(TrackerDbContext db, CountryTable countries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(countries);
        var problems = Problems.ToList();
        var filter = Filter;
        if (filter.Issue is { } slug && !await db.Issues.AnyAsync(i => i.Slug == slug, cancellationToken))
        {
            problems.Add($"There is no issue '{Shown(slug)}'; the issues are listed at /issues.");
        }

        if (filter.Official is { } official && !await db.Officials.AnyAsync(o => o.Id == official, cancellationToken))
        {
            problems.Add($"There is no official {official}; the officials are listed at /officials.");
        }

        if (filter.Country is { } country)
        {
            var known = await countries.ResolveAsync(db, country, cancellationToken);
            if (known is null)
            {
                problems.Add($"'{Shown(country)}' is not a country the tracker knows; the countries are listed at /countries.");
            }

            filter = filter with { Country = known ?? country };
        }

        return this with { Filter = filter, Problems = problems };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string name, string? value, List<string> problems)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"'{name}' must be a date written yyyy-MM-dd, such as 2024-04-26; '{Shown(text)}' is not.");
        return null;
    }

    private static int? Id(string name, string? value, List<string> problems)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return number;
        }

        problems.Add($"'{name}' must be a whole number from 1 to {int.MaxValue}; '{Shown(text)}' is not.");
        return null;
    }

    private static MeetingStatus? Status(string? value, List<string> problems)
    {
        switch (Text(value)?.ToLowerInvariant())
        {
            case null:
                return null;
            case "held":
                return MeetingStatus.Held;
            case "planned":
                return MeetingStatus.Planned;
            default:
                problems.Add($"'status' must be 'held' or 'planned'; '{Shown(value!.Trim())}' is not.");
                return null;
        }
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The value as the caller sent it, cut short so a message stays readable.</summary>
    internal static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
