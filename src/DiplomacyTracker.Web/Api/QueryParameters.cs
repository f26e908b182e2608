using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace DiplomacyTracker.Web.Api;

// Query parameters arrive as text and are parsed by ApiArguments, so that a bad value gets a 400 that names the
// parameter and says what was expected. OpenApiParameterTypes gives the document their real types.

/// <summary>The filters of the visit timeline, for visits, meetings, the CSV, the calendar and the feed.</summary>
internal sealed class FilterParameters
{
    [FromQuery(Name = "issue"), Description("An issue's slug (trade, taiwan, fentanyl, ...): visits or meetings where it came up.")]
    public string? Issue { get; init; }

    [FromQuery(Name = "official"), Description("An official's id: visits they made or had a meeting on, meetings they attended.")]
    public string? Official { get; init; }

    [FromQuery(Name = "country"), Description("A country: visits to it or by one of its officials; meetings there or with one of its officials.")]
    public string? Country { get; init; }

    [FromQuery(Name = "from"), Description("First day, yyyy-MM-dd: visits that end on or after it, meetings on or after it.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Last day, yyyy-MM-dd: visits that start on or before it, meetings on or before it.")]
    public string? To { get; init; }

    [FromQuery(Name = "status"), Description("held or planned: meetings with that status, visits with at least one such meeting.")]
    public string? Status { get; init; }

    [FromQuery(Name = "q"), Description("Words searched (full text) in the articles that report the visit or meeting; all words must match.")]
    public string? Q { get; init; }
}

/// <summary>Which page of a list, and how long a page is.</summary>
internal sealed class PageParameters
{
    [FromQuery(Name = "page"), Description("Page number, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Items per page, 1 to 100; 20 unless given.")]
    public string? PageSize { get; init; }
}

/// <summary>The officials list's filters, as on the officials page.</summary>
internal sealed class OfficialParameters
{
    [FromQuery(Name = "q"), Description("Part of the official's name.")]
    public string? Q { get; init; }

    [FromQuery(Name = "country"), Description("The official's country.")]
    public string? Country { get; init; }
}

/// <summary>The articles list's filters.</summary>
internal sealed class ArticleParameters
{
    [FromQuery(Name = "q"), Description("Words searched (full text) in the articles' titles and text; all words must match.")]
    public string? Q { get; init; }

    [FromQuery(Name = "from"), Description("Published on or after this day, yyyy-MM-dd.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("Published on or before this day, yyyy-MM-dd.")]
    public string? To { get; init; }
}
