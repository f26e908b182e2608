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

internal sealed class IngestionRequestConfiguration : IEntityTypeConfiguration<IngestionRequest>
{
    public void Configure(EntityTypeBuilder<IngestionRequest> builder)
    {
        builder.ToTable("IngestionRequests");
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.State).HasMaxLength(16);
        builder.Property(r => r.From).HasMaxLength(200);
        builder.Property(r => r.RanBy).HasMaxLength(200);

        // The queue takes the oldest waiting request.
        builder.HasIndex(r => new { r.State, r.Id });
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IngestionRequestItemConfiguration : IEntityTypeConfiguration<IngestionRequestItem>
{
    public void Configure(EntityTypeBuilder<IngestionRequestItem> builder)
    {
        builder.ToTable("IngestionRequestItems");
        builder.HasIndex(i => new { i.RequestId, i.Position });
    }
}
