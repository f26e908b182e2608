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
            .Select(a => new ExportArticle(a.Id, a.Title, a.Publisher, Iso(a.Published), a.SourcePath, a.Text, a.OriginalUrl))
            .ToListAsync(cancellationToken);
        var titles = (await db.OfficialTitles.AsNoTracking().OrderBy(t => t.AsOf).ThenBy(t => t.Id)
                .Select(t => new { t.OfficialId, t.Title }).ToListAsync(cancellationToken))
            .ToLookup(t => t.OfficialId, t => t.Title);
        // Someone an editor marked as not an official is no official of the record (nor a meeting's participant).
        var notOfficials = (await db.Officials.AsNoTracking().Where(o => o.NotOfficial).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        var officials = (await db.Officials.AsNoTracking().Where(o => !o.NotOfficial).OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.Name, o.Country }).ToListAsync(cancellationToken))
            .Select(o => new ExportOfficial(o.Id, o.Name, o.Country, [.. titles[o.Id].Distinct(StringComparer.OrdinalIgnoreCase)]))
            .ToList();
        var mentions = await db.IssueMentions.AsNoTracking()
            .OrderBy(m => m.Excerpt.ArticleId).ThenBy(m => m.Excerpt.Start)
            .Select(m => new { m.IssueId, m.VisitId, m.MeetingId, m.Excerpt.ArticleId, m.Excerpt.Text, m.ExcerptId, m.Day })
            .ToListAsync(cancellationToken);
        var issueExcerpts = mentions.ToLookup(m => m.IssueId, m => new ExportExcerpt(m.ArticleId, m.Text, m.ExcerptId, Iso(m.Day)));
        var issues = (await db.Issues.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Slug, i.Name }).ToListAsync(cancellationToken))
            .Select(i => new ExportIssue(i.Id, i.Slug, i.Name, [.. issueExcerpts[i.Id]]))
            .ToList();
        var visitIssues = mentions.Where(m => m.VisitId != null).ToLookup(m => m.VisitId!.Value, m => m.IssueId);
        var meetingIssues = mentions.Where(m => m.MeetingId != null).ToLookup(m => m.MeetingId!.Value, m => m.IssueId);

        var visitArticles = (await db.VisitReports.AsNoTracking().Select(r => new { r.VisitId, r.ArticleId }).ToListAsync(cancellationToken))
            .ToLookup(r => r.VisitId, r => r.ArticleId);
        var visits = await db.Visits.AsNoTracking().OrderBy(v => v.Start).ThenBy(v => v.Id)
            .Select(v => new { v.Id, v.TravelerId, v.HostCountry, v.Cities, v.Start, v.End })
            .ToListAsync(cancellationToken);

        var participants = (await db.Meetings.AsNoTracking()
                .SelectMany(m => m.Participants, (m, p) => new { MeetingId = m.Id, OfficialId = p.Id })
                .ToListAsync(cancellationToken))
            .Where(p => !notOfficials.Contains(p.OfficialId))
            .ToLookup(p => p.MeetingId, p => p.OfficialId);
        var meetingExcerpts = (await db.MeetingReports.AsNoTracking()
                .OrderBy(r => r.Excerpt.ArticleId).ThenBy(r => r.Excerpt.Start)
                .Select(r => new { r.MeetingId, r.Excerpt.ArticleId, r.Excerpt.Text, r.ExcerptId })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.MeetingId, r => new ExportExcerpt(r.ArticleId, r.Text, r.ExcerptId));
        var meetings = await db.Meetings.AsNoTracking().OrderBy(m => m.Date).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.VisitId, m.Date, m.Status, m.City, m.Venue })
            .ToListAsync(cancellationToken);

        var corrections = await Pages.Corrections.CorrectionLine.ReadAsync(db, null, null, int.MaxValue, cancellationToken);

        return new TrackerExport(
            articles,
            officials,
            issues,
            [.. visits.Select(v => new ExportVisit(v.Id, v.TravelerId, v.HostCountry, v.Cities, Iso(v.Start), Iso(v.End),
                [.. visitArticles[v.Id].Distinct()], [.. visitIssues[v.Id].Distinct()]))],
            [.. meetings.Select(m => new ExportMeeting(m.Id, m.VisitId, Iso(m.Date), m.Status == MeetingStatus.Held ? "held" : "planned",
                m.City, m.Venue, [.. participants[m.Id]], [.. meetingIssues[m.Id].Distinct()], [.. meetingExcerpts[m.Id]]))],
            [.. corrections.OrderBy(c => c.Id)]);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed record TrackerExport(
    IReadOnlyList<ExportArticle> Articles,
    IReadOnlyList<ExportOfficial> Officials,
    IReadOnlyList<ExportIssue> Issues,
    IReadOnlyList<ExportVisit> Visits,
    IReadOnlyList<ExportMeeting> Meetings,
    IReadOnlyList<Pages.Corrections.CorrectionLine> Corrections);

/// <summary>An article; <see cref="Publisher"/> is its outlet, <see cref="OriginalUrl"/> the original story's address (both when known).</summary>
internal sealed record ExportArticle(int Id, string Title, string? Publisher, string? Published, string Source, string Text, string? OriginalUrl);

internal sealed record ExportOfficial(int Id, string Name, string? Country, IReadOnlyList<string> Titles);

internal sealed record ExportIssue(int Id, string Slug, string Name, IReadOnlyList<ExportExcerpt> Excerpts);

/// <summary>
/// A sentence a fact was read from; <see cref="Href"/> is its anchor on the article's page, stable across re-extraction.
/// For an issue's sentence, <see cref="Day"/> is the day the issue came up (<see cref="IssueMention.Day"/>).
/// </summary>
internal sealed record ExportExcerpt(int Article, string Text, int Excerpt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Day = null)
{
    public string Href => $"/articles/{Article}#excerpt-{Excerpt}";
}

internal sealed record ExportVisit(int Id, int Traveler, string HostCountry, IReadOnlyList<string> Cities, string? Start, string? End,
    IReadOnlyList<int> Articles, IReadOnlyList<int> Issues);

internal sealed record ExportMeeting(int Id, int? Visit, string? Date, string Status, string? City, string? Venue,
    IReadOnlyList<int> Participants, IReadOnlyList<int> Issues, IReadOnlyList<ExportExcerpt> Excerpts);
