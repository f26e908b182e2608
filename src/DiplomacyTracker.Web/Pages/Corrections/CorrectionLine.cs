using System.Text.Json;
using DiplomacyTracker.Domain;
using DiplomacyTracker.Web.Browsing;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Pages.Corrections;

/// <summary>One field a correction changed: as it was and as the editor set it.</summary>
public sealed record FieldChange(string Field, string? From, string? To);

/// <summary>A correction as the pages, the log, the API and the export show it.</summary>
public sealed record CorrectionLine(int Id, string Kind, int TargetId, string Action, int? OtherId, string Editor, DateTimeOffset At, string? Reason,
    IReadOnlyList<FieldChange> Changes, DateTimeOffset? UndoneAt, string? UndoneBy, string Via)
{
    public string TargetHref => RetiredFacts.PathOf(Kind, TargetId);

    public bool IsActive => UndoneAt is null;

    /// <summary>What it did, in a line: "date 2025-03-04 → 2025-03-05", "merged meeting 7 into this one", "deleted".</summary>
    public string Summary => Action switch
    {
        CorrectionAction.Merge => $"merged {Kind} {OtherId} into {Kind} {TargetId}",
        CorrectionAction.Split => $"split {Kind} {TargetId}: what article(s) {Changes.FirstOrDefault(c => c.Field == "articles")?.To} report moved to {Kind} {OtherId}",
        CorrectionAction.Delete => $"deleted {Kind} {TargetId}",
        _ => string.Join("; ", Changes.Select(c => $"{c.Field}: {c.From ?? "—"} → {c.To ?? "—"}")),
    };

    /// <summary>The corrections of one fact, or every one (newest first), as the callable query of the log page.</summary>
    public static async Task<List<CorrectionLine>> ReadAsync(TrackerDbContext db, string? kind, int? targetId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Corrections.AsNoTracking()
            .Where(c => kind == null || c.Kind == kind)
            .Where(c => targetId == null || c.TargetId == targetId || c.OtherId == targetId)
            .OrderByDescending(c => c.Id).Take(limit)
            .ToListAsync(cancellationToken);
        return rows.Select(Of).ToList();
    }

    private static CorrectionLine Of(Correction c)
    {
        var before = JsonSerializer.Deserialize<Dictionary<string, string?>>(c.Before) ?? [];
        var after = JsonSerializer.Deserialize<Dictionary<string, string?>>(c.After) ?? [];
        IReadOnlyList<FieldChange> changes = c.Action == CorrectionAction.Issues
            ? [new FieldChange("issues added", null, Blank(after.GetValueOrDefault("add"))), new FieldChange("issues removed", null, Blank(after.GetValueOrDefault("remove")))]
            : after.Where(a => a.Key is not ("mergedInto" or "splitInto")).Select(a => new FieldChange(a.Key, before.GetValueOrDefault(a.Key), a.Value)).ToList();
        return new CorrectionLine(c.Id, c.Kind, c.TargetId, c.Action, c.OtherId, c.Editor, c.At, c.Reason,
            [.. changes.Where(x => c.Action != CorrectionAction.Issues || x.To is not null)], c.UndoneAt, c.UndoneBy, c.Via);
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
