using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasIndex(m => m.Date);
        builder.HasMany(m => m.Participants).WithMany().UsingEntity(j => j.ToTable("MeetingParticipants"));
        builder.HasMany(m => m.Reports).WithOne(r => r.Meeting).HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingReportConfiguration : IEntityTypeConfiguration<MeetingReport>
{
    public void Configure(EntityTypeBuilder<MeetingReport> builder)
    {
        builder.HasOne(r => r.Excerpt).WithMany().HasForeignKey(r => r.ExcerptId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Participants).WithMany().UsingEntity(j => j.ToTable("MeetingReportParticipants"));
    }
}
