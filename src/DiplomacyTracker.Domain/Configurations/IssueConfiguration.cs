using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class IssueConfiguration : IEntityTypeConfiguration<Issue>
{
    public void Configure(EntityTypeBuilder<Issue> builder)
    {
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.HasMany(i => i.Mentions).WithOne(m => m.Issue).HasForeignKey(m => m.IssueId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IssueMentionConfiguration : IEntityTypeConfiguration<IssueMention>
{
    public void Configure(EntityTypeBuilder<IssueMention> builder)
    {
        builder.HasOne(m => m.Excerpt).WithMany().HasForeignKey(m => m.ExcerptId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Visit).WithMany(v => v.Issues).HasForeignKey(m => m.VisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Meeting).WithMany(m => m.Issues).HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.RaisedBy).WithMany().HasForeignKey(m => m.RaisedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.HasOne(q => q.Official).WithMany().HasForeignKey(q => q.OfficialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.Excerpt).WithMany().HasForeignKey(q => q.ExcerptId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.Visit).WithMany().HasForeignKey(q => q.VisitId).OnDelete(DeleteBehavior.SetNull);
    }
}
