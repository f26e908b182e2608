using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.HasIndex(a => a.ContentHash).IsUnique();
        builder.HasIndex(a => a.SourcePath);
        builder.HasIndex(a => a.Published);
        builder.HasMany(a => a.Excerpts).WithOne(e => e.Article).HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExcerptConfiguration : IEntityTypeConfiguration<Excerpt>
{
    public void Configure(EntityTypeBuilder<Excerpt> builder) => builder.HasIndex(e => new { e.ArticleId, e.Start });
}
