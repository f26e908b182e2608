using System.Globalization;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;

namespace DiplomacyTracker.Web.Api;

/// <summary>A query parameter the API cannot use; <see cref="InvalidParameterFilter"/> answers it with a 400.</summary>
internal sealed class InvalidParameterException(string detail) : Exception(detail);

/// <summary>Turns <see cref="InvalidParameterException"/> from a handler into a problem-details 400.</summary>
internal sealed class InvalidParameterFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (InvalidParameterException e)
        {
            return ApiProblem.BadParameter(e.Message);
        }
    }
}

/// <summary>The page a list request asks for.</summary>
internal sealed record PageRequest(int Number, int Size)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int Skip => (Number - 1) * Size;
}

/// <summary>The visit and meeting filters, parsed: the pages' <see cref="BrowseFilter"/> and a full-text match.</summary>
internal sealed record BrowseQuery(BrowseFilter Filter, string? Match);

/// <summary>Parses query parameters, throwing <see cref="InvalidParameterException"/> with a reason a caller can act on.</summary>
internal static class ApiArguments
{
    /// <summary>The filters as the pages read them (<see cref="FilterReading"/>); the first problem is the 400's detail.</summary>
    public static async Task<BrowseQuery> BrowseAsync(FilterParameters parameters, TrackerDbContext db, CountryTable countries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var reading = FilterReading.Read(name => name switch
        {
            "issue" => parameters.Issue,
            "official" => parameters.Official,
            "country" => parameters.Country,
            "from" => parameters.From,
            "to" => parameters.To,
            "status" => parameters.Status,
            "q" => parameters.Q,
            _ => null,
        });
        if (reading.Problems.Count == 0)
        {
            reading = await reading.CheckAsync(db, countries, cancellationToken);
        }

        return reading.Problems.Count > 0
            ? throw new InvalidParameterException(reading.Problems[0])
            : new BrowseQuery(reading.Filter, reading.Match);
    }

    public static PageRequest Page(PageParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var number = Int("page", parameters.Page, 1, int.MaxValue / PageRequest.MaxSize) ?? 1;
        var size = Int("pageSize", parameters.PageSize, 1, PageRequest.MaxSize) ?? PageRequest.DefaultSize;
        return new PageRequest(number, size);
    }

    public static (DateOnly? From, DateOnly? To) Range(string? from, string? to)
    {
        var (first, last) = (Date("from", from), Date("to", to));
        if (first > last)
        {
            throw new InvalidParameterException($"'from' ({Iso(first)}) is after 'to' ({Iso(last)}).");
        }

        return (first, last);
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string name, string? value)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidParameterException($"'{name}' must be a date written yyyy-MM-dd, such as 2024-04-26; '{Shown(text)}' is not.");
    }

    private static int? Int(string name, string? value, int min, int max)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new InvalidParameterException($"'{name}' must be a whole number from {min} to {max}; '{Shown(text)}' is not.");
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The value as the caller sent it, cut short so a detail stays readable.</summary>
    private static string Shown(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
