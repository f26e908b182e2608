using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> builder)
    {
        builder.ToTable("Corrections");
        builder.Property(c => c.Kind).HasMaxLength(16);
        builder.Property(c => c.Action).HasMaxLength(16);
        builder.Property(c => c.Via).HasMaxLength(16);
        builder.HasIndex(c => new { c.Kind, c.TargetId });
        builder.HasIndex(c => c.At);

        // Every ingest reads the active corrections in order.
        builder.HasIndex(c => new { c.UndoneAt, c.Id });
    }
}

internal sealed class EditorTokenConfiguration : IEntityTypeConfiguration<EditorToken>
{
    public void Configure(EntityTypeBuilder<EditorToken> builder)
    {
        builder.ToTable("EditorTokens");
        builder.HasIndex(t => t.Hash).IsUnique();
    }
}
