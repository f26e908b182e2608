using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using DiplomacyTracker.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Countries;

/// <summary>
/// Two countries' relationship: every visit each made to the other with its meetings, on one timeline, and the
/// issues raised on those visits year by year.
/// </summary>
[OutputCache(PolicyName = PageCaching.Policy)]
public sealed class RelationshipModel(TrackerDbContext db, CountryTable countries) : PageModel
{
    /// <summary>The timeline draws this many of the most recent visits, as on the home page.</summary>
    public const int TimelineLimit = 200;

    /// <summary>Issue rows are by year for the most recent this many years with visits.</summary>
    public const int YearColumns = 8;

    public string A { get; private set; } = "";
    public string B { get; private set; } = "";
    public int AToB { get; private set; }
    public int BToA { get; private set; }
    public VisitTimeline Timeline { get; private set; } = VisitTimeline.Layout([]);
    public bool TimelineIsPartial { get; private set; }
    public IReadOnlyList<VisitEntry> Visits { get; private set; } = [];
    public IReadOnlyList<int> IssueYears { get; private set; } = [];
    public IReadOnlyList<IssueByYear> Issues { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string a, string b, [FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        if (await countries.ResolveAsync(db, a, cancellationToken) is not { } first || CountryRef.SlugOf(first) != a
            || await countries.ResolveAsync(db, b, cancellationToken) is not { } second || CountryRef.SlugOf(second) != b
            || first == second)
        {
            return NotFound();
        }

        (A, B) = (first, second);
        var visits = Between(db, first, second);
        AToB = await visits.CountAsync(v => v.Traveler.Country == first, cancellationToken);
        BToA = await visits.CountAsync(v => v.Traveler.Country == second, cancellationToken);
        Paging = Paging.For(Request, Paging.Requested(page), AToB + BToA);

        var spans = await visits.Where(v => v.Start != null).OrderByDescending(v => v.Start).Take(TimelineLimit)
            .Select(v => new VisitTimeline.Span(v.Id, v.Traveler.Name, v.HostCountry, v.Start!.Value, v.End))
            .ToListAsync(cancellationToken);
        Timeline = VisitTimeline.Layout(spans);
        TimelineIsPartial = spans.Count == TimelineLimit && Paging.Total > TimelineLimit;

        var entries = await visits.OrderByDescending(v => v.Start).ThenByDescending(v => v.Id).Skip(Paging.Skip).Take(Paging.Size)
            .Select(v => new VisitEntry(v.Id, new Person(v.TravelerId, v.Traveler.Name), v.Traveler.Country!, v.HostCountry, v.Cities, v.Start, v.End, Array.Empty<MeetingEntry>()))
            .ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var meetings = (await db.Meetings.AsNoTracking().Where(m => m.VisitId != null && ids.Contains(m.VisitId.Value))
            .OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new { VisitId = m.VisitId!.Value, Entry = new MeetingEntry(m.Id, m.Date, m.Status, m.City,
                m.Participants.OrderBy(p => p.Name).Select(p => new Person(p.Id, p.Name)).ToList()) })
            .ToListAsync(cancellationToken)).ToLookup(m => m.VisitId, m => m.Entry);
        Visits = entries.Select(e => e with { Meetings = meetings[e.Id].ToList() }).ToList();

        var counts = await db.IssueMentions.AsNoTracking()
            .Where(m => m.VisitId != null && visits.Select(v => v.Id).Contains(m.VisitId.Value) && m.Visit!.Start != null)
            .GroupBy(m => new { m.Issue.Slug, m.Issue.Name, m.Visit!.Start!.Value.Year })
            .Select(g => new { g.Key.Slug, g.Key.Name, g.Key.Year, Visits = g.Select(m => m.VisitId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        IssueYears = counts.Select(c => c.Year).Distinct().OrderDescending().Take(YearColumns).Order().ToList();
        Issues = counts.GroupBy(c => (c.Slug, c.Name))
            .Select(g => new IssueByYear(g.Key.Slug, g.Key.Name, IssueYears.Select(y => g.Where(c => c.Year == y).Sum(c => c.Visits)).ToList(), g.Sum(c => c.Visits)))
            .OrderByDescending(i => i.Total).ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
        return Page();
    }

    /// <summary>Visits by officials of either country to the other.</summary>
    public static IQueryable<Visit> Between(TrackerDbContext db, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Visits.AsNoTracking().Where(v => (v.Traveler.Country == a && v.HostCountry == b) || (v.Traveler.Country == b && v.HostCountry == a));
    }

    public sealed record VisitEntry(int Id, Person Traveler, string TravelerCountry, string HostCountry, IReadOnlyList<string> Cities,
        DateOnly? Start, DateOnly? End, IReadOnlyList<MeetingEntry> Meetings);

    public sealed record MeetingEntry(int Id, DateOnly? Date, MeetingStatus Status, string? City, IReadOnlyList<Person> Participants);

    /// <summary>Visits between the two on which an issue came up, for each of <see cref="IssueYears"/>.</summary>
    public sealed record IssueByYear(string Slug, string Name, IReadOnlyList<int> ByYear, int Total);
}
