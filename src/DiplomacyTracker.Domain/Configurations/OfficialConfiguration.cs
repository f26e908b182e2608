using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DiplomacyTracker.Domain.Configurations;

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.HasIndex(o => o.NameKey).IsUnique();
        builder.HasIndex(o => o.Country);
        builder.HasMany(o => o.Titles).WithOne(t => t.Official).HasForeignKey(t => t.OfficialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.NameTokens).WithOne(t => t.Official).HasForeignKey(t => t.OfficialId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OfficialNameTokenConfiguration : IEntityTypeConfiguration<OfficialNameToken>
{
    public void Configure(EntityTypeBuilder<OfficialNameToken> builder)
    {
        builder.ToTable("OfficialNameTokens");
        builder.HasKey(t => new { t.Token, t.OfficialId });
        builder.HasIndex(t => t.OfficialId);
    }
}

internal sealed class OfficialTitleConfiguration : IEntityTypeConfiguration<OfficialTitle>
{
    public void Configure(EntityTypeBuilder<OfficialTitle> builder)
    {
        builder.HasOne(t => t.Excerpt).WithMany().HasForeignKey(t => t.ExcerptId).OnDelete(DeleteBehavior.Cascade);

        // The writer asks whether an official already has a title as of a day: an official named in a thousand
        // articles has a thousand title rows, and only those of that day need reading.
        builder.HasIndex(t => new { t.OfficialId, t.AsOf });
    }
}
