using DiplomacyTracker.Domain;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// What a reader narrows visits and meetings by, read from the query string (<c>?issue=fentanyl&amp;from=2024-01-01</c>)
/// so a filtered view is a link. Every filter that is set applies; the pages and the API share these rules.
/// </summary>
public sealed record BrowseFilter
{
    /// <summary>An issue's slug: visits or meetings where the issue came up.</summary>
    public string? Issue { get; init; }

    /// <summary>An official's id: visits they made or had a meeting on, meetings they attended.</summary>
    public int? Official { get; init; }

    /// <summary>A country: visits to it or by one of its officials.</summary>
    public string? Country { get; init; }

    /// <summary>Visits that overlap the range from <see cref="From"/> to <see cref="To"/>, meetings within it.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Meetings with this status; visits with at least one such meeting.</summary>
    public MeetingStatus? Status { get; init; }

    public bool IsEmpty => Issue is null && Official is null && Country is null && From is null && To is null && Status is null;

    public IQueryable<Visit> ApplyTo(IQueryable<Visit> visits)
    {
        ArgumentNullException.ThrowIfNull(visits);
        if (Issue is { } slug)
        {
            // The writer records a meeting's issues against its visit too, so the visit's mentions cover both.
            visits = visits.Where(v => v.Issues.Any(i => i.Issue.Slug == slug));
        }

        if (Official is { } official)
        {
            visits = visits.Where(v => v.TravelerId == official || v.Meetings.Any(m => m.Participants.Any(p => p.Id == official)));
        }

        if (Country is { } country)
        {
            visits = visits.Where(v => v.HostCountry == country || v.Traveler.Country == country);
        }

        if (From is { } from)
        {
            visits = visits.Where(v => (v.End ?? v.Start) >= from);
        }

        if (To is { } to)
        {
            visits = visits.Where(v => v.Start <= to);
        }

        if (Status is { } status)
        {
            visits = visits.Where(v => v.Meetings.Any(m => m.Status == status));
        }

        return visits;
    }

    public IQueryable<Meeting> ApplyTo(IQueryable<Meeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        if (Issue is { } slug)
        {
            meetings = meetings.Where(m => m.Issues.Any(i => i.Issue.Slug == slug));
        }

        if (Official is { } official)
        {
            meetings = meetings.Where(m => m.Participants.Any(p => p.Id == official));
        }

        if (Country is { } country)
        {
            meetings = meetings.Where(m => (m.Visit != null && m.Visit.HostCountry == country) || m.Participants.Any(p => p.Country == country));
        }

        if (From is { } from)
        {
            meetings = meetings.Where(m => m.Date >= from);
        }

        if (To is { } to)
        {
            meetings = meetings.Where(m => m.Date <= to);
        }

        if (Status is { } status)
        {
            meetings = meetings.Where(m => m.Status == status);
        }

        return meetings;
    }
}
