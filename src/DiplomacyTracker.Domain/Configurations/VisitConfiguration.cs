using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.HasOne(v => v.Traveler).WithMany().HasForeignKey(v => v.TravelerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.Start);
        builder.HasIndex(v => new { v.TravelerId, v.HostCountry });
        builder.HasIndex(v => v.HostCountry);
        builder.HasMany(v => v.Reports).WithOne(r => r.Visit).HasForeignKey(r => r.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Meetings).WithOne(m => m.Visit).HasForeignKey(m => m.VisitId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class VisitReportConfiguration : IEntityTypeConfiguration<VisitReport>
{
    public void Configure(EntityTypeBuilder<VisitReport> builder)
    {
        builder.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Excerpts).WithMany().UsingEntity(
            JoinTables.VisitReportExcerpts.Entity,
            excerpt => excerpt.HasOne(typeof(Excerpt)).WithMany().HasForeignKey(JoinTables.VisitReportExcerpts.ExcerptId).OnDelete(DeleteBehavior.Cascade),
            report => report.HasOne(typeof(VisitReport)).WithMany().HasForeignKey(JoinTables.VisitReportExcerpts.VisitReportId).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.ToTable(JoinTables.VisitReportExcerpts.Table);
                join.HasKey(JoinTables.VisitReportExcerpts.ExcerptId, JoinTables.VisitReportExcerpts.VisitReportId);
            });
    }
}
