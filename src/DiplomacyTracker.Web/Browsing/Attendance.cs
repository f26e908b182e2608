using DiplomacyTracker.Domain;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyTracker.Web.Browsing;

/// <summary>
/// Who attended which meeting, read from the participants join table by its index on the official. Going through
/// <c>Meeting.Participants</c> instead makes SQLite test every meeting, which is slow once there are many.
/// </summary>
public static class Attendance
{
    private const string OfficialId = JoinTables.MeetingParticipants.OfficialId;

    /// <summary>The join entity behind <c>Meeting.Participants</c>, as its configuration names it.</summary>
    private static IQueryable<Dictionary<string, object>> Rows(TrackerDbContext db) => db.Set<Dictionary<string, object>>(JoinTables.MeetingParticipants.Entity);

    public static IQueryable<int> MeetingIdsOf(TrackerDbContext db, int officialId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Rows(db).Where(j => EF.Property<int>(j, OfficialId) == officialId).Select(j => EF.Property<int>(j, JoinTables.MeetingParticipants.MeetingId));
    }

    /// <summary>How many meetings each of <paramref name="officialIds"/> attended; officials with none are left out.</summary>
    public static Task<Dictionary<int, int>> MeetingCountsAsync(TrackerDbContext db, IReadOnlyCollection<int> officialIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Rows(db).Where(j => officialIds.Contains(EF.Property<int>(j, OfficialId)))
            .GroupBy(j => EF.Property<int>(j, OfficialId))
            .Select(g => new { OfficialId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.OfficialId, c => c.Count, cancellationToken);
    }

    /// <summary>Every official who attended at least one meeting.</summary>
    public static IQueryable<int> Attendees(TrackerDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Rows(db).Select(j => EF.Property<int>(j, OfficialId));
    }
}
