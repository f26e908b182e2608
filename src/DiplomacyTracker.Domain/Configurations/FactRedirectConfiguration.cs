using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class FactRedirectConfiguration : IEntityTypeConfiguration<FactRedirect>
{
    public void Configure(EntityTypeBuilder<FactRedirect> builder)
    {
        builder.ToTable("FactRedirects");
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.HasIndex(r => new { r.Kind, r.FromId });
    }
}

internal sealed class ArticleVersionConfiguration : IEntityTypeConfiguration<ArticleVersion>
{
    public void Configure(EntityTypeBuilder<ArticleVersion> builder)
    {
        builder.ToTable("ArticleVersions");
        builder.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => v.ArticleId);
    }
}
