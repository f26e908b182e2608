using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasIndex(m => m.Date);
        builder.HasMany(m => m.Participants).WithMany().UsingEntity(
            JoinTables.MeetingParticipants.Entity,
            official => official.HasOne(typeof(Official)).WithMany().HasForeignKey(JoinTables.MeetingParticipants.OfficialId).OnDelete(DeleteBehavior.Cascade),
            meeting => meeting.HasOne(typeof(Meeting)).WithMany().HasForeignKey(JoinTables.MeetingParticipants.MeetingId).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.ToTable(JoinTables.MeetingParticipants.Table);
                join.HasKey(JoinTables.MeetingParticipants.MeetingId, JoinTables.MeetingParticipants.OfficialId);
            });
        builder.HasMany(m => m.Reports).WithOne(r => r.Meeting).HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingReportConfiguration : IEntityTypeConfiguration<MeetingReport>
{
    public void Configure(EntityTypeBuilder<MeetingReport> builder)
    {
        builder.HasOne(r => r.Excerpt).WithMany().HasForeignKey(r => r.ExcerptId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Participants).WithMany().UsingEntity(
            JoinTables.MeetingReportParticipants.Entity,
            official => official.HasOne(typeof(Official)).WithMany().HasForeignKey(JoinTables.MeetingReportParticipants.OfficialId).OnDelete(DeleteBehavior.Cascade),
            report => report.HasOne(typeof(MeetingReport)).WithMany().HasForeignKey(JoinTables.MeetingReportParticipants.MeetingReportId).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.ToTable(JoinTables.MeetingReportParticipants.Table);
                join.HasKey(JoinTables.MeetingReportParticipants.MeetingReportId, JoinTables.MeetingReportParticipants.OfficialId);
            });
    }
}
