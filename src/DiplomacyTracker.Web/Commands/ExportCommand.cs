using System.Text.Json;
using System.Text.Json.Serialization;
using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Commands;

/// <summary><c>export</c>: the whole store in the JSON format of shared/eval/README.md, with each article's text.</summary>
internal static class ExportCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static async Task<int> RunAsync(IServiceProvider services, string? outputPath, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var export = await BuildAsync(db, cancellationToken);
        if (outputPath is null)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(export, Json));
            return 0;
        }

        var full = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using (var stream = File.Create(full))
        {
            await JsonSerializer.SerializeAsync(stream, export, Json, cancellationToken);
        }

        await output.WriteLineAsync($"exported {export.Articles.Count} articles, {export.Visits.Count} visits, {export.Meetings.Count} meetings, " +
                                    $"{export.Officials.Count} officials, {export.Issues.Count} issues to {full}");
        return 0;
    }

    public static async Task<TrackerExport> BuildAsync(TrackerDbContext db, CancellationToken cancellationToken)
    {
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new ExportArticle(a.Id, a.Title, a.Publisher, Iso(a.Published), a.SourcePath, a.Text))
            .ToListAsync(cancellationToken);
        var officials = await db.Officials.AsNoTracking().OrderBy(o => o.Id)
            .Select(o => new ExportOfficial(o.Id, o.Name, o.Country, o.Titles.OrderBy(t => t.AsOf).Select(t => t.Title).Distinct().ToList()))
            .ToListAsync(cancellationToken);
        var issues = await db.Issues.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new ExportIssue(i.Id, i.Slug, i.Name,
                i.Mentions.OrderBy(m => m.Excerpt.ArticleId).ThenBy(m => m.Excerpt.Start)
                    .Select(m => new ExportExcerpt(m.Excerpt.ArticleId, m.Excerpt.Text)).ToList()))
            .ToListAsync(cancellationToken);
        var visits = await db.Visits.AsNoTracking().OrderBy(v => v.Start).ThenBy(v => v.Id)
            .Select(v => new
            {
                v.Id, v.TravelerId, v.HostCountry, v.Cities, v.Start, v.End,
                Articles = v.Reports.Select(r => r.ArticleId).Distinct().ToList(),
                Issues = v.Issues.Select(m => m.IssueId).Distinct().ToList(),
            })
            .ToListAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.VisitId, m.Date, m.Status, m.City, m.Venue,
                Participants = m.Participants.Select(p => p.Id).ToList(),
                Issues = m.Issues.Select(i => i.IssueId).Distinct().ToList(),
                Excerpts = m.Reports.OrderBy(r => r.Excerpt.ArticleId).ThenBy(r => r.Excerpt.Start)
                    .Select(r => new ExportExcerpt(r.Excerpt.ArticleId, r.Excerpt.Text)).ToList(),
            })
            .ToListAsync(cancellationToken);

        return new TrackerExport(
            articles,
            officials,
            issues,
            [.. visits.Select(v => new ExportVisit(v.Id, v.TravelerId, v.HostCountry, v.Cities, Iso(v.Start), Iso(v.End), v.Articles, v.Issues))],
            [.. meetings.Select(m => new ExportMeeting(m.Id, m.VisitId, Iso(m.Date), m.Status == MeetingStatus.Held ? "held" : "planned",
                m.City, m.Venue, m.Participants, m.Issues, m.Excerpts))]);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record TrackerExport(
    IReadOnlyList<ExportArticle> Articles,
    IReadOnlyList<ExportOfficial> Officials,
    IReadOnlyList<ExportIssue> Issues,
    IReadOnlyList<ExportVisit> Visits,
    IReadOnlyList<ExportMeeting> Meetings);

internal sealed record ExportArticle(int Id, string Title, string? Publisher, string? Published, string Source, string Text);

internal sealed record ExportOfficial(int Id, string Name, string? Country, IReadOnlyList<string> Titles);

internal sealed record ExportIssue(int Id, string Slug, string Name, IReadOnlyList<ExportExcerpt> Excerpts);

internal sealed record ExportExcerpt(int Article, string Text);

internal sealed record ExportVisit(int Id, int Traveler, string HostCountry, IReadOnlyList<string> Cities, string? Start, string? End,
    IReadOnlyList<int> Articles, IReadOnlyList<int> Issues);

internal sealed record ExportMeeting(int Id, int? Visit, string? Date, string Status, string? City, string? Venue,
    IReadOnlyList<int> Participants, IReadOnlyList<int> Issues, IReadOnlyList<ExportExcerpt> Excerpts);
