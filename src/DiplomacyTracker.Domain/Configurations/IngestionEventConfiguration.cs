using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class IngestionEventConfiguration : IEntityTypeConfiguration<IngestionEvent>
{
    public void Configure(EntityTypeBuilder<IngestionEvent> builder)
    {
        builder.Property(e => e.Status).HasMaxLength(16);
        builder.HasIndex(e => e.Status);
        builder.HasOne<Article>().WithMany().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.SetNull);
    }
}
