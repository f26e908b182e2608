namespace DiplomacyTracker.Domain;

/// <summary>
/// The many-to-many join entities, their tables and their key columns, as the configurations set them: hand-written
/// SQL and queries through <c>EF.Property</c> name these, never names EF would derive from a navigation. (The entity
/// and column names are the ones EF's conventions gave them before they were written down, so the schema is unchanged.)
/// </summary>
public static class JoinTables
{
    /// <summary>Who took part in a meeting (<see cref="Meeting.Participants"/>).</summary>
    public static class MeetingParticipants
    {
        public const string Entity = "MeetingOfficial";
        public const string Table = "MeetingParticipants";
        public const string MeetingId = "MeetingId";
        public const string OfficialId = "ParticipantsId";
    }

    /// <summary>Whom one report of a meeting names (<see cref="MeetingReport.Participants"/>).</summary>
    public static class MeetingReportParticipants
    {
        public const string Entity = "MeetingReportOfficial";
        public const string Table = "MeetingReportParticipants";
        public const string MeetingReportId = "MeetingReportId";
        public const string OfficialId = "ParticipantsId";
    }

    /// <summary>The sentences one report of a visit stands on (<see cref="VisitReport.Excerpts"/>).</summary>
    public static class VisitReportExcerpts
    {
        public const string Entity = "ExcerptVisitReport";
        public const string Table = "VisitReportExcerpts";
        public const string VisitReportId = "VisitReportId";
        public const string ExcerptId = "ExcerptsId";
    }
}
