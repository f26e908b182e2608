using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Api;

/// <summary>What the CSV, the calendar and the feed say about a meeting, read in one query (collections split).</summary>
internal sealed record MeetingLine(int Id, int? VisitId, DateOnly? Date, MeetingStatus Status, string? City, string? Venue, string? Country,
    OfficialRef? Traveler, IReadOnlyList<OfficialRef> Participants, IReadOnlyList<string> IssueNames, IReadOnlyList<SourceExcerpt> Sources,
    int? NewestArticleId)
{
    public string StatusName => Status == MeetingStatus.Held ? "held" : "planned";

    /// <summary>Everyone but the traveller, or everyone when the meeting is on no visit.</summary>
    public IReadOnlyList<OfficialRef> Counterparts => Participants.Where(p => p.Id != Traveler?.Id).ToList();

    public IReadOnlyList<string> Issues => IssueNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public string Place => string.Join(", ", new[] { Venue, City, Country }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public string Title
    {
        get
        {
            var who = Traveler is { } traveler && Counterparts.Count > 0
                ? $"{traveler.Name} meets {Format.Names(Counterparts.Select(p => p.Name).ToList())}"
                : $"Meeting of {Format.Names(Participants.Select(p => p.Name).ToList())}";
            return Status == MeetingStatus.Planned ? who + " (planned)" : who;
        }
    }

    public string Href => $"/meetings/{Id}";
}

/// <summary>What the calendar and the feed say about a visit.</summary>
internal sealed record VisitLine(int Id, OfficialRef Traveler, string HostCountry, IReadOnlyList<string> Cities, DateOnly? Start, DateOnly? End,
    int MeetingCount, IReadOnlyList<string> IssueNames, IReadOnlyList<SourceExcerpt> Sources, int? NewestArticleId)
{
    public IReadOnlyList<string> Issues => IssueNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public string Title => $"{Traveler.Name} in {HostCountry}";

    public string Place => string.Join(", ", Cities.Append(HostCountry));

    public string Href => $"/visits/{Id}";
}

internal static class DataLines
{
    public static IQueryable<MeetingLine> Meetings(IQueryable<Meeting> meetings) => meetings
        .Select(m => new MeetingLine(
            m.Id, m.VisitId, m.Date, m.Status, m.City, m.Venue,
            m.Visit == null ? null : m.Visit.HostCountry,
            m.Visit == null ? null : new OfficialRef(m.Visit.Traveler.Id, m.Visit.Traveler.Name, m.Visit.Traveler.Country),
            m.Participants.OrderBy(p => p.Name).Select(p => new OfficialRef(p.Id, p.Name, p.Country)).ToList(),
            m.Issues.Select(i => i.Issue.Name).ToList(),
            m.Reports.OrderBy(r => r.Excerpt.ArticleId).ThenBy(r => r.Excerpt.Start)
                .Select(r => new SourceExcerpt(r.Excerpt.Id, r.Excerpt.ArticleId, r.Excerpt.Text, r.Excerpt.Start, r.Excerpt.Length) { Outlet = r.Excerpt.Article.Publisher, OriginalUrl = r.Excerpt.Article.OriginalUrl }).ToList(),
            m.Reports.Max(r => (int?)r.Excerpt.ArticleId)))
        .AsSplitQuery();

    public static IQueryable<VisitLine> Visits(IQueryable<Visit> visits) => visits
        .Select(v => new VisitLine(
            v.Id,
            new OfficialRef(v.Traveler.Id, v.Traveler.Name, v.Traveler.Country),
            v.HostCountry, v.Cities, v.Start, v.End,
            v.Meetings.Count(),
            v.Issues.Select(i => i.Issue.Name).ToList(),
            v.Reports.SelectMany(r => r.Excerpts).OrderBy(e => e.ArticleId).ThenBy(e => e.Start)
                .Select(e => new SourceExcerpt(e.Id, e.ArticleId, e.Text, e.Start, e.Length) { Outlet = e.Article.Publisher, OriginalUrl = e.Article.OriginalUrl }).ToList(),
            v.Reports.Max(r => (int?)r.ArticleId)))
        .AsSplitQuery();
}

/// <summary>
/// Absolute links for formats read away from the site (CSV, calendar, feed): under <c>Tracker:BaseUrl</c> when it is
/// set, so they never carry whatever Host header a client sent; otherwise the request's own (which the host filter,
/// <c>AllowedHosts</c>, has already checked).
/// </summary>
internal static class SiteAddress
{
    public static string Absolute(HttpRequest request, string pathAndFragment)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = request.HttpContext.RequestServices
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<Infrastructure.TrackerOptions>>().Value.BaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}{pathAndFragment}"
            : configured.TrimEnd('/') + pathAndFragment;
    }
}
